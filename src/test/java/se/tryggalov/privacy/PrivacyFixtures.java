package se.tryggalov.privacy;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import se.tryggalov.security.AccountService;
import se.tryggalov.security.NewAccount;
import se.tryggalov.security.Role;
import se.tryggalov.security.SystemAuthentication;
import se.tryggalov.shared.SecurityContexts;
import se.tryggalov.shared.audit.AuditAction;
import se.tryggalov.shared.audit.AuditLog;
import se.tryggalov.shared.i18n.Translations;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import static se.tryggalov.jooq.Tables.ACCOUNT_TOKEN;
import static se.tryggalov.jooq.Tables.APP_USER;
import static se.tryggalov.jooq.Tables.AVAILABILITY;
import static se.tryggalov.jooq.Tables.DISTRICT;
import static se.tryggalov.jooq.Tables.ORGANISATION;
import static se.tryggalov.jooq.Tables.ORGANISATION_CONTACT;
import static se.tryggalov.jooq.Tables.OUTBOX_EMAIL;
import static se.tryggalov.jooq.Tables.VOLUNTEER;
import static se.tryggalov.jooq.Tables.VOLUNTEER_DISTRICT;
import static se.tryggalov.jooq.Tables.VOLUNTEER_ORGANISATION;
import static se.tryggalov.jooq.Tables.VOLUNTEER_QUALIFICATION;

/**
 * People with distinctive, unique personal data for the privacy tests (the shared database holds everyone else's
 * records too), acting as a given user, and the whole-database search the issue asks for.
 */
public class PrivacyFixtures {

    public static final String PASSWORD = "a long enough passphrase";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A person with the strings that must vanish on anonymisation. */
    public record Person(long id, String username, String name, String email, String phone) {

        /** The phone as digits only ("+46 70-123 45 67" → "46701234567"). */
        public String phoneDigits() {
            return phone.replaceAll("\\D", "");
        }

        public List<String> identifyingStrings() {
            return List.of(name, email, phone, phoneDigits(), username);
        }
    }

    private final DSLContext dsl;
    private final AccountService accounts;
    private final SystemAuthentication system;
    private final SecurityContexts contexts;
    private final AuditLog audit;

    public PrivacyFixtures(DSLContext dsl, AccountService accounts, SystemAuthentication system, SecurityContexts contexts,
                    AuditLog audit) {
        this.dsl = dsl;
        this.accounts = accounts;
        this.system = system;
        this.contexts = contexts;
        this.audit = audit;
    }

    // --- acting as someone --------------------------------------------------------------------------------------

    public <T> T as(String username, Supplier<T> work, Role... roles) {
        return se.tryggalov.SignedIn.as(contexts, username, work, roles);
    }

    public void as(String username, Runnable work, Role... roles) {
        as(username, () -> {
            work.run();
            return null;
        }, roles);
    }

    // --- people ---------------------------------------------------------------------------------------------------

    /** An account with distinctive name, e-mail and phone; a volunteer profile when {@code volunteer}. */
    public Person person(String prefix, boolean volunteer, Long organisationId, Role... roles) {
        // letters only: ten random hex digits are all decimal about once in a hundred people, and a name or e-mail
        // holding ten digits in a row is refused as a personal identity number (the test then failed by chance)
        String tag = UUID.randomUUID().toString().replace("-", "").substring(0, 10).chars()
                .map(c -> c <= '9' ? 'g' + (c - '0') : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        String username = (prefix + "-" + tag).toLowerCase(Locale.ROOT);
        String name = "Zyxquist " + Character.toUpperCase(prefix.charAt(0)) + prefix.substring(1) + " " + tag;
        String email = "zq." + tag + "@example.org";
        String phone = "+46 70-" + digits(3) + " " + digits(2) + " " + digits(2);
        long id = system.callAs(() -> accounts.createAccount(new NewAccount(username, name, email, Set.of(roles),
                Translations.SWEDISH, organisationId, PASSWORD, false)), Role.ADMIN);
        if (volunteer) {
            dsl.insertInto(VOLUNTEER)
                    .set(VOLUNTEER.USER_ID, id)
                    .set(VOLUNTEER.PHONE, phone)
                    .set(VOLUNTEER.ADULT_CONFIRMED, true)
                    .set(VOLUNTEER.BIRTH_YEAR, (short) 1987)
                    .set(VOLUNTEER.GENDER, "FEMALE")
                    .set(VOLUNTEER.LANGUAGES, new String[] {"sv", "ar"})
                    .set(VOLUNTEER.RECORD_EXTRACT_SHOWN_ON, LocalDate.of(2026, 2, 3))
                    .set(VOLUNTEER.STATUS, "ACTIVE")
                    .execute();
        }
        return new Person(id, username, name, email, phone);
    }

    private static String digits(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append(RANDOM.nextInt(10));
        }
        return s.toString();
    }

    public long organisation(String prefix) {
        return dsl.insertInto(ORGANISATION).set(ORGANISATION.NAME, prefix + " " + UUID.randomUUID().toString().substring(0, 8))
                .set(ORGANISATION.KIND, "NIGHT_WALKERS").returning(ORGANISATION.ID).fetchSingle(ORGANISATION.ID);
    }

    public void member(Person person, long organisationId) {
        dsl.insertInto(VOLUNTEER_ORGANISATION).set(VOLUNTEER_ORGANISATION.USER_ID, person.id())
                .set(VOLUNTEER_ORGANISATION.ORGANISATION_ID, organisationId).execute();
    }

    /**
     * Everything a busy volunteer leaves behind: organisation and district, a qualification, availability, a
     * contact-list entry, an invitation token, e-mails to them and about them, and audit entries by and about them
     * (one of them wrongly naming them in its details, as a careless writer might).
     */
    public Footprint footprint(Person person, long organisationId) {
        member(person, organisationId);
        long district = dsl.select(DISTRICT.ID).from(DISTRICT).orderBy(DISTRICT.ID).limit(1).fetchSingle(DISTRICT.ID);
        dsl.insertInto(VOLUNTEER_DISTRICT).set(VOLUNTEER_DISTRICT.USER_ID, person.id())
                .set(VOLUNTEER_DISTRICT.DISTRICT_ID, district).execute();
        dsl.insertInto(VOLUNTEER_QUALIFICATION).set(VOLUNTEER_QUALIFICATION.USER_ID, person.id())
                .set(VOLUNTEER_QUALIFICATION.KIND, "BASIC_TRAINING")
                .set(VOLUNTEER_QUALIFICATION.OBTAINED_ON, LocalDate.of(2025, 9, 20))
                .set(VOLUNTEER_QUALIFICATION.EXPIRES_ON, LocalDate.of(2028, 9, 20)).execute();
        for (LocalDate day : List.of(LocalDate.of(2027, 4, 30), LocalDate.of(2027, 10, 29), LocalDate.of(2027, 10, 30))) {
            dsl.insertInto(AVAILABILITY).set(AVAILABILITY.USER_ID, person.id()).set(AVAILABILITY.DAY, day)
                    .set(AVAILABILITY.STATE, "AVAILABLE").set(AVAILABILITY.FROM_TIME, LocalTime.of(21, 0))
                    .set(AVAILABILITY.TO_TIME, LocalTime.of(1, 0)).execute();
        }
        dsl.insertInto(ORGANISATION_CONTACT).set(ORGANISATION_CONTACT.ORGANISATION_ID, organisationId)
                .set(ORGANISATION_CONTACT.USER_ID, person.id()).set(ORGANISATION_CONTACT.NAME, person.name())
                .set(ORGANISATION_CONTACT.ROLE_TITLE, "Vandringsledare").set(ORGANISATION_CONTACT.PHONE, person.phone())
                .set(ORGANISATION_CONTACT.EMAIL, person.email()).execute();
        String tokenHash = "tokenhash-" + UUID.randomUUID();
        dsl.insertInto(ACCOUNT_TOKEN).set(ACCOUNT_TOKEN.TOKEN_HASH, tokenHash).set(ACCOUNT_TOKEN.USER_ID, person.id())
                .set(ACCOUNT_TOKEN.PURPOSE, "INVITATION")
                .set(ACCOUNT_TOKEN.EXPIRES_AT, OffsetDateTime.now().plusDays(14)).execute();
        String secretLink = "https://trygga.example/invitation/" + UUID.randomUUID();
        dsl.insertInto(OUTBOX_EMAIL).set(OUTBOX_EMAIL.USER_ID, person.id()).set(OUTBOX_EMAIL.RECIPIENT, person.email())
                .set(OUTBOX_EMAIL.SUBJECT, "Välkommen som nattvandrare")
                .set(OUTBOX_EMAIL.BODY, "Hej " + person.name() + "! Välj lösenord: " + secretLink).execute();
        dsl.insertInto(OUTBOX_EMAIL).set(OUTBOX_EMAIL.RECIPIENT, "contact-" + UUID.randomUUID() + "@example.org")
                .set(OUTBOX_EMAIL.SUBJECT, "Ny volontär: " + person.name())
                .set(OUTBOX_EMAIL.BODY, person.name() + " (" + person.phone() + ", " + person.email()
                        + ") vill gå med. Annan text ska stå kvar.").execute();
        audit.recordFor("coordinator", "10.0.0.7", AuditAction.PERSON_VIEWED, "volunteer", person.id(), null);
        audit.recordFor("coordinator", "10.0.0.7", AuditAction.PERSON_CHANGED, "volunteer", person.id(),
                "phone was " + person.phoneDigits() + " for " + person.name());
        audit.recordFor(person.email(), "192.0.2.44", AuditAction.LOGIN_FAILED, "user", null, null);
        audit.recordFor(person.username(), "192.0.2.44", AuditAction.LOGIN_SUCCEEDED, "user", person.id(), null);
        return new Footprint(tokenHash, secretLink);
    }

    public record Footprint(String tokenHash, String secretLink) {
    }

    public String passwordHash(long userId) {
        return dsl.select(APP_USER.PASSWORD_HASH).from(APP_USER).where(APP_USER.ID.eq(userId)).fetchSingle(APP_USER.PASSWORD_HASH);
    }

    // --- the whole database -----------------------------------------------------------------------------------------

    /**
     * Every place in the public schema where the text occurs (case-insensitive): all text-like columns (text,
     * varchar, char, arrays, json/jsonb, domains) cast to text, and the job scheduler's binary task data decoded.
     * Returns "table.column (n)" for each hit.
     */
    public List<String> search(String needle) {
        List<String> hits = new ArrayList<>();
        String pattern = "%" + needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        for (Record column : searchableColumns()) {
            String table = column.get("table_name", String.class);
            String name = column.get("column_name", String.class);
            String type = column.get("data_type", String.class);
            String expression = "bytea".equals(type) ? "encode(\"" + name + "\", 'escape')" : "\"" + name + "\"::text";
            Integer count = dsl.fetchSingle("select count(*)::int from \"" + table + "\" where " + expression
                    + " ilike ?", pattern).into(Integer.class);
            if (count != null && count > 0) {
                hits.add(table + "." + name + " (" + count + ")");
            }
        }
        return hits;
    }

    public List<Record> searchableColumns() {
        return new ArrayList<>(dsl.fetch("""
                select c.table_name, c.column_name, c.data_type
                from information_schema.columns c
                join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
                where c.table_schema = 'public' and t.table_type = 'BASE TABLE'
                  and (c.data_type in ('text', 'character varying', 'character', 'json', 'jsonb', 'ARRAY', 'USER-DEFINED')
                       or (c.table_name = 'scheduled_tasks' and c.column_name = 'task_data'))
                order by c.table_name, c.column_name
                """));
    }
}
