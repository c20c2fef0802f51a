package se.tryggalov.dataimport;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import se.tryggalov.IntegrationTest;
import se.tryggalov.shared.SecurityContexts;
import se.tryggalov.shared.i18n.UserMessageException;
import se.tryggalov.shared.time.Zones;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.tryggalov.dataimport.ImportColumn.*;
import static se.tryggalov.dataimport.ImportKind.CONTACTS;
import static se.tryggalov.dataimport.ImportKind.ORGANISATIONS;
import static se.tryggalov.dataimport.ImportKind.VOLUNTEERS;
import static se.tryggalov.dataimport.ImportOutcome.CHANGED;
import static se.tryggalov.dataimport.ImportOutcome.ERROR;
import static se.tryggalov.dataimport.ImportOutcome.NEW;
import static se.tryggalov.dataimport.ImportOutcome.UNCHANGED;
import static se.tryggalov.jooq.Tables.APP_USER;
import static se.tryggalov.jooq.Tables.APP_USER_ROLE;
import static se.tryggalov.jooq.Tables.AUDIT_LOG;
import static se.tryggalov.jooq.Tables.ORGANISATION;
import static se.tryggalov.jooq.Tables.ORGANISATION_CONTACT;
import static se.tryggalov.jooq.Tables.ORGANISATION_DISTRICT;
import static se.tryggalov.jooq.Tables.VOLUNTEER;
import static se.tryggalov.jooq.Tables.VOLUNTEER_DISTRICT;
import static se.tryggalov.jooq.Tables.VOLUNTEER_ORGANISATION;
import static se.tryggalov.jooq.Tables.VOLUNTEER_QUALIFICATION;

/**
 * The import on the real database with the demo data. Every test names its organisations and people with its own
 * unique prefix, and compares the rows (with their versions) under that prefix before and after.
 */
@IntegrationTest
class ImportServiceTest {

    private static final String NATTVANDRARNA = "Nattvandrarna Botkyrka"; // the demo partner's organisation
    private static final String POLICE = "Polisen – lokalpolisområde Botkyrka";

    @Autowired
    ImportService imports;
    @Autowired
    DSLContext dsl;
    @Autowired
    SecurityContexts contexts;

    private static String prefix() {
        return "imp" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static byte[] csv(String... lines) {
        return ("\uFEFF" + String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    private <T> T as(String username, String role, Supplier<T> work) {
        return se.tryggalov.SignedIn.as(contexts, username, work, se.tryggalov.security.Role.valueOf(role));
    }

    private <T> T asCoordinator(Supplier<T> work) {
        return as("coordinator", "COORDINATOR", work);
    }

    /** Everything stored under a prefix: organisations, their districts and contacts, and people, with versions. */
    private String snapshot(String prefix) {
        var organisations = ORGANISATION.NAME.startsWith(prefix);
        var organisationIds = dsl.select(ORGANISATION.ID).from(ORGANISATION).where(organisations);
        var users = APP_USER.USERNAME.startsWith(prefix);
        var userIds = dsl.select(APP_USER.ID).from(APP_USER).where(users);
        return String.join("\n---\n",
                dsl.selectFrom(ORGANISATION).where(organisations).orderBy(ORGANISATION.ID).fetch().formatCSV(),
                dsl.selectFrom(ORGANISATION_DISTRICT).where(ORGANISATION_DISTRICT.ORGANISATION_ID.in(organisationIds))
                        .orderBy(ORGANISATION_DISTRICT.ORGANISATION_ID, ORGANISATION_DISTRICT.DISTRICT_ID).fetch().formatCSV(),
                dsl.selectFrom(ORGANISATION_CONTACT).where(ORGANISATION_CONTACT.NAME.startsWith(prefix))
                        .orderBy(ORGANISATION_CONTACT.ID).fetch().formatCSV(),
                dsl.selectFrom(APP_USER).where(users).orderBy(APP_USER.ID).fetch().formatCSV(),
                dsl.selectFrom(APP_USER_ROLE).where(APP_USER_ROLE.USER_ID.in(userIds))
                        .orderBy(APP_USER_ROLE.USER_ID, APP_USER_ROLE.ROLE).fetch().formatCSV(),
                dsl.selectFrom(VOLUNTEER).where(VOLUNTEER.USER_ID.in(userIds)).orderBy(VOLUNTEER.USER_ID).fetch()
                        .formatCSV(),
                dsl.selectFrom(VOLUNTEER_ORGANISATION).where(VOLUNTEER_ORGANISATION.USER_ID.in(userIds))
                        .orderBy(VOLUNTEER_ORGANISATION.USER_ID, VOLUNTEER_ORGANISATION.ORGANISATION_ID).fetch().formatCSV(),
                dsl.selectFrom(VOLUNTEER_DISTRICT).where(VOLUNTEER_DISTRICT.USER_ID.in(userIds))
                        .orderBy(VOLUNTEER_DISTRICT.USER_ID, VOLUNTEER_DISTRICT.DISTRICT_ID).fetch().formatCSV(),
                dsl.selectFrom(VOLUNTEER_QUALIFICATION).where(VOLUNTEER_QUALIFICATION.USER_ID.in(userIds))
                        .orderBy(VOLUNTEER_QUALIFICATION.USER_ID, VOLUNTEER_QUALIFICATION.KIND).fetch().formatCSV());
    }

    private static List<ImportOutcome> outcomes(ImportPreview preview) {
        return preview.rows().stream().map(ImportRowResult::outcome).toList();
    }

    private static ImportRowResult row(ImportPreview preview, int line) {
        return preview.rows().stream().filter(r -> r.line() == line).findFirst().orElseThrow();
    }

    private static List<String> problemKeys(ImportPreview preview, int line) {
        return row(preview, line).problems().stream().map(ImportProblem::messageKey).toList();
    }

    private static String errorKey(Throwable e) {
        return ((UserMessageException) e).messageKey();
    }

    private byte[] volunteers(String p) {
        return csv("Namn;E-post;Mobil;Organisation;Hemkommundelar;18+ bekräftad;Födelseår;Grundutbildning datum;"
                        + "Grundutbildning giltig till;Ledare;Ledare datum;Första hjälpen datum;"
                        + "Första hjälpen giltig till;Språk;Status",
                p + " Anna;" + p + "-anna@example.se;070-111 22 33;" + NATTVANDRARNA
                        + ";Alby|Fittja;ja;1990;2026-01-10;2028-01-10;ja;2026-02-01;2026-03-01;2027-03-01;svenska|arabiska;aktiv",
                p + " Bo;" + p + "-bo@example.se;;" + NATTVANDRARNA + ";;nej;;;;nej;;;;;");
    }

    // --- the four cases of the issue --------------------------------------------------------------------------------

    @Test
    void aDryRunReportsTheOutcomeOfEveryRowAndWritesNothing() {
        String p = prefix();
        asCoordinator(() -> imports.apply(ORGANISATIONS, csv("Namn;Typ;Kommundelar",
                p + " Alfa;Nattvandrare;Alby", p + " Beta;Polis;Fittja"), null));
        String before = snapshot(p);

        ImportPreview preview = asCoordinator(() -> imports.check(ORGANISATIONS, csv("Name,Type,Districts",
                p.toUpperCase() + " ALFA,night_walkers,alby",
                p + " Beta,Kyrka eller samfund,Fittja|Tumba",
                p + " Gamma,Annan,")));

        assertThat(outcomes(preview)).containsExactly(UNCHANGED, CHANGED, NEW);
        assertThat(row(preview, 3).changed()).containsExactly(ORGANISATION_KIND, ORGANISATION_DISTRICTS);
        assertThat(row(preview, 4).subject()).isEqualTo(p + " Gamma");
        assertThat(preview.canApply()).isTrue();
        assertThat(snapshot(p)).as("a dry run writes nothing").isEqualTo(before);
        assertThat(dsl.fetchExists(ORGANISATION, ORGANISATION.NAME.eq(p + " Gamma"))).isFalse();
    }

    @Test
    void rowLevelErrorsAreReportedWithTheirLineAndTranslatedReason() {
        String p = prefix();
        String header = "Namn;E-post;Mobil;Organisation;Hemkommundelar;18+ bekräftad;Födelseår;"
                + "Grundutbildning datum;Grundutbildning giltig till";
        // a youth walker's age: a birth year the shared rule accepts (15-100) that contradicts "18+ confirmed"
        int sixteenYearsAgo = LocalDate.now(Zones.STOCKHOLM).getYear() - 16;
        ImportPreview preview = asCoordinator(() -> imports.check(VOLUNTEERS, csv(header,
                p + " Anna;" + p + "-anna@example.se;070-123 45 67;" + NATTVANDRARNA + ";Alby;ja;1990;2026-01-10;2028-01-10",
                p + " Bo;" + p + "-bo@example.se;;" + p + " Okänd förening;Narnia;ja;;;",
                p + " Cy;inte-en-adress;;" + NATTVANDRARNA + ";;ja;;;",
                p + " Di 811218-9876;" + p + "-di@example.se;;" + NATTVANDRARNA + ";;ja;;;",
                ";" + p + "-ev@example.se;;" + NATTVANDRARNA + ";;;;;",
                p + " Anna igen;" + p.toUpperCase() + "-ANNA@example.se;;" + NATTVANDRARNA + ";;ja;;;",
                p + " Fi;" + p + "-fi@example.se;;" + NATTVANDRARNA + ";;ja;;2026-13-01;",
                p + " Gu;" + p + "-gu@example.se;;" + NATTVANDRARNA + ";;ja;;2026-05-01;2026-04-01",
                p + " Ha;" + p + "-ha@example.se;12;" + NATTVANDRARNA + ";;ja;" + sixteenYearsAgo + ";;",
                p + " Ix;admin;;" + NATTVANDRARNA + ";;ja;;;")));

        assertThat(outcomes(preview)).containsExactly(NEW, ERROR, ERROR, ERROR, ERROR, ERROR, ERROR, ERROR, ERROR,
                ERROR);
        assertThat(problemKeys(preview, 3)).containsExactlyInAnyOrder("imports.error.unknownOrganisation",
                "imports.error.unknownDistrict");
        assertThat(problemKeys(preview, 4)).containsExactly("imports.error.badEmail");
        assertThat(problemKeys(preview, 5)).containsExactly("imports.error.personalIdentityNumber");
        assertThat(row(preview, 5).problems().getFirst().args()).containsExactly(VOLUNTEER_NAME);
        assertThat(problemKeys(preview, 6)).containsExactly("imports.error.required", "imports.error.required");
        assertThat(problemKeys(preview, 7)).containsExactly("imports.error.duplicate");
        assertThat(row(preview, 7).problems().getFirst().args()).containsExactly("2");
        assertThat(problemKeys(preview, 8)).containsExactly("imports.error.badDate");
        assertThat(problemKeys(preview, 9)).containsExactly("imports.error.expiryBeforeObtained");
        assertThat(problemKeys(preview, 10)).containsExactlyInAnyOrder("imports.error.badPhone",
                "imports.error.birthYearUnder18");
        assertThat(problemKeys(preview, 11)).containsExactly("imports.error.badEmail");
        assertThat(preview.rows()).flatExtracting(ImportRowResult::problems).flatExtracting(ImportProblem::args)
                .as("the identity number is never repeated").noneMatch(a -> String.valueOf(a).contains("811218"));
        assertThat(preview.rows()).flatExtracting(ImportRowResult::problems)
                .allSatisfy(problem -> assertThat(problem.line()).isBetween(3, 11));
        assertThat(preview.canApply()).isFalse();
    }

    @Test
    void reImportingTheSameFilesChangesNothing() {
        String p = prefix();
        byte[] organisations = csv("Namn;Typ;Kommundelar", p + " Förening;Nattvandrare;Alby|Tumba",
                p + " Kyrkan;Kyrka eller samfund;");
        byte[] contacts = csv("Organisation;Namn;Roll;Telefon;E-post",
                p + " Förening;" + p + " Kim;Ordförande;08-123 45 67;" + p + "-kim@example.se",
                p + " förening;" + p + " Lo;Sekreterare;;",
                p + " Kyrkan;" + p + " Mo;;+46 8 765 43 21;" + p + "-mo@example.se");
        byte[] volunteers = volunteers(p);

        ImportResult first = asCoordinator(() -> imports.apply(ORGANISATIONS, organisations, null));
        asCoordinator(() -> imports.apply(CONTACTS, contacts, null));
        ImportResult people = asCoordinator(() -> imports.apply(VOLUNTEERS, volunteers, null));
        assertThat(first.created()).isEqualTo(2);
        assertThat(people.invitedVolunteers()).isEqualTo(2);
        String before = snapshot(p);
        int audits = dsl.fetchCount(AUDIT_LOG);

        for (var file : List.of(new Object[]{ORGANISATIONS, organisations}, new Object[]{CONTACTS, contacts},
                new Object[]{VOLUNTEERS, volunteers})) {
            ImportKind kind = (ImportKind) file[0];
            byte[] content = (byte[]) file[1];
            ImportPreview again = asCoordinator(() -> imports.check(kind, content));
            assertThat(outcomes(again)).as(kind.name()).isNotEmpty().containsOnly(UNCHANGED);
            assertThat(again.canApply()).isFalse();
            ImportResult result = asCoordinator(() -> imports.apply(kind, content, again.fingerprint()));
            assertThat(result.created() + result.changed()).isZero();
        }

        assertThat(snapshot(p)).as("rows and versions after re-importing").isEqualTo(before);
        assertThat(dsl.fetchCount(AUDIT_LOG)).as("nothing happened, so nothing is logged").isEqualTo(audits);
        assertThat(before).contains(p + " Kim", p + "-anna@example.se", "INVITED");
    }

    @Test
    void aFileWithOneBadRowChangesNothingAtAll() {
        String p = prefix();
        asCoordinator(() -> imports.apply(ORGANISATIONS, csv("Namn;Typ", p + " Alfa;Polis"), null));
        String before = snapshot(p);
        byte[] file = csv("Namn;Typ;Kommundelar",
                p + " Alfa;Nattvandrare;Alby",
                p + " Beta;Polis;Fittja",
                p + " Gamma;Bageri;Tumba",
                p + " Delta;Annan;");

        ImportPreview preview = asCoordinator(() -> imports.check(ORGANISATIONS, file));
        assertThat(outcomes(preview)).containsExactly(CHANGED, NEW, ERROR, NEW);
        assertThatThrownBy(() -> asCoordinator(() -> imports.apply(ORGANISATIONS, file, preview.fingerprint())))
                .isInstanceOf(UserMessageException.class)
                .satisfies(e -> assertThat(errorKey(e)).isEqualTo("imports.error.applyRefused"));

        assertThat(snapshot(p)).isEqualTo(before);
        assertThat(dsl.fetchCount(ORGANISATION, ORGANISATION.NAME.startsWith(p))).isEqualTo(1);
    }

    /**
     * The import writes through the owners' services, which check each row again: a refusal there, on the third
     * row, must leave the first two unsaved too. Today "+46 070 …" passes the import's own phone check and the
     * partner feature refuses it; once one phone rule serves both, the dry run flags it and apply is refused up
     * front. Either way nothing of the file may be stored.
     */
    @Test
    void aRowTheOwningServiceRefusesLeavesTheRowsBeforeItUnsavedToo() {
        String p = prefix();
        asCoordinator(() -> imports.apply(ORGANISATIONS, csv("Namn;Typ", p + " Alfa;Polis"), null));
        String before = snapshot(p);
        long alfa = dsl.select(ORGANISATION.ID).from(ORGANISATION).where(ORGANISATION.NAME.eq(p + " Alfa"))
                .fetchSingle(ORGANISATION.ID);
        var aboutAlfa = AUDIT_LOG.SUBJECT_TYPE.eq("organisation").and(AUDIT_LOG.SUBJECT_ID.eq(String.valueOf(alfa)));
        int auditsBefore = dsl.fetchCount(AUDIT_LOG, aboutAlfa);
        byte[] file = csv("Organisation;Namn;Telefon",
                p + " Alfa;" + p + " Ett;070-111 22 33",
                p + " Alfa;" + p + " Två;08-123 456 78",
                p + " Alfa;" + p + " Tre;+46 070 123 45 67");

        assertThatThrownBy(() -> asCoordinator(() -> imports.apply(CONTACTS, file, null)))
                .isInstanceOf(UserMessageException.class);

        assertThat(snapshot(p)).isEqualTo(before);
        assertThat(dsl.fetchCount(ORGANISATION_CONTACT, ORGANISATION_CONTACT.NAME.startsWith(p))).isZero();
        assertThat(dsl.fetchCount(AUDIT_LOG, aboutAlfa)).as("no audit entry claims a change that rolled back")
                .isEqualTo(auditsBefore);
    }

    /**
     * The same for volunteers, whose rows become an account (security), a profile and memberships (volunteer):
     * all roll back. "850709-1234" in a name passes the import's own check (no valid check digit) and the volunteer
     * feature refuses anything shaped like an identity number.
     */
    @Test
    void aVolunteerRowRefusedByItsOwnerLeavesNoAccountBehind() {
        String p = prefix();
        byte[] file = csv("Namn;E-post;Organisation;Mobil",
                p + " Ett;" + p + "-ett@example.se;" + NATTVANDRARNA + ";070-111 22 33",
                p + " Två;" + p + "-tva@example.se;" + NATTVANDRARNA + ";070-111 22 34",
                p + " Tre 850709-1234;" + p + "-tre@example.se;" + NATTVANDRARNA + ";070-111 22 35");
        String before = snapshot(p);

        assertThatThrownBy(() -> asCoordinator(() -> imports.apply(VOLUNTEERS, file, null)))
                .isInstanceOf(UserMessageException.class);

        assertThat(snapshot(p)).isEqualTo(before);
        assertThat(dsl.fetchCount(APP_USER, APP_USER.USERNAME.startsWith(p))).isZero();
    }

    // --- concurrency, volunteers, access ----------------------------------------------------------------------------

    @Test
    void applyChecksAgainAndRefusesWhenTheDataChangedSinceTheDryRun() {
        String p = prefix();
        asCoordinator(() -> imports.apply(ORGANISATIONS, csv("Namn;Typ", p + " Alfa;Polis"), null));
        byte[] file = csv("Namn;Typ", p + " Alfa;Nattvandrare", p + " Beta;Annan");
        ImportPreview seen = asCoordinator(() -> imports.check(ORGANISATIONS, file));
        asCoordinator(() -> imports.apply(ORGANISATIONS, csv("Namn;Typ", p + " Alfa;Nattvandrare"), null));
        String before = snapshot(p);

        assertThatThrownBy(() -> asCoordinator(() -> imports.apply(ORGANISATIONS, file, seen.fingerprint())))
                .satisfies(e -> assertThat(errorKey(e)).isEqualTo("imports.error.changedSinceCheck"));

        assertThat(snapshot(p)).isEqualTo(before);
        assertThat(dsl.fetchExists(ORGANISATION, ORGANISATION.NAME.eq(p + " Beta"))).isFalse();
        assertThat(outcomes(asCoordinator(() -> imports.check(ORGANISATIONS, file)))).containsExactly(UNCHANGED, NEW);
    }

    @Test
    void importedVolunteersAreInvitedAccountsThatCannotSignInAndTheAuditHasOnlyCounts() {
        String p = prefix();

        ImportResult result = asCoordinator(() -> imports.apply(VOLUNTEERS, volunteers(p), null));

        assertThat(result.invitedVolunteers()).isEqualTo(2);
        var anna = dsl.selectFrom(APP_USER).where(APP_USER.USERNAME.eq(p + "-anna@example.se")).fetchSingle();
        assertThat(anna.getEnabled()).isFalse();
        assertThat(anna.getPasswordHash()).isEqualTo(se.tryggalov.security.PersonAccounts.NO_PASSWORD);
        assertThat(anna.getDisplayName()).isEqualTo(p + " Anna");
        assertThat(dsl.fetch(APP_USER_ROLE, APP_USER_ROLE.USER_ID.eq(anna.getId())).getValues(APP_USER_ROLE.ROLE))
                .containsExactly("VOLUNTEER");
        var profile = dsl.selectFrom(VOLUNTEER).where(VOLUNTEER.USER_ID.eq(anna.getId())).fetchSingle();
        assertThat(profile.getStatus()).isEqualTo("INVITED");
        assertThat(profile.getAdultConfirmed()).isTrue();
        assertThat(profile.getBirthYear()).isEqualTo((short) 1990);
        assertThat(profile.getLanguages()).containsExactly("ar", "sv");
        assertThat(dsl.fetchCount(VOLUNTEER_DISTRICT, VOLUNTEER_DISTRICT.USER_ID.eq(anna.getId()))).isEqualTo(2);
        assertThat(dsl.fetch(VOLUNTEER_QUALIFICATION, VOLUNTEER_QUALIFICATION.USER_ID.eq(anna.getId()))
                .getValues(VOLUNTEER_QUALIFICATION.KIND)).containsExactlyInAnyOrder("BASIC_TRAINING", "LEAD", "FIRST_AID");
        var audit = dsl.selectFrom(AUDIT_LOG).where(AUDIT_LOG.ACTION.eq("DATA_IMPORTED"))
                .orderBy(AUDIT_LOG.ID.desc()).limit(1).fetchSingle();
        assertThat(audit.getDetails()).isEqualTo("new=2, changed=0, unchanged=0").doesNotContain(p);

        // a later file only with some columns changes those and keeps the rest
        ImportPreview update = asCoordinator(() -> imports.check(VOLUNTEERS, csv(
                "name;email;organisation;adult_confirmed;mobile;status",
                p + " Anna;" + p + "-ANNA@example.se;" + NATTVANDRARNA + ";yes;070-999 88 77;paused")));
        assertThat(row(update, 2).outcome()).isEqualTo(CHANGED);
        assertThat(row(update, 2).changed()).as("an invited person is not paused by a file")
                .containsExactly(VOLUNTEER_MOBILE);
    }

    @Test
    void aPartnerContactImportsOnlyForTheirOwnOrganisation() {
        String p = prefix();
        byte[] contacts = csv("Organisation;Namn;E-post",
                NATTVANDRARNA + ";" + p + " Egen;" + p + "-egen@example.se",
                POLICE + ";" + p + " Annan;" + p + "-annan@example.se");

        ImportPreview preview = as("partner", "PARTNER_CONTACT", () -> imports.check(CONTACTS, contacts));

        assertThat(outcomes(preview)).containsExactly(NEW, ERROR);
        assertThat(problemKeys(preview, 3)).containsExactly("imports.error.notYourOrganisation");
        assertThatThrownBy(() -> as("partner", "PARTNER_CONTACT", () -> imports.apply(CONTACTS, contacts, null)))
                .satisfies(e -> assertThat(errorKey(e)).isEqualTo("imports.error.applyRefused"));
        assertThat(dsl.fetchCount(ORGANISATION_CONTACT, ORGANISATION_CONTACT.NAME.startsWith(p))).isZero();

        assertThat(as("partner", "PARTNER_CONTACT", () -> imports.kinds())).containsExactly(CONTACTS, VOLUNTEERS);
        assertThatThrownBy(() -> as("partner", "PARTNER_CONTACT",
                () -> imports.check(ORGANISATIONS, csv("Namn;Typ", p + ";Polis"))))
                .satisfies(e -> assertThat(errorKey(e)).isEqualTo("imports.error.kindNotAllowed"));
    }

    @Test
    void aPartnerContactCannotReachSomeoneOfAnotherOrganisationThroughTheirEmail() {
        String p = prefix();
        asCoordinator(() -> imports.apply(VOLUNTEERS, csv("Namn;E-post;Organisation;18+ bekräftad",
                p + " Polis;" + p + "-polis@example.se;" + POLICE + ";ja"), null));
        String before = snapshot(p);

        ImportPreview preview = as("partner", "PARTNER_CONTACT", () -> imports.check(VOLUNTEERS, csv(
                "Namn;E-post;Organisation;18+ bekräftad",
                p + " Kapad;" + p + "-polis@example.se;" + NATTVANDRARNA + ";ja",
                p + " Egen;" + p + "-egen@example.se;" + NATTVANDRARNA + ";ja")));

        assertThat(outcomes(preview)).containsExactly(ERROR, NEW);
        assertThat(problemKeys(preview, 2)).containsExactly("imports.error.emailUnavailable");
        assertThat(snapshot(p)).isEqualTo(before);
    }

    /**
     * Issue 22, finding 9: a partner's import gave the coordinator's address to a new invited account, and answered
     * "an account exists" for another organisation's volunteer. Now both are refused with one neutral answer, and
     * the database itself keeps addresses unique whatever their case.
     */
    @Test
    void aPartnerCannotTakeAnAddressInUseAndHearsTheSameWhoeverHasIt() {
        String p = prefix();
        asCoordinator(() -> imports.apply(VOLUNTEERS, csv("Namn;E-post;Organisation;18+ bekräftad",
                p + " Polis;" + p + "-polis@example.se;" + POLICE + ";ja"), null));
        String coordinatorEmail = dsl.select(APP_USER.EMAIL).from(APP_USER).where(APP_USER.USERNAME.eq("coordinator"))
                .fetchSingle(APP_USER.EMAIL);
        assertThat(coordinatorEmail).as("the demo coordinator has an address").isNotBlank();
        int accounts = dsl.fetchCount(APP_USER);

        ImportPreview preview = as("partner", "PARTNER_CONTACT", () -> imports.check(VOLUNTEERS, csv(
                "Namn;E-post;Organisation;18+ bekräftad",
                p + " Samordnare;" + coordinatorEmail.toUpperCase(java.util.Locale.ROOT) + ";" + NATTVANDRARNA + ";ja",
                p + " Kapad;" + p + "-POLIS@example.se;" + NATTVANDRARNA + ";ja")));

        assertThat(outcomes(preview)).containsExactly(ERROR, ERROR);
        assertThat(problemKeys(preview, 2)).containsExactly("imports.error.emailUnavailable");
        assertThat(problemKeys(preview, 3)).containsExactly("imports.error.emailUnavailable");
        assertThatThrownBy(() -> as("partner", "PARTNER_CONTACT", () -> imports.apply(VOLUNTEERS, csv(
                "Namn;E-post;Organisation;18+ bekräftad",
                p + " Samordnare;" + coordinatorEmail + ";" + NATTVANDRARNA + ";ja"), null)))
                .isInstanceOf(UserMessageException.class);
        assertThat(dsl.fetchCount(APP_USER)).isEqualTo(accounts);
        assertThat(dsl.fetchCount(APP_USER, org.jooq.impl.DSL.lower(APP_USER.EMAIL)
                .eq(coordinatorEmail.toLowerCase(java.util.Locale.ROOT)))).isEqualTo(1);
    }

    @Test
    void theDatabaseRefusesASecondAccountWithTheSameAddressInAnotherCase() {
        String p = prefix();
        asCoordinator(() -> imports.apply(VOLUNTEERS, csv("Namn;E-post;Organisation;18+ bekräftad",
                p + " Första;" + p + "-forsta@example.se;" + POLICE + ";ja"), null));

        assertThatThrownBy(() -> dsl.insertInto(APP_USER)
                .set(APP_USER.USERNAME, p + "-andra")
                .set(APP_USER.DISPLAY_NAME, p + " Andra")
                .set(APP_USER.EMAIL, p.toUpperCase(java.util.Locale.ROOT) + "-FORSTA@EXAMPLE.SE")
                .set(APP_USER.PASSWORD_HASH, "{bcrypt}!no-password-yet")
                .execute())
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
    }

    @Test
    void viewersAndVolunteersMayNotImport() {
        byte[] file = csv("Organisation;Namn", NATTVANDRARNA + ";X");
        assertThatThrownBy(() -> as("viewer", "VIEWER", () -> imports.check(CONTACTS, file)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("volunteer", "VOLUNTEER", () -> imports.apply(CONTACTS, file, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("viewer", "VIEWER", () -> imports.template(CONTACTS)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theTemplateIsSwedishWithAByteOrderMarkAndChecksWithoutFileProblems() {
        for (ImportKind kind : ImportKind.values()) {
            byte[] template = asCoordinator(() -> imports.template(kind));
            String text = new String(template, StandardCharsets.UTF_8);
            assertThat(text).startsWith("\uFEFF" + ImportCsv.templateHeader(kind) + "\r\n");
            assertThat(text.lines()).hasSize(2);
            ImportPreview preview = asCoordinator(() -> imports.check(kind, template));
            assertThat(preview.fileProblems()).as(kind.name()).isEmpty();
            assertThat(preview.rows()).as(kind.name()).singleElement()
                    .satisfies(r -> assertThat(r.problems()).isEmpty());
        }
        String partnerTemplate = new String(as("partner", "PARTNER_CONTACT", () -> imports.template(VOLUNTEERS)),
                StandardCharsets.UTF_8);
        assertThat(partnerTemplate).contains(";" + NATTVANDRARNA + ";");
    }

    @Test
    void aTooLargeFileIsRefusedWithAClearMessage() {
        byte[] large = new byte[ImportService.MAX_FILE_BYTES + 1];
        java.util.Arrays.fill(large, (byte) 'a');

        ImportPreview preview = asCoordinator(() -> imports.check(CONTACTS, large));

        assertThat(preview.fileProblems()).extracting(ImportProblem::messageKey)
                .containsExactly("validation.fileTooLarge");
        assertThat(preview.rows()).isEmpty();
    }
}
