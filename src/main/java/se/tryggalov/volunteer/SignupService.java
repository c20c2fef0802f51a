package se.tryggalov.volunteer;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.tryggalov.security.PasswordPolicy;
import se.tryggalov.security.PersonAccount;
import se.tryggalov.security.PersonAccounts;
import se.tryggalov.security.Role;
import se.tryggalov.shared.audit.AuditAction;
import se.tryggalov.shared.audit.AuditLog;
import se.tryggalov.shared.i18n.Translations;
import se.tryggalov.shared.i18n.UserMessageException;
import se.tryggalov.shared.mail.Outbox;
import se.tryggalov.shared.mail.PublicUrls;
import se.tryggalov.shared.validation.Usernames;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Sign-up through an organisation's public link, and its approval. A registration makes a disabled account and a
 * pending profile; the organisation's partner contacts (and coordinators) approve it, which enables the account,
 * or reject it, which removes it entirely. Whether an address already has an account is never revealed on the
 * page: both cases answer the same and send one e-mail to the address.
 */
@Service
public class SignupService {

    private final VolunteerRepository volunteers;
    private final PeopleAccess access;
    private final PersonAccounts accounts;
    private final SignupThrottle throttle;
    private final AuditLog audit;
    private final Outbox outbox;
    private final PublicUrls urls;
    private final Translations translations;
    private final Clock clock;

    SignupService(VolunteerRepository volunteers, PeopleAccess access, PersonAccounts accounts,
                  SignupThrottle throttle, AuditLog audit, Outbox outbox, PublicUrls urls, Translations translations,
                  Clock clock) {
        this.volunteers = volunteers;
        this.access = access;
        this.accounts = accounts;
        this.throttle = throttle;
        this.audit = audit;
        this.outbox = outbox;
        this.urls = urls;
        this.translations = translations;
        this.clock = clock;
    }

    /** The organisation whose sign-up link this is; empty for an unknown or withdrawn link. */
    @PermitAll
    @Transactional(readOnly = true)
    public Optional<NamedRef> organisation(String linkToken) {
        if (linkToken == null || linkToken.isBlank() || linkToken.length() > 200) {
            return Optional.empty();
        }
        return volunteers.organisationBySignupToken(linkToken);
    }

    /**
     * Registers a person through an organisation's link. Bad input is refused with a message; a valid form always
     * ends the same way for the person, whether or not the address already had an account.
     */
    @PermitAll
    @Transactional
    public void register(String linkToken, Registration form) {
        NamedRef organisation = organisation(linkToken)
                .orElseThrow(() -> new UserMessageException("volunteers.join.invalidLink"));
        String name = ProfileRules.name(form.name());
        String email = ProfileRules.email(form.email());
        String phone = ProfileRules.phone(form.phone());
        if (!form.adultConfirmed()) {
            throw new UserMessageException("volunteers.join.adultRequired");
        }
        if (!form.acceptsNotice()) {
            throw new UserMessageException("volunteers.notice.required");
        }
        List<Long> districts = form.districtId() == null ? List.of() : List.of(form.districtId());
        if (!volunteers.allDistrictsExist(districts)) {
            throw new UserMessageException("volunteers.error.unknownDistrict");
        }
        String username = usernameFor(email);
        PasswordPolicy.check(form.password(), username);
        if (!throttle.tryAcquire(linkToken)) {
            throw new UserMessageException("volunteers.join.throttled");
        }
        Locale locale = Translations.supported(form.locale());
        if (volunteers.accountWithEmail(email, null).isPresent() || volunteers.usernameTaken(username)) {
            outbox.enqueue(null, email, translations.get(locale, "volunteers.mail.alreadyRegistered.subject"),
                    translations.get(locale, "volunteers.mail.alreadyRegistered.body", organisation.name(),
                            urls.absolute("login")));
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        long userId;
        try {
            userId = accounts.createVolunteer(new PersonAccount(username, name, email, locale, false, false),
                    form.password());
        } catch (DuplicateKeyException e) { // the same address registered twice at the same moment
            return;
        }
        volunteers.insertProfile(userId, new VolunteerEdit(name, email, phone, true, false, null, null, null, null,
                List.of(), null, null, null, List.of(organisation.id()), districts, List.of(), 0, 0),
                VolunteerStatus.PENDING, now);
        audit.recordFor(null, null, AuditAction.VOLUNTEER_REGISTERED, "person", userId,
                "organisation=" + organisation.id());
        outbox.enqueue(userId, email, translations.get(locale, "volunteers.mail.registered.subject", organisation.name()),
                translations.get(locale, "volunteers.mail.registered.body", name, organisation.name()));
        for (VolunteerRepository.Contact contact : volunteers.contactsOf(organisation.id())) {
            outbox.enqueue(contact.id(), contact.email(),
                    translations.get(contact.locale(), "volunteers.mail.toApprove.subject", organisation.name()),
                    translations.get(contact.locale(), "volunteers.mail.toApprove.body", organisation.name(),
                            urls.absolute("volunteers")));
        }
    }

    /** Approves a pending registration: the account is enabled and the person told by e-mail. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.COORDINATOR, Role.Names.PARTNER_CONTACT})
    @Transactional
    public void approve(long userId) {
        Volunteer volunteer = pending(userId);
        if (!volunteers.approvePending(userId, OffsetDateTime.now(clock))) {
            throw new UserMessageException("volunteers.error.notPending");
        }
        accounts.enable(userId, null);
        audit.record(AuditAction.VOLUNTEER_APPROVED, "person", userId, null);
        Locale locale = volunteers.localeOf(userId).orElse(Translations.SWEDISH);
        String organisation = volunteer.organisations().isEmpty() ? "" : volunteer.organisations().getFirst().name();
        outbox.enqueue(userId, volunteer.email(),
                translations.get(locale, "volunteers.mail.approved.subject", organisation),
                translations.get(locale, "volunteers.mail.approved.body", volunteer.name(), organisation,
                        urls.absolute("login"), volunteer.username()));
    }

    /** Rejects a pending registration: the account and everything in it is removed; the person is told. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.COORDINATOR, Role.Names.PARTNER_CONTACT})
    @Transactional
    public void reject(long userId) {
        Volunteer volunteer = pending(userId);
        Locale locale = volunteers.localeOf(userId).orElse(Translations.SWEDISH);
        if (!volunteers.lockPending(userId) || !accounts.delete(userId)) {
            throw new UserMessageException("volunteers.error.notPending");
        }
        audit.record(AuditAction.PERSON_CHANGED, "person", userId, "registration rejected and removed");
        String organisation = volunteer.organisations().isEmpty() ? "" : volunteer.organisations().getFirst().name();
        outbox.enqueue(null, volunteer.email(),
                translations.get(locale, "volunteers.mail.rejected.subject", organisation),
                translations.get(locale, "volunteers.mail.rejected.body", volunteer.name(), organisation));
    }

    /** The login name for an address: the shared rule, so sign-up, invitation and import agree. */
    static String usernameFor(String email) {
        return Usernames.forEmail(email);
    }

    private Volunteer pending(long userId) {
        Volunteer volunteer = volunteers.findById(userId, access.scope())
                .orElseThrow(() -> new UserMessageException("error.notFound"));
        if (volunteer.status() != VolunteerStatus.PENDING) {
            throw new UserMessageException("volunteers.error.notPending");
        }
        return volunteer;
    }
}
