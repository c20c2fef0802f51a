package se.tryggalov.partner;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.tryggalov.security.Role;
import se.tryggalov.shared.i18n.UserMessageException;

import java.util.Collection;
import java.util.List;

/** Partner organisations. Organisation names and kinds are not personal data. */
@Service
public class PartnerService {

    private final PartnerRepository partners;

    PartnerService(PartnerRepository partners) {
        this.partners = partners;
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.COORDINATOR, Role.Names.PARTNER_CONTACT, Role.Names.VIEWER})
    @Transactional(readOnly = true)
    public List<Organisation> organisations() {
        return partners.organisations();
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.COORDINATOR})
    @Transactional
    public long createOrganisation(String name, OrganisationKind kind, Collection<Long> districtIds) {
        String trimmed = name == null ? "" : name.trim();
        if (trimmed.isEmpty() || trimmed.length() > 150) {
            throw new UserMessageException("partner.error.nameRequired");
        }
        if (kind == null) {
            throw new UserMessageException("partner.error.kindRequired");
        }
        if (partners.nameTaken(trimmed)) {
            throw new UserMessageException("partner.error.exists", trimmed);
        }
        try {
            return partners.insert(trimmed, kind, districtIds);
        } catch (DataIntegrityViolationException e) { // a concurrent duplicate or a district that was removed
            throw new UserMessageException("partner.error.exists", trimmed);
        }
    }
}
