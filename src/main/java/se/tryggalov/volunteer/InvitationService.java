package se.tryggalov.volunteer;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.tryggalov.security.Account;
import se.tryggalov.security.CurrentUser;
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
import se.tryggalov.shared.time.Zones;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Invitations: a coordinator or partner contact invites a person by e-mail; the link lets them set a password
 * and become an active volunteer. The account exists from the invitation on, disabled and with a password
 * nobody knows. Only a hash of the link's secret is stored; inviting again replaces the old link.
 */
@Service
public class InvitationService {

    static final String PATH = "invitation/";

    private final VolunteerRepository volunteers;
    private final PeopleAccess access;
    private final CurrentUser currentUser;
    private final PersonAccounts accounts;
    private final AuditLog audit;
    private final Outbox outbox;
    private final PublicUrls urls;
    private final Translations translations;
    private final Clock clock;

    InvitationService(VolunteerRepository volunteers, PeopleAccess access, CurrentUser currentUser,
                      PersonAccounts accounts, AuditLog audit, Outbox outbox, PublicUrls urls,
                      Translations translations, Clock clock) {
        this.volunteers = volunteers;
        this.access = access;
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.audit = audit;
        this.outbox = outbox;
        this.urls = urls;
        this.translations = translations;
        this.clock = clock;
    }

    /**
     * Invites a new person, or invites again someone who has not accepted yet (their old link stops working).
     * An address that already belongs to another account is refused.
     */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.COORDINATOR, Role.Names.PARTNER_CONTACT})
    @Transactional
    public InvitationLink invite(NewInvitation invitation) {
        PeopleAccess.Scope scope = access.scope();
        long organisationId = organisationFor(scope, invitation.organisationId());
        String name = ProfileRules.name(invitation.name());
        String email = ProfileRules.email(invitation.email());
        String phone = ProfileRules.phone(invitation.phone());
        LocalDate today = LocalDate.now(clock.withZone(Zones.STOCKHOLM));
        LocalDate consent = invitation.youthWalker() ? invitation.guardianConsentOn() : null;
        if (invitation.youthWalker() && consent == null) {
            throw new UserMessageException("volunteers.error.guardianConsentRequired");
        }
        if (consent != null && consent.isAfter(today)) {
            throw new UserMessageException("volunteers.error.dateInFuture");
        }
        Locale locale = Translations.supported(invitation.locale());
        OffsetDateTime now = OffsetDateTime.now(clock);

        Optional<VolunteerRepository.ExistingAccount> existing = volunteers.accountWithEmail(email, null);
        long userId;
        boolean again = existing.isPresent();
        if (again) {
            VolunteerRepository.ExistingAccount account = existing.get();
            if (account.status() != VolunteerStatus.INVITED || !access.canReach(account.id())) {
                throw new UserMessageException("volunteers.error.emailInUse");
            }
            userId = account.id();
            accounts.rename(userId, name, locale);
            volunteers.updateInvitedPhone(userId, phone);
            volunteers.addMembership(userId, organisationId);
        } else {
            String username = freeUsername(email);
            try {
                userId = accounts.createVolunteer(new PersonAccount(username, name, email, locale, false, false), null);
            } catch (DuplicateKeyException e) { // the same person invited twice at the same moment
                throw new UserMessageException("volunteers.error.emailInUse");
            }
            volunteers.insertProfile(userId, new VolunteerEdit(name, email, phone, false, invitation.youthWalker(),
                    consent, null, null, null, List.of(), null, null, null, List.of(organisationId), List.of(),
                    List.of(), 0, 0), VolunteerStatus.INVITED, now);
        }
        InvitationLink link = sendInvitation(userId, name, email, organisationId, locale, scope.callerId(), now, again);
        audit.record(AuditAction.VOLUNTEER_INVITED, "person", userId, "organisation=" + organisationId);
        return link;
    }

    /** Sends a new link to someone who has not accepted yet. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.COORDINATOR, Role.Names.PARTNER_CONTACT})
    @Transactional
    public InvitationLink reinvite(long userId) {
        PeopleAccess.Scope scope = access.scope();
        Volunteer volunteer = volunteers.findById(userId, scope)
                .orElseThrow(() -> new UserMessageException("error.notFound"));
        if (volunteer.status() != VolunteerStatus.INVITED) {
            throw new UserMessageException("volunteers.error.notInvited");
        }
        long organisationId = volunteer.organisations().stream().map(NamedRef::id)
                .filter(id -> scope.everyone() || id.equals(scope.organisationId())).findFirst()
                .orElseThrow(() -> new UserMessageException("error.notFound"));
        Locale locale = volunteers.localeOf(userId).orElse(Translations.SWEDISH);
        InvitationLink link = sendInvitation(userId, volunteer.name(), volunteer.email(), organisationId, locale,
                scope.callerId(), OffsetDateTime.now(clock), true);
        audit.record(AuditAction.VOLUNTEER_INVITED, "person", userId, "organisation=" + organisationId);
        return link;
    }

    /** The invitation behind a link, if it can still be accepted. Unknown, used and expired links look the same. */
    @PermitAll
    @Transactional(readOnly = true)
    public Optional<InvitationInfo> open(String secret) {
        if (!Secrets.wellFormed(secret)) {
            return Optional.empty();
        }
        return volunteers.openInvitation(Secrets.hash(secret), OffsetDateTime.now(clock))
                .map(t -> new InvitationInfo(t.name(), t.username(), t.youthWalker()));
    }

    /**
     * Accepts an invitation: the person confirms they are 18 or older (unless their contact recorded them as a
     * youth walker), sets a password and accepts the data-protection notice. The account is enabled and the link
     * is used up; of two simultaneous acceptances only one succeeds. Returns the username to sign in with.
     */
    @PermitAll
    @Transactional
    public String accept(String secret, boolean confirmsAdult, String password, boolean acceptsNotice) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        VolunteerRepository.OpenToken token = Secrets.wellFormed(secret)
                ? volunteers.openInvitation(Secrets.hash(secret), now).orElse(null) : null;
        if (token == null) {
            throw new UserMessageException("volunteers.invitation.invalid");
        }
        if (!token.youthWalker() && !confirmsAdult) {
            throw new UserMessageException("volunteers.invitation.adultRequired");
        }
        if (!acceptsNotice) {
            throw new UserMessageException("volunteers.notice.required");
        }
        PasswordPolicy.check(password, token.username());
        long userId = accounts.useToken(VolunteerRepository.INVITATION, Secrets.hash(secret), now)
                .orElseThrow(() -> new UserMessageException("volunteers.invitation.invalid"));
        accounts.enable(userId, password);
        volunteers.activate(userId, !token.youthWalker(), now);
        audit.recordFor(token.username(), null, AuditAction.INVITATION_ACCEPTED, "person", userId, null);
        return token.username();
    }

    // ---------------------------------------------------------------------------------------------------------------

    private long organisationFor(PeopleAccess.Scope scope, Long requested) {
        if (scope.everyone()) {
            if (requested == null) {
                throw new UserMessageException("volunteers.error.organisationRequired");
            }
            if (volunteers.organisationName(requested).isEmpty()) {
                throw new UserMessageException("volunteers.error.unknownOrganisation");
            }
            return requested;
        }
        if (scope.organisationId() == null || (requested != null && !requested.equals(scope.organisationId()))) {
            throw new UserMessageException("error.notAllowed");
        }
        return scope.organisationId();
    }

    private String freeUsername(String email) {
        String base = SignupService.usernameFor(email);
        String candidate = base;
        for (int n = 2; volunteers.usernameTaken(candidate); n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }

    private InvitationLink sendInvitation(long userId, String name, String email, long organisationId, Locale locale,
                                          long invitedBy, OffsetDateTime now, boolean again) {
        String secret = Secrets.newSecret();
        OffsetDateTime expiresAt = now.plusDays(volunteers.invitationDays());
        accounts.replaceToken(userId, VolunteerRepository.INVITATION, Secrets.hash(secret),
                invitedBy < 0 ? null : invitedBy, now, expiresAt);
        String url = urls.absolute(PATH + secret);
        String inviter = currentUser.account().map(Account::displayName).orElse("");
        String organisation = volunteers.organisationName(organisationId).orElse("");
        String expires = DateTimeFormatter.ISO_LOCAL_DATE.format(expiresAt.atZoneSameInstant(Zones.STOCKHOLM));
        outbox.enqueue(userId, email,
                translations.get(locale, "volunteers.mail.invitation.subject", organisation),
                translations.get(locale, "volunteers.mail.invitation.body", name, inviter, organisation, url, expires,
                        Duration.between(now, expiresAt).toDays()));
        return new InvitationLink(userId, url, expiresAt, again);
    }
}
