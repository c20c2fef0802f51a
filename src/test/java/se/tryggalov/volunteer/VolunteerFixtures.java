package se.tryggalov.volunteer;

import org.jooq.DSLContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;
import se.tryggalov.partner.OrganisationKind;
import se.tryggalov.partner.PartnerService;
import se.tryggalov.security.AccountService;
import se.tryggalov.security.NewAccount;
import se.tryggalov.security.Role;
import se.tryggalov.security.SystemAuthentication;
import se.tryggalov.shared.SecurityContexts;
import se.tryggalov.shared.audit.AuditAction;
import se.tryggalov.shared.audit.AuditEntry;
import se.tryggalov.shared.audit.AuditLog;
import se.tryggalov.shared.i18n.Translations;
import se.tryggalov.shared.mail.OutboxMail;
import se.tryggalov.shared.time.Zones;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import static se.tryggalov.jooq.Tables.OUTBOX_EMAIL;

/**
 * Test data for the volunteer tests, each record with a unique name (the database is shared by all integration
 * tests), and a way to call services as any user.
 */
@Component
public class VolunteerFixtures {

    public static final String PASSWORD = "a long enough passphrase";

    private final SystemAuthentication system;
    private final SecurityContexts contexts;
    private final PartnerService partners;
    private final AccountService accounts;
    private final VolunteerService volunteers;
    private final AuditLog audit;
    private final DSLContext dsl;

    VolunteerFixtures(SystemAuthentication system, SecurityContexts contexts, PartnerService partners,
                      AccountService accounts, VolunteerService volunteers, AuditLog audit, DSLContext dsl) {
        this.system = system;
        this.contexts = contexts;
        this.partners = partners;
        this.accounts = accounts;
        this.volunteers = volunteers;
        this.audit = audit;
        this.dsl = dsl;
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public long organisation(String prefix) {
        return system.callAs(() -> partners.createOrganisation(unique(prefix), OrganisationKind.NIGHT_WALKERS,
                List.of()), Role.COORDINATOR);
    }

    /** An active adult volunteer of the organisation; returns their id. */
    public long volunteer(String prefix, long organisationId) {
        String username = unique(prefix).toLowerCase();
        NewVolunteer person = new NewVolunteer(username, "Test " + prefix, username + "@example.org", "070-123 45 67",
                true, false, null, null, null, null, List.of(), null, null, VolunteerStatus.ACTIVE,
                List.of(organisationId), List.of(), List.of(new Qualification(QualificationKind.BASIC_TRAINING,
                LocalDate.now(Zones.STOCKHOLM).minusYears(1), null)));
        return system.callAs(() -> volunteers.createAtStartup(List.of(person), false), Role.ADMIN).getFirst();
    }

    public String usernameOf(long userId) {
        return as("admin", () -> volunteers.get(userId).username(), Role.ADMIN);
    }

    /** An account with a password and the role; organisation for partner contacts. */
    public String account(String prefix, Role role, Long organisationId) {
        String username = unique(prefix).toLowerCase();
        system.callAs(() -> accounts.createAccount(new NewAccount(username, "Test " + prefix, username + "@example.org",
                Set.of(role), Translations.SWEDISH, organisationId, PASSWORD, false)), Role.ADMIN);
        return username;
    }

    /** Runs as this user with these roles, as a signed-in request would. */
    public <T> T as(String username, Supplier<T> work, Role... roles) {
        return se.tryggalov.SignedIn.as(contexts, username, work, roles);
    }

    public void as(String username, Runnable work, Role... roles) {
        as(username, () -> {
            work.run();
            return null;
        }, roles);
    }

    public List<AuditEntry> audit(AuditAction action, String actor) {
        return audit.search(action, actor, 500);
    }

    public List<OutboxMail> mailsTo(String recipient) {
        return dsl.selectFrom(OUTBOX_EMAIL).where(OUTBOX_EMAIL.RECIPIENT.eq(recipient)).orderBy(OUTBOX_EMAIL.ID)
                .fetch(r -> new OutboxMail(r.getId(), r.getUserId(), r.getRecipient(), r.getSubject(), r.getBody(),
                        r.getCreatedAt(), r.getSendAfter(), r.getSentAt(), r.getAttempts(), r.getLastError()));
    }
}
