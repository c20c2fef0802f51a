package se.tryggalov.partner;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.tryggalov.shared.privacy.PersonRef;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The partner feature's part of a person's data: their entries in organisations' contact lists (by account or by
 * e-mail address). For the privacy feature only, which checks the caller's rights (see ArchitectureTest).
 */
@Component
public class PartnerPersonalData {

    public record Named(long id, String name) {
    }

    /** The person listed as a contact of a partner organisation (JSON field names: keep them). */
    public record ContactEntry(Named organisation, String name, String roleTitle, String phone, String email,
                               OffsetDateTime createdAt) {
    }

    private final PartnerRepository partners;

    PartnerPersonalData(PartnerRepository partners) {
        this.partners = partners;
    }

    @Transactional(readOnly = true)
    public List<ContactEntry> export(PersonRef person) {
        return partners.contactEntriesOf(person);
    }

    @Transactional
    public int delete(PersonRef person) {
        return partners.deleteContactEntriesOf(person);
    }
}
