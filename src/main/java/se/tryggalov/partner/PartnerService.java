package se.tryggalov.partner;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.tryggalov.security.Role;
import se.tryggalov.shared.audit.AuditAction;
import se.tryggalov.shared.audit.AuditLog;
import se.tryggalov.shared.i18n.UserMessageException;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Partner organisations, their contact persons, standing commitments and public sign-up links. Organisation
 * names, kinds and commitments are not personal data; contact persons' work details are, and are shown only to
 * the roles that see the contact list. Coordinators and administrators change every organisation, a partner
 * contact only their own; viewers read.
 */
@Service
public class PartnerService {

    static final int MAX_NAME = 150;
    static final int MAX_DESCRIPTION = 300;
    static final int TOKEN_BYTES = 32;
    private static final Pattern TOKEN_SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String SUBJECT = "organisation";

    private final PartnerRepository partners;
    private final OrganisationAccess access;
    private final AuditLog audit;

    PartnerService(PartnerRepository partners, OrganisationAccess access, AuditLog audit) {
        this.partners = partners;
        this.access = access;
        this.audit = audit;
    }

    // ---- reading ---------------------------------------------------------------------------------------------

    @RolesAllowed({Role.Names.ADMIN, Role.Names.COORDINATOR, Role.Names.PARTNER_CONTACT, Role.Names.VIEWER})
    @Transactional(readOnly = true)
    public List<Organisation> organisations() {
        return partners.organisations();
    }

    /** Every organisation with its districts, contacts (in their order) and commitments, by name. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.COORDINATOR, Role.Names.PARTNER_CONTACT, Role.Names.VIEWER})
    @Transactional(readOnly = true)
    public List<OrganisationDetail> organisationDetails() {
        return partners.allDetails();
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.COORDINATOR, Role.Names.PARTNER_CONTACT, Role.Names.VIEWER})
    @Transactional(readOnly = true)
    public Optional<OrganisationDetail> organisation(long organisationId) {
        return partners.detail(organisationId);
    }

    /**
     * The organisation's contact persons who have an e-mail address, in their order: whom other features tell about
     * the organisation's shifts (a volunteer's "I can't come" reaches them by mail). Work contact details that the
     * contact list shows anyone signed in; used for mail, never shown to the caller.
     */
    @PermitAll
    @Transactional(readOnly = true)
    public List<Contact> contactsToTell(long organisationId) {
        return partners.detail(organisationId).map(OrganisationDetail::contacts).orElse(List.of()).stream()
                .filter(c -> c.email() != null && !c.email().isBlank()).toList();
    }

    /** Every district, for forms and for expanding "the whole municipality". */
    @PermitAll
    @Transactional(readOnly = true)
    public List<DistrictRef> districts() {
        return partners.allDistricts();
    }

    /** Whether the caller may change this organisation, its contacts, commitments and sign-up link. */
    @PermitAll
    @Transactional(readOnly = true)
    public boolean canManage(long organisationId) {
        return access.canManage(organisationId);
    }

    /** Whether the caller may create and delete organisations. */
    @PermitAll
    public boolean canManageAll() {
        return access.managesAll();
    }

    /**
     * Which organisations cover which districts with what on the evening of {@code date}, whose risk level (0–5)
     * the caller takes from the calendar. A commitment for "all the organisation's districts" gives one entry per
     * district; an organisation with no districts works in the whole municipality, so in every district.
     * Commitments are not personal data: anyone signed in, and jobs, may count them.
     */
    @PermitAll
    @Transactional(readOnly = true)
    public List<Commitment> commitmentsOn(LocalDate date, int riskLevel) {
        Objects.requireNonNull(date, "date");
        return CommitmentExpansion.on(date, riskLevel, partners.allDetails(),
                partners.allDistricts());
    }

    // ---- organisations ---------------------------------------------------------------------------------------

    @RolesAllowed({Role.Names.ADMIN, Role.Names.COORDINATOR})
    @Transactional
    public long createOrganisation(String name, OrganisationKind kind, Collection<Long> districtIds) {
        String trimmed = validName(name);
        validate(kind, districtIds);
        if (partners.nameTaken(trimmed, null)) {
            throw new UserMessageException("partner.error.exists", trimmed);
        }
        long id;
        try {
            id = partners.insert(trimmed, kind, districtIds);
        } catch (DataIntegrityViolationException e) { // a concurrent duplicate or a district removed meanwhile
            throw new UserMessageException("partner.error.exists", trimmed);
        }
        audit.record(AuditAction.ORGANISATION_CHANGED, SUBJECT, id, "created");
        return id;
    }

    /** Name, kind and districts. The second of two concurrent edits is refused. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.COORDINATOR, Role.Names.PARTNER_CONTACT})
    @Transactional
    public void updateOrganisation(long organisationId, String name, OrganisationKind kind,
                                   Collection<Long> districtIds, int expectedVersion) {
        access.requireManage(organisationId);
        String trimmed = validName(name);
        validate(kind, districtIds);
        if (partners.nameTaken(trimmed, organisationId)) {
            throw new UserMessageException("partner.error.exists", trimmed);
        }
        boolean updated;
        try {
            updated = partners.update(organisationId, trimmed, kind, districtIds, expectedVersion);
        } catch (DataIntegrityViolationException e) {
            throw new UserMessageException("partner.error.exists", trimmed);
        }
        if (!updated) {
            throw changedOrGone(organisationId);
        }
        audit.record(AuditAction.ORGANISATION_CHANGED, SUBJECT, organisationId, "updated");
    }

    /**
     * Deletes an organisation with its contacts and commitments, but only when no account, volunteer or meeting
     * invitation refers to it. The row is locked first, so nothing new can start referring to it meanwhile.
     */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.COORDINATOR})
    @Transactional
    public void deleteOrganisation(long organisationId, int expectedVersion) {
        OrganisationDetail organisation = partners.detail(organisationId)
                .orElseThrow(() -> new UserMessageException("error.notFound"));
        int version = partners.lock(organisationId).orElseThrow(() -> new UserMessageException("error.notFound"));
        if (version != expectedVersion) {
            throw new UserMessageException("error.changedByOthers");
        }
        PartnerRepository.References references = partners.references(organisationId);
        if (references.any()) {
            throw new UserMessageException("partners.error.inUse", organisation.name(), references.accounts(),
                    references.volunteers(), references.meetings());
        }
        if (!partners.delete(organisationId, expectedVersion)) {
            throw new UserMessageException("error.changedByOthers");
        }
        audit.record(AuditAction.ORGANISATION_CHANGED, SUBJECT, organisationId,
                "deleted contacts=" + organisation.contacts().size() + " commitments="
                        + organisation.commitments().size());
    }

    // ---- contacts --------------------------------------------------------------------------------------------

    @RolesAllowed({Role.Names.ADMIN, Role.Names.COORDINATOR, Role.Names.PARTNER_CONTACT})
    @Transactional
    public long addContact(long organisationId, ContactDraft draft) {
        access.requireManage(organisationId);
        ContactDraft clean = validContact(organisationId, draft);
        partners.lock(organisationId).orElseThrow(() -> new UserMessageException("error.notFound"));
        long id = partners.insertContact(organisationId, clean);
        audit.record(AuditAction.ORGANISATION_CHANGED, SUBJECT, organisationId, "contact added id=" + id);
        return id;
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.COORDINATOR, Role.Names.PARTNER_CONTACT})
    @Transactional
    public void updateContact(long contactId, ContactDraft draft, int expectedVersion) {
        Contact contact = managedContact(contactId);
        ContactDraft clean = validContact(contact.organisationId(), draft);
        if (!partners.updateContact(contactId, clean, expectedVersion)) {
            throw new UserMessageException("error.changedByOthers");
        }
        audit.record(AuditAction.ORGANISATION_CHANGED, SUBJECT, contact.organisationId(),
                "contact changed id=" + contactId);
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.COORDINATOR, Role.Names.PARTNER_CONTACT})
    @Transactional
    public void removeContact(long contactId, int expectedVersion) {
        Contact contact = managedContact(contactId);
        if (!partners.deleteContact(contactId, expectedVersion)) {
            throw new UserMessageException("error.changedByOthers");
        }
        audit.record(AuditAction.ORGANISATION_CHANGED, SUBJECT, contact.organisationId(),
                "contact removed id=" + contactId);
    }

    /**
     * Moves a contact up (negative offset) or down the organisation's list. Reorders are serialised on the
     * organisation row, so two people moving contacts at once cannot leave two contacts on one place.
     */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.COORDINATOR, Role.Names.PARTNER_CONTACT})
    @Transactional
    public void moveContact(long contactId, int offset) {
        Contact contact = managedContact(contactId);
        partners.lock(contact.organisationId()).orElseThrow(() -> new UserMessageException("error.notFound"));
        List<Long> order = partners.contactIdsInOrder(contact.organisationId());
        if (!order.contains(contactId)) {
            throw new UserMessageException("error.notFound");
        }
        partners.renumberContacts(PartnerRepository.moved(order, contactId, offset));
        audit.record(AuditAction.ORGANISATION_CHANGED, SUBJECT, contact.organisationId(),
                "contacts reordered");
    }

    /** The organisation's accounts that a contact person can be linked to. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.COORDINATOR, Role.Names.PARTNER_CONTACT})
    @Transactional(readOnly = true)
    public List<LinkableUser> linkableUsers(long organisationId) {
        access.requireManage(organisationId);
        return partners.usersOf(organisationId);
    }

    // ---- commitments -----------------------------------------------------------------------------------------

    @RolesAllowed({Role.Names.ADMIN, Role.Names.COORDINATOR, Role.Names.PARTNER_CONTACT})
    @Transactional
    public long addCommitment(long organisationId, CommitmentDraft draft) {
        access.requireManage(organisationId);
        CommitmentDraft clean = validCommitment(draft);
        partners.lock(organisationId).orElseThrow(() -> new UserMessageException("error.notFound"));
        long id = saving(() -> partners.insertCommitment(organisationId, clean));
        audit.record(AuditAction.ORGANISATION_CHANGED, SUBJECT, organisationId, "commitment added id=" + id);
        return id;
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.COORDINATOR, Role.Names.PARTNER_CONTACT})
    @Transactional
    public void updateCommitment(long commitmentId, CommitmentDraft draft, int expectedVersion) {
        StandingCommitment commitment = managedCommitment(commitmentId);
        CommitmentDraft clean = validCommitment(draft);
        if (!saving(() -> partners.updateCommitment(commitmentId, clean, expectedVersion))) {
            throw new UserMessageException("error.changedByOthers");
        }
        audit.record(AuditAction.ORGANISATION_CHANGED, SUBJECT, commitment.organisationId(),
                "commitment changed id=" + commitmentId);
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.COORDINATOR, Role.Names.PARTNER_CONTACT})
    @Transactional
    public void removeCommitment(long commitmentId, int expectedVersion) {
        StandingCommitment commitment = managedCommitment(commitmentId);
        if (!partners.deleteCommitment(commitmentId, expectedVersion)) {
            throw new UserMessageException("error.changedByOthers");
        }
        audit.record(AuditAction.ORGANISATION_CHANGED, SUBJECT, commitment.organisationId(),
                "commitment removed id=" + commitmentId);
    }

    // ---- sign-up link ----------------------------------------------------------------------------------------

    /**
     * Whether the organisation has a public sign-up link; only for those who manage it. Its secret is stored as a
     * hash and cannot be shown again: {@link #renewSignupToken} makes a new one to show.
     */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.COORDINATOR, Role.Names.PARTNER_CONTACT})
    @Transactional(readOnly = true)
    public boolean hasSignupLink(long organisationId) {
        access.requireManage(organisationId);
        return partners.hasSignupLink(organisationId);
    }

    /**
     * Creates the sign-up link, or replaces it: the old link stops working at once. Returns the new secret, to show
     * once (only its hash is stored).
     */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.COORDINATOR, Role.Names.PARTNER_CONTACT})
    @Transactional
    public String renewSignupToken(long organisationId) {
        access.requireManage(organisationId);
        String token = newToken();
        if (!partners.setSignupToken(organisationId, token)) {
            throw new UserMessageException("error.notFound");
        }
        audit.record(AuditAction.ORGANISATION_CHANGED, SUBJECT, organisationId, "signup link renewed");
        return token;
    }

    /** Switches the sign-up link off: nobody can register through it until a new one is made. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.COORDINATOR, Role.Names.PARTNER_CONTACT})
    @Transactional
    public void switchOffSignupToken(long organisationId) {
        access.requireManage(organisationId);
        if (!partners.setSignupToken(organisationId, null)) {
            throw new UserMessageException("error.notFound");
        }
        audit.record(AuditAction.ORGANISATION_CHANGED, SUBJECT, organisationId, "signup link switched off");
    }

    /**
     * The organisation whose sign-up link has this secret, for the public sign-up page (no sign-in needed).
     * Anything that is not a well-formed secret is not looked up.
     */
    @PermitAll
    @Transactional(readOnly = true)
    public Optional<Organisation> organisationBySignupToken(String token) {
        if (token == null || !TOKEN_SHAPE.matcher(token).matches()) {
            return Optional.empty();
        }
        return partners.bySignupToken(token);
    }

    static String newToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    // ---- checks ----------------------------------------------------------------------------------------------

    private static String validName(String name) {
        String trimmed = name == null ? "" : name.trim();
        if (trimmed.isEmpty() || trimmed.length() > MAX_NAME) {
            throw new UserMessageException("partner.error.nameRequired");
        }
        return trimmed;
    }

    private void validate(OrganisationKind kind, Collection<Long> districtIds) {
        if (kind == null) {
            throw new UserMessageException("partner.error.kindRequired");
        }
        if (districtIds == null || districtIds.stream().anyMatch(Objects::isNull)
                || !partners.districtsExist(districtIds)) {
            throw new UserMessageException("partners.error.unknownDistrict");
        }
    }

    private ContactDraft validContact(long organisationId, ContactDraft draft) {
        ContactDraft clean = ContactValidation.clean(draft);
        if (clean.userId() != null && !partners.userBelongsTo(clean.userId(), organisationId)) {
            throw new UserMessageException("partners.error.userNotInOrganisation");
        }
        return clean;
    }

    private CommitmentDraft validCommitment(CommitmentDraft d) {
        if (d == null || d.kind() == null) {
            throw new UserMessageException("partners.error.commitmentKindRequired");
        }
        if (d.quantity() < 1 || d.quantity() > 99) {
            throw new UserMessageException("partners.error.quantity");
        }
        if (d.minRisk() < 1 || d.minRisk() > 5) {
            throw new UserMessageException("partners.error.minRisk");
        }
        if (d.validFrom() != null && d.validTo() != null && d.validTo().isBefore(d.validFrom())) {
            throw new UserMessageException("partners.error.validToBeforeFrom");
        }
        if (d.endsAt() != null && d.startsAt() == null) {
            throw new UserMessageException("partners.error.endWithoutStart");
        }
        if (d.districtId() != null && !partners.districtsExist(List.of(d.districtId()))) {
            throw new UserMessageException("partners.error.unknownDistrict");
        }
        String description = ContactValidation.trimToNull(d.description());
        if (description == null || description.length() > MAX_DESCRIPTION) {
            throw new UserMessageException("partners.error.description", MAX_DESCRIPTION);
        }
        return new CommitmentDraft(d.kind(), d.quantity(), d.districtId(), d.minRisk(), d.weekdays(), d.startsAt(),
                d.endsAt(), d.validFrom(), d.validTo(), description);
    }

    private Contact managedContact(long contactId) {
        Contact contact = partners.contact(contactId).orElseThrow(() -> new UserMessageException("error.notFound"));
        access.requireManage(contact.organisationId());
        return contact;
    }

    private StandingCommitment managedCommitment(long commitmentId) {
        StandingCommitment commitment = partners.commitment(commitmentId)
                .orElseThrow(() -> new UserMessageException("error.notFound"));
        access.requireManage(commitment.organisationId());
        return commitment;
    }

    private UserMessageException changedOrGone(long organisationId) {
        return partners.detail(organisationId).isPresent() ? new UserMessageException("error.changedByOthers")
                : new UserMessageException("error.notFound");
    }

    /** A district removed between the check and the write is a user-visible refusal, not a crash. */
    private static <T> T saving(java.util.function.Supplier<T> write) {
        try {
            return write.get();
        } catch (DataIntegrityViolationException e) {
            throw new UserMessageException("partners.error.unknownDistrict");
        }
    }
}
