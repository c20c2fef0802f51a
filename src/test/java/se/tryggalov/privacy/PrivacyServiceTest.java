package se.tryggalov.privacy;

import com.github.kagkarlsson.scheduler.task.Task;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import se.tryggalov.IntegrationTest;
import se.tryggalov.privacy.PrivacyFixtures.Footprint;
import se.tryggalov.privacy.PrivacyFixtures.Person;
import se.tryggalov.security.AccountService;
import se.tryggalov.security.Role;
import se.tryggalov.security.SystemAuthentication;
import se.tryggalov.shared.SecurityContexts;
import se.tryggalov.shared.audit.AuditLog;
import se.tryggalov.shared.i18n.UserMessageException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.tryggalov.jooq.Tables.ACCOUNT_TOKEN;
import static se.tryggalov.jooq.Tables.APP_USER;
import static se.tryggalov.jooq.Tables.AUDIT_LOG;
import static se.tryggalov.jooq.Tables.AVAILABILITY;
import static se.tryggalov.jooq.Tables.DATA_RETENTION;
import static se.tryggalov.jooq.Tables.ORGANISATION_CONTACT;
import static se.tryggalov.jooq.Tables.NOTIFICATION;
import static se.tryggalov.jooq.Tables.NOTIFICATION_PREFERENCE;
import static se.tryggalov.jooq.Tables.OUTBOX_EMAIL;
import static se.tryggalov.jooq.Tables.PERSONAL_FEED_TOKEN;
import static se.tryggalov.jooq.Tables.REMOVAL_REQUEST;
import static se.tryggalov.jooq.Tables.VOLUNTEER;
import static se.tryggalov.jooq.Tables.VOLUNTEER_ORGANISATION;
import static se.tryggalov.jooq.Tables.VOLUNTEER_QUALIFICATION;

@IntegrationTest
class PrivacyServiceTest {

    @Autowired
    PrivacyService privacy;
    @Autowired
    DSLContext dsl;
    @Autowired
    AccountService accounts;
    @Autowired
    SystemAuthentication system;
    @Autowired
    SecurityContexts contexts;
    @Autowired
    AuditLog audit;
    @Autowired
    ApplicationContext applicationContext;

    PrivacyFixtures fx;

    @BeforeEach
    void setUp() {
        fx = new PrivacyFixtures(dsl, accounts, system, contexts, audit);
    }

    private static JsonNode json(byte[] bytes) {
        return JsonMapper.builder().build().readTree(bytes);
    }

    private static String errorKey(Throwable e) {
        return ((UserMessageException) e).messageKey();
    }

    private static List<JsonNode> list(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    private long adminId() {
        return dsl.select(APP_USER.ID).from(APP_USER).where(APP_USER.USERNAME.eq("admin")).fetchSingle(APP_USER.ID);
    }

    private int audits(String action, long subjectId, String actor) {
        return dsl.fetchCount(AUDIT_LOG, AUDIT_LOG.ACTION.eq(action).and(AUDIT_LOG.SUBJECT_ID.eq(String.valueOf(subjectId)))
                .and(actor == null ? org.jooq.impl.DSL.noCondition() : AUDIT_LOG.ACTOR_USERNAME.eq(actor)));
    }

    private long openRequestId(Person person) {
        return fx.as("admin", () -> privacy.openRemovalRequests(), Role.ADMIN).stream()
                .filter(r -> r.userId() == person.id()).findFirst().orElseThrow().id();
    }

    // --- export -------------------------------------------------------------------------------------------------------

    @Test
    void theExportHoldsEverythingAboutThePersonAndNoSecret() {
        long organisation = fx.organisation("Export");
        Person p = fx.person("export", true, null, Role.VOLUNTEER);
        Footprint footprint = fx.footprint(p, organisation);
        fx.as(p.username(), privacy::requestRemoval, Role.VOLUNTEER);

        byte[] bytes = fx.as(p.username(), privacy::exportMyData, Role.VOLUNTEER);

        JsonNode root = json(bytes);
        assertThat(root.get("format").asString()).isEqualTo("trygga-lov-personal-data/1");
        JsonNode account = root.get("account");
        assertThat(account.get("id").asLong()).isEqualTo(p.id());
        assertThat(account.get("username").asString()).isEqualTo(p.username());
        assertThat(account.get("name").asString()).isEqualTo(p.name());
        assertThat(account.get("email").asString()).isEqualTo(p.email());
        assertThat(account.get("language").asString()).isEqualTo("sv");
        assertThat(list(account.get("roles"))).extracting(JsonNode::asString).containsExactly("VOLUNTEER");
        assertThat(account.get("createdAt").asString()).isNotBlank();
        JsonNode volunteer = root.get("volunteer");
        assertThat(volunteer.get("phone").asString()).isEqualTo(p.phone());
        assertThat(volunteer.get("birthYear").asInt()).isEqualTo(1987);
        assertThat(volunteer.get("gender").asString()).isEqualTo("FEMALE");
        assertThat(list(volunteer.get("languages"))).extracting(JsonNode::asString).containsExactly("sv", "ar");
        assertThat(volunteer.get("recordExtractShownOn").asString()).isEqualTo("2026-02-03");
        assertThat(volunteer.get("removalRequestedAt").isNull()).isFalse();
        assertThat(list(root.get("organisations"))).extracting(o -> o.get("id").asLong()).containsExactly(organisation);
        assertThat(list(root.get("districts"))).hasSize(1);
        assertThat(list(root.get("qualifications"))).singleElement()
                .satisfies(q -> assertThat(q.get("kind").asString()).isEqualTo("BASIC_TRAINING"))
                .satisfies(q -> assertThat(q.get("expiresOn").asString()).isEqualTo("2028-09-20"));
        assertThat(list(root.get("availability"))).extracting(a -> a.get("day").asString())
                .containsExactly("2027-04-30", "2027-10-29", "2027-10-30");
        assertThat(list(root.get("contactEntries"))).singleElement()
                .satisfies(c -> assertThat(c.get("phone").asString()).isEqualTo(p.phone()))
                .satisfies(c -> assertThat(c.get("organisation").get("id").asLong()).isEqualTo(organisation));
        assertThat(list(root.get("accountTokens"))).singleElement().satisfies(t -> {
            assertThat(t.get("purpose").asString()).isEqualTo("INVITATION");
            assertThat(t.propertyNames()).containsExactlyInAnyOrder("purpose", "createdAt", "expiresAt", "usedAt");
        });
        assertThat(list(root.get("removalRequests"))).singleElement()
                .satisfies(r -> assertThat(r.get("outcome").isNull()).isTrue());
        assertThat(list(root.get("emails"))).singleElement().satisfies(e -> {
            assertThat(e.get("subject").asString()).isEqualTo("Välkommen som nattvandrare");
            assertThat(e.get("recipient").asString()).isEqualTo(p.email());
        });
        List<JsonNode> log = list(root.get("auditLog"));
        assertThat(log).anySatisfy(e -> {
            assertThat(e.get("role").asString()).isEqualTo("SUBJECT");
            assertThat(e.get("action").asString()).isEqualTo("PERSON_VIEWED");
            assertThat(e.get("actor").asString()).isEqualTo("coordinator");
            assertThat(e.get("clientAddress").isNull()).as("someone else's address").isTrue();
        });
        assertThat(log).anySatisfy(e -> {
            assertThat(e.get("role").asString()).isEqualTo("ACTOR");
            assertThat(e.get("action").asString()).isEqualTo("LOGIN_FAILED");
            assertThat(e.get("clientAddress").asString()).isEqualTo("192.0.2.44");
        });
        assertThat(log).anySatisfy(e -> assertThat(e.get("action").asString()).isEqualTo("REMOVAL_REQUESTED"));

        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).doesNotContain(fx.passwordHash(p.id()), footprint.tokenHash(), footprint.secretLink(),
                "argon2", "password", "10.0.0.7", "Annan text");
        assertThat(audits("PERSONAL_DATA_EXPORTED", p.id(), p.username())).isEqualTo(1);
    }

    /** The parts come from six owners now; the file's top-level fields and their order stay format 1's. */
    @Test
    void theExportKeepsTheFieldsOfItsFormatInTheirOrder() {
        Person p = fx.person("order", true, null, Role.VOLUNTEER);

        JsonNode root = json(fx.as(p.username(), privacy::exportMyData, Role.VOLUNTEER));

        assertThat(root.propertyNames()).containsExactly("format", "exportedAt", "account", "volunteer",
                "organisations", "districts", "qualifications", "availability", "contactEntries", "accountTokens",
                "removalRequests", "emails", "auditLog");
        assertThat(root.get("account").propertyNames()).containsExactly("id", "username", "name", "email",
                "language", "roles", "organisation", "enabled", "createdAt", "lastLoginAt");
    }

    @Test
    void aVolunteerCanExportOnlyThemself() {
        Person a = fx.person("selfa", true, null, Role.VOLUNTEER);
        Person b = fx.person("selfb", true, null, Role.VOLUNTEER);
        Person viewer = fx.person("viewer", false, null, Role.VIEWER);

        assertThatThrownBy(() -> fx.as(a.username(), () -> privacy.exportPersonalData(b.id()), Role.VOLUNTEER))
                .satisfies(e -> assertThat(errorKey(e)).isEqualTo("error.notFound"));
        assertThatThrownBy(() -> fx.as(viewer.username(), () -> privacy.exportPersonalData(b.id()), Role.VIEWER))
                .satisfies(e -> assertThat(errorKey(e)).isEqualTo("error.notFound"));
        assertThat(audits("PERSONAL_DATA_EXPORTED", b.id(), null)).isZero();

        JsonNode own = json(fx.as(a.username(), () -> privacy.exportPersonalData(a.id()), Role.VOLUNTEER));
        assertThat(own.get("account").get("id").asLong()).isEqualTo(a.id());
        JsonNode viewerOwn = json(fx.as(viewer.username(), privacy::exportMyData, Role.VIEWER));
        assertThat(viewerOwn.get("account").get("email").asString()).isEqualTo(viewer.email());
        assertThat(viewerOwn.get("volunteer").isNull()).as("no profile").isTrue();
    }

    @Test
    void aPartnerContactOfAnotherOrganisationIsRefusedWhileTheOwnOrganisationAndCoordinatorsMayExport() {
        long x = fx.organisation("Org X");
        long y = fx.organisation("Org Y");
        Person walker = fx.person("walker", true, null, Role.VOLUNTEER);
        fx.member(walker, x);
        Person contactX = fx.person("contactx", false, x, Role.PARTNER_CONTACT);
        Person contactY = fx.person("contacty", false, y, Role.PARTNER_CONTACT);

        assertThatThrownBy(() -> fx.as(contactY.username(), () -> privacy.exportPersonalData(walker.id()),
                Role.PARTNER_CONTACT)).satisfies(e -> assertThat(errorKey(e)).isEqualTo("error.notFound"));
        assertThat(audits("PERSONAL_DATA_EXPORTED", walker.id(), contactY.username())).isZero();

        JsonNode byContact = json(fx.as(contactX.username(), () -> privacy.exportPersonalData(walker.id()),
                Role.PARTNER_CONTACT));
        assertThat(byContact.get("account").get("name").asString()).isEqualTo(walker.name());
        JsonNode byCoordinator = json(fx.as("coordinator", () -> privacy.exportPersonalData(walker.id()),
                Role.COORDINATOR));
        assertThat(byCoordinator.get("volunteer").get("phone").asString()).isEqualTo(walker.phone());
        assertThat(dsl.select(AUDIT_LOG.DETAILS).from(AUDIT_LOG).where(AUDIT_LOG.ACTION.eq("PERSONAL_DATA_EXPORTED"))
                .and(AUDIT_LOG.SUBJECT_TYPE.eq("person")).and(AUDIT_LOG.SUBJECT_ID.eq(String.valueOf(walker.id())))
                .fetch(AUDIT_LOG.DETAILS)).containsExactly("on request", "on request");

        // a coordinator reaches volunteers only; an administrator any account (here a contact without a profile)
        assertThatThrownBy(() -> fx.as("coordinator", () -> privacy.exportPersonalData(contactY.id()), Role.COORDINATOR))
                .satisfies(e -> assertThat(errorKey(e)).isEqualTo("error.notFound"));
        JsonNode byAdmin = json(fx.as("admin", () -> privacy.exportPersonalData(contactY.id()), Role.ADMIN));
        assertThat(byAdmin.get("account").get("organisation").get("id").asLong()).isEqualTo(y);
    }

    // --- removal requests ----------------------------------------------------------------------------------------------

    @Test
    void removalIsRequestedOnceAndCanBeWithdrawn() {
        Person p = fx.person("remove", true, null, Role.VOLUNTEER);

        fx.as(p.username(), privacy::requestRemoval, Role.VOLUNTEER);
        assertThatThrownBy(() -> fx.as(p.username(), privacy::requestRemoval, Role.VOLUNTEER))
                .satisfies(e -> assertThat(errorKey(e)).isEqualTo("privacy.error.alreadyRequested"));

        assertThat(dsl.fetchCount(REMOVAL_REQUEST, REMOVAL_REQUEST.USER_ID.eq(p.id()))).isEqualTo(1);
        MyPrivacy mine = fx.as(p.username(), privacy::myPrivacy, Role.VOLUNTEER);
        assertThat(mine.removalRequestedAt()).isNotNull();
        assertThat(mine.volunteer()).isTrue();
        assertThat(dsl.select(VOLUNTEER.REMOVAL_REQUESTED_AT).from(VOLUNTEER).where(VOLUNTEER.USER_ID.eq(p.id()))
                .fetchSingle(VOLUNTEER.REMOVAL_REQUESTED_AT)).isNotNull();
        assertThat(audits("REMOVAL_REQUESTED", p.id(), p.username())).isEqualTo(1);

        fx.as(p.username(), privacy::withdrawRemovalRequest, Role.VOLUNTEER);

        assertThat(fx.as(p.username(), privacy::myPrivacy, Role.VOLUNTEER).removalRequestedAt()).isNull();
        assertThat(dsl.fetchCount(REMOVAL_REQUEST, REMOVAL_REQUEST.USER_ID.eq(p.id()))).isZero();
        assertThat(dsl.select(VOLUNTEER.REMOVAL_REQUESTED_AT).from(VOLUNTEER).where(VOLUNTEER.USER_ID.eq(p.id()))
                .fetchSingle(VOLUNTEER.REMOVAL_REQUESTED_AT)).isNull();
        assertThatThrownBy(() -> fx.as(p.username(), privacy::withdrawRemovalRequest, Role.VOLUNTEER))
                .satisfies(e -> assertThat(errorKey(e)).isEqualTo("privacy.error.noOpenRequest"));

        fx.as(p.username(), privacy::requestRemoval, Role.VOLUNTEER);
        assertThat(dsl.fetchCount(REMOVAL_REQUEST, REMOVAL_REQUEST.USER_ID.eq(p.id()))).isEqualTo(1);
    }

    @Test
    void aRejectedRequestLeavesThePersonAsTheyWereAndCannotBeHandledAgain() {
        Person p = fx.person("reject", true, null, Role.VOLUNTEER);
        fx.as(p.username(), privacy::requestRemoval, Role.VOLUNTEER);
        long request = openRequestId(p);

        fx.as("admin", () -> privacy.reject(request), Role.ADMIN);

        var row = dsl.selectFrom(REMOVAL_REQUEST).where(REMOVAL_REQUEST.ID.eq(request)).fetchSingle();
        assertThat(row.getOutcome()).isEqualTo("REJECTED");
        assertThat(row.getHandledBy()).isEqualTo(adminId());
        assertThat(dsl.select(APP_USER.DISPLAY_NAME).from(APP_USER).where(APP_USER.ID.eq(p.id()))
                .fetchSingle(APP_USER.DISPLAY_NAME)).isEqualTo(p.name());
        assertThat(fx.as(p.username(), privacy::myPrivacy, Role.VOLUNTEER).removalRequestedAt()).isNull();
        assertThat(audits("REMOVAL_REJECTED", p.id(), "admin")).isEqualTo(1);
        assertThatThrownBy(() -> fx.as("admin", () -> privacy.carryOut(request), Role.ADMIN))
                .satisfies(e -> assertThat(errorKey(e)).isEqualTo("privacy.error.requestHandled"));
        assertThatThrownBy(() -> fx.as("admin", () -> privacy.reject(request), Role.ADMIN))
                .satisfies(e -> assertThat(errorKey(e)).isEqualTo("privacy.error.requestHandled"));
    }

    @Test
    void onlyAnotherAdministratorMayAnonymise() {
        Person admin = fx.person("admin", false, null, Role.ADMIN);
        Person p = fx.person("victim", true, null, Role.VOLUNTEER);

        assertThatThrownBy(() -> fx.as(admin.username(), () -> privacy.anonymise(admin.id()), Role.ADMIN))
                .satisfies(e -> assertThat(errorKey(e)).isEqualTo("privacy.error.cannotAnonymiseSelf"));
        assertThatThrownBy(() -> fx.as("coordinator", () -> privacy.anonymise(p.id()), Role.COORDINATOR))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fx.as(p.username(), () -> privacy.openRemovalRequests(), Role.VOLUNTEER))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(dsl.select(APP_USER.USERNAME).from(APP_USER).where(APP_USER.ID.in(admin.id(), p.id()))
                .fetch(APP_USER.USERNAME)).containsExactlyInAnyOrder(admin.username(), p.username());
    }

    // --- anonymisation ---------------------------------------------------------------------------------------------------

    @Test
    void afterAnonymisationTheNamePhoneAndEmailAppearNowhereInTheDatabase() {
        long organisation = fx.organisation("Anon");
        Person p = fx.person("anon", true, null, Role.VOLUNTEER);
        fx.footprint(p, organisation);
        fx.as(p.username(), privacy::exportMyData, Role.VOLUNTEER);
        fx.as(p.username(), privacy::requestRemoval, Role.VOLUNTEER);
        String oldHash = fx.passwordHash(p.id());
        boolean keepHistory = fx.as("admin", privacy::retention, Role.ADMIN).keepHistory();
        // the search finds the person before: it looks in the right places
        assertThat(fx.searchableColumns()).hasSizeGreaterThan(30);
        for (String s : p.identifyingStrings()) {
            assertThat(fx.search(s)).as("before, " + s).isNotEmpty();
        }
        assertThat(fx.search(p.name())).contains("app_user.display_name (1)", "organisation_contact.name (1)");

        // a calendar-feed address, a notification choice and a notification sent
        dsl.insertInto(PERSONAL_FEED_TOKEN).set(PERSONAL_FEED_TOKEN.USER_ID, p.id())
                .set(PERSONAL_FEED_TOKEN.TOKEN_HASH, "a".repeat(64))
                .set(PERSONAL_FEED_TOKEN.CREATED_AT, OffsetDateTime.now()).execute();
        dsl.insertInto(NOTIFICATION_PREFERENCE).set(NOTIFICATION_PREFERENCE.USER_ID, p.id())
                .set(NOTIFICATION_PREFERENCE.KIND, "REMINDER").set(NOTIFICATION_PREFERENCE.SMS, true).execute();
        dsl.insertInto(NOTIFICATION).set(NOTIFICATION.USER_ID, p.id()).set(NOTIFICATION.KIND, "REMINDER")
                .set(NOTIFICATION.CHANNEL, "EMAIL").set(NOTIFICATION.CREATED_AT, OffsetDateTime.now()).execute();

        fx.as("admin", () -> privacy.carryOut(openRequestId(p)), Role.ADMIN);

        assertThat(dsl.fetchCount(PERSONAL_FEED_TOKEN, PERSONAL_FEED_TOKEN.USER_ID.eq(p.id()))).isZero();
        assertThat(dsl.fetchCount(NOTIFICATION_PREFERENCE, NOTIFICATION_PREFERENCE.USER_ID.eq(p.id()))).isZero();
        assertThat(dsl.fetchCount(NOTIFICATION, NOTIFICATION.USER_ID.eq(p.id()))).isZero();
        List<String> leftovers = new ArrayList<>();
        for (String s : p.identifyingStrings()) {
            fx.search(s).forEach(hit -> leftovers.add(s + " in " + hit));
        }
        assertThat(leftovers).as("the person's name, e-mail, phone or username anywhere").isEmpty();

        var user = dsl.selectFrom(APP_USER).where(APP_USER.ID.eq(p.id())).fetchSingle();
        assertThat(user.getUsername()).isEqualTo("anonymised-" + p.id());
        assertThat(user.getDisplayName()).isEqualTo("Anonymiserad " + p.id());
        assertThat(user.getEmail()).isNull();
        assertThat(user.getEnabled()).isFalse();
        assertThat(user.getLockedUntil()).isAfter(OffsetDateTime.now().plusYears(1000));
        assertThat(user.getPasswordHash()).isNotEqualTo(oldHash);
        var volunteer = dsl.selectFrom(VOLUNTEER).where(VOLUNTEER.USER_ID.eq(p.id())).fetchSingle();
        assertThat(volunteer.getStatus()).isEqualTo("ANONYMISED");
        assertThat(volunteer.getAnonymisedAt()).isNotNull();
        assertThat(volunteer.getPhone()).isNull();
        assertThat(volunteer.getBirthYear()).isNull();
        assertThat(volunteer.getGender()).isNull();
        assertThat(volunteer.getLanguages()).isEmpty();
        assertThat(volunteer.getRecordExtractShownOn()).isNull();
        // counts and history stay under the anonymous id (or go, without history)
        assertThat(dsl.fetchCount(AVAILABILITY, AVAILABILITY.USER_ID.eq(p.id()))).isEqualTo(keepHistory ? 3 : 0);
        assertThat(dsl.fetchCount(VOLUNTEER_QUALIFICATION, VOLUNTEER_QUALIFICATION.USER_ID.eq(p.id())))
                .isEqualTo(keepHistory ? 1 : 0);
        assertThat(dsl.fetchCount(VOLUNTEER_ORGANISATION, VOLUNTEER_ORGANISATION.USER_ID.eq(p.id())))
                .isEqualTo(keepHistory ? 1 : 0);
        assertThat(dsl.fetchCount(ORGANISATION_CONTACT, ORGANISATION_CONTACT.USER_ID.eq(p.id()))).isZero();
        assertThat(dsl.fetchCount(ACCOUNT_TOKEN, ACCOUNT_TOKEN.USER_ID.eq(p.id()))).isZero();
        assertThat(dsl.fetchCount(OUTBOX_EMAIL, OUTBOX_EMAIL.USER_ID.eq(p.id()))).isZero();
        // the e-mail about them to someone else keeps its other words
        assertThat(dsl.fetchCount(OUTBOX_EMAIL, OUTBOX_EMAIL.BODY.contains("anonymised-" + p.id() + " (anonymised-"
                + p.id() + ", anonymised-" + p.id() + ") vill gå med. Annan text ska stå kvar."))).isEqualTo(1);
        // their own audit entries remain, under the anonymous name and without their address
        assertThat(dsl.fetchCount(AUDIT_LOG, AUDIT_LOG.ACTOR_USERNAME.eq("anonymised-" + p.id()))).isGreaterThanOrEqualTo(4);
        assertThat(dsl.fetchCount(AUDIT_LOG, AUDIT_LOG.CLIENT_ADDRESS.eq("192.0.2.44"))).isZero();
        var request = dsl.selectFrom(REMOVAL_REQUEST).where(REMOVAL_REQUEST.USER_ID.eq(p.id())).fetchSingle();
        assertThat(request.getOutcome()).isEqualTo("ANONYMISED");
        assertThat(request.getHandledBy()).isEqualTo(adminId());
        assertThat(audits("PERSON_ANONYMISED", p.id(), "admin")).isEqualTo(1);
        // the anonymous account can still be exported (by an administrator): nothing identifying is left in it
        String export = new String(fx.as("admin", () -> privacy.exportPersonalData(p.id()), Role.ADMIN),
                StandardCharsets.UTF_8);
        assertThat(export).contains("anonymised-" + p.id()).doesNotContain(p.name(), p.email(), p.phone());
    }

    @Test
    void theReplacementLeavesOtherWordsAlone() {
        var person = new PrivacyService.Identity(1, "anna", "Anna", "anna@example.org", "070-123 45 67", "ACTIVE");
        var replace = PrivacyService.replacer(PrivacyService.needles(person), "anonymised-1");

        assertThat(replace.apply("Anna och annan text, ANNA, anna@example.org, 0701234567, +46701234567"))
                .isEqualTo("anonymised-1 och annan text, anonymised-1, anonymised-1, anonymised-1, +anonymised-1");
    }

    // --- retention ---------------------------------------------------------------------------------------------------

    @Test
    void retentionSettingsAreCheckedAndASecondConcurrentEditIsRefused() {
        RetentionSettings before = fx.as("admin", privacy::retention, Role.ADMIN);
        try {
            assertThatThrownBy(() -> fx.as("admin", () -> privacy.saveRetention(0, 24, 14, true, before.version()),
                    Role.ADMIN)).satisfies(e -> assertThat(errorKey(e)).isEqualTo("privacy.error.monthsRange"));
            assertThatThrownBy(() -> fx.as("admin", () -> privacy.saveRetention(12, null, 14, true, before.version()),
                    Role.ADMIN)).satisfies(e -> assertThat(errorKey(e)).isEqualTo("privacy.error.monthsRange"));
            assertThatThrownBy(() -> fx.as("admin", () -> privacy.saveRetention(12, 24, 91, true, before.version()),
                    Role.ADMIN)).satisfies(e -> assertThat(errorKey(e)).isEqualTo("privacy.error.daysRange"));
            assertThat(fx.as("admin", privacy::retention, Role.ADMIN)).isEqualTo(before);

            fx.as("admin", () -> privacy.saveRetention(18, 36, 21, false, before.version()), Role.ADMIN);

            RetentionSettings after = fx.as("admin", privacy::retention, Role.ADMIN);
            assertThat(after.availabilityMonths()).isEqualTo(18);
            assertThat(after.inactiveProfileMonths()).isEqualTo(36);
            assertThat(after.invitationDays()).isEqualTo(21);
            assertThat(after.keepHistory()).isFalse();
            assertThat(after.version()).isEqualTo(before.version() + 1);
            assertThat(dsl.fetchCount(AUDIT_LOG, AUDIT_LOG.ACTION.eq("RETENTION_CHANGED").and(AUDIT_LOG.DETAILS
                    .eq("availabilityMonths=18;inactiveProfileMonths=36;invitationDays=21;keepHistory=false"))))
                    .isEqualTo(1);
            // the other administrator's form still has the old version
            assertThatThrownBy(() -> fx.as("admin", () -> privacy.saveRetention(6, 24, 14, true, before.version()),
                    Role.ADMIN)).satisfies(e -> assertThat(errorKey(e)).isEqualTo("privacy.error.retentionChanged"));
            assertThat(fx.as("admin", privacy::retention, Role.ADMIN).availabilityMonths()).isEqualTo(18);
            assertThatThrownBy(() -> fx.as("coordinator", () -> privacy.saveRetention(6, 24, 14, true, after.version()),
                    Role.COORDINATOR)).isInstanceOf(AccessDeniedException.class);
        } finally {
            restore(before);
        }
    }

    private void restore(RetentionSettings settings) {
        int version = fx.as("admin", privacy::retention, Role.ADMIN).version();
        fx.as("admin", () -> privacy.saveRetention(settings.availabilityMonths(), settings.inactiveProfileMonths(),
                settings.invitationDays(), settings.keepHistory(), version), Role.ADMIN);
    }

    /**
     * "Now" is 15 March 2001 at 03:15 in Stockholm (02:15 UTC), long before any other record in the shared
     * database, so the run touches only these people. Rules: availability 12 months, inactive profiles 24 months,
     * invitations 14 days. Cut-offs: activity before 15 March 1999 03:15; evenings before 15 March 2000; tokens
     * that expired before 1 March 2001 02:15 UTC.
     */
    @Test
    void theRetentionRunAppliesTheRulesOnWorkedDates() {
        RetentionSettings before = fx.as("admin", privacy::retention, Role.ADMIN);
        fx.as("admin", () -> privacy.saveRetention(12, 24, 14, true, before.version()), Role.ADMIN);
        try {
            Instant now = Instant.parse("2001-03-15T02:15:00Z");
            Person inactive = fx.person("inactive", true, null, Role.VOLUNTEER);
            activeAt(inactive, "1999-03-14T12:00:00Z");
            Person recent = fx.person("recent", true, null, Role.VOLUNTEER);
            activeAt(recent, "1999-03-16T12:00:00Z");
            Person signedIn = fx.person("signedin", true, null, Role.VOLUNTEER);
            activeAt(signedIn, "1999-01-01T12:00:00Z");
            dsl.update(APP_USER).set(APP_USER.LAST_LOGIN_AT, at("2000-12-01T18:00:00Z"))
                    .where(APP_USER.ID.eq(signedIn.id())).execute();
            available(recent, LocalDate.of(2000, 3, 14));
            available(recent, LocalDate.of(2000, 3, 15));
            token(recent, "PASSWORD_RESET", "2001-02-14T12:00:00Z", "2001-02-28T12:00:00Z");
            token(recent, "PASSWORD_RESET", "2001-02-16T12:00:00Z", "2001-03-02T12:00:00Z");
            Person abandoned = invited("abandoned", "2001-01-10T12:00:00Z", "2001-01-24T12:00:00Z");
            Person stillInvited = invited("stillinvited", "2001-02-20T12:00:00Z", "2001-03-06T12:00:00Z");
            Person neverSent = invited("neversent", "2001-01-10T12:00:00Z", null);

            RetentionSummary summary = fx.as("system", () -> privacy.runRetention(now), Role.ADMIN);

            assertThat(status(inactive)).isEqualTo("ANONYMISED");
            assertThat(status(recent)).isEqualTo("ACTIVE");
            assertThat(status(signedIn)).as("signed in within 24 months").isEqualTo("ACTIVE");
            assertThat(dsl.select(AVAILABILITY.DAY).from(AVAILABILITY).where(AVAILABILITY.USER_ID.eq(recent.id()))
                    .fetch(AVAILABILITY.DAY)).containsExactly(LocalDate.of(2000, 3, 15));
            assertThat(dsl.select(ACCOUNT_TOKEN.EXPIRES_AT).from(ACCOUNT_TOKEN).where(ACCOUNT_TOKEN.USER_ID.eq(recent.id()))
                    .fetch(ACCOUNT_TOKEN.EXPIRES_AT)).containsExactly(at("2001-03-02T12:00:00Z"));
            assertThat(dsl.fetchExists(APP_USER, APP_USER.ID.eq(abandoned.id()))).as("abandoned invitation").isFalse();
            assertThat(fx.search(abandoned.name())).isEmpty();
            assertThat(fx.search(abandoned.email())).isEmpty();
            assertThat(status(stillInvited)).isEqualTo("INVITED");
            assertThat(status(neverSent)).as("no invitation was ever sent").isEqualTo("INVITED");
            assertThat(summary.anonymisedProfiles()).isGreaterThanOrEqualTo(1);
            assertThat(summary.deletedAvailability()).isGreaterThanOrEqualTo(1);
            assertThat(summary.deletedTokens()).isGreaterThanOrEqualTo(1);
            assertThat(summary.deletedInvitations()).isGreaterThanOrEqualTo(1);

            RetentionSettings after = fx.as("admin", privacy::retention, Role.ADMIN);
            assertThat(after.lastRunAt().toInstant()).isEqualTo(now);
            assertThat(after.lastRun()).isEqualTo(summary);
            assertThat(after.version()).as("a run is no settings change").isEqualTo(before.version() + 1);
            assertThat(dsl.fetchCount(AUDIT_LOG, AUDIT_LOG.ACTION.eq("RETENTION_RUN").and(AUDIT_LOG.ACTOR_USERNAME
                    .eq("system")).and(AUDIT_LOG.DETAILS.eq(summary.stored())))).isGreaterThanOrEqualTo(1);
            assertThat(audits("PERSON_ANONYMISED", inactive.id(), "system")).isEqualTo(1);
            assertThat(dsl.select(DATA_RETENTION.LAST_RUN_SUMMARY).from(DATA_RETENTION).fetchSingle(DATA_RETENTION.LAST_RUN_SUMMARY))
                    .startsWith("anonymised=");
        } finally {
            restore(before);
        }
    }

    private static OffsetDateTime at(String instant) {
        return Instant.parse(instant).atOffset(ZoneOffset.UTC);
    }

    private void activeAt(Person person, String instant) {
        dsl.update(VOLUNTEER).set(VOLUNTEER.LAST_ACTIVE_AT, at(instant)).where(VOLUNTEER.USER_ID.eq(person.id())).execute();
    }

    private void available(Person person, LocalDate day) {
        dsl.insertInto(AVAILABILITY).set(AVAILABILITY.USER_ID, person.id()).set(AVAILABILITY.DAY, day)
                .set(AVAILABILITY.STATE, "AVAILABLE").execute();
    }

    private void token(Person person, String purpose, String created, String expires) {
        dsl.insertInto(ACCOUNT_TOKEN).set(ACCOUNT_TOKEN.TOKEN_HASH, "hash-" + java.util.UUID.randomUUID())
                .set(ACCOUNT_TOKEN.USER_ID, person.id()).set(ACCOUNT_TOKEN.PURPOSE, purpose)
                .set(ACCOUNT_TOKEN.CREATED_AT, at(created)).set(ACCOUNT_TOKEN.EXPIRES_AT, at(expires)).execute();
    }

    /** A volunteer invited on {@code created} whose invitation expires on {@code expires} (null: never sent). */
    private Person invited(String prefix, String created, String expires) {
        Person person = fx.person(prefix, true, null, Role.VOLUNTEER);
        dsl.update(VOLUNTEER).set(VOLUNTEER.STATUS, "INVITED").set(VOLUNTEER.LAST_ACTIVE_AT, at(created))
                .where(VOLUNTEER.USER_ID.eq(person.id())).execute();
        dsl.update(APP_USER).set(APP_USER.CREATED_AT, at(created)).where(APP_USER.ID.eq(person.id())).execute();
        if (expires != null) {
            token(person, "INVITATION", created, expires);
            dsl.insertInto(OUTBOX_EMAIL).set(OUTBOX_EMAIL.USER_ID, person.id()).set(OUTBOX_EMAIL.RECIPIENT, person.email())
                    .set(OUTBOX_EMAIL.SUBJECT, "Inbjudan").set(OUTBOX_EMAIL.BODY, "Hej " + person.name()).execute();
        }
        return person;
    }

    private String status(Person person) {
        return dsl.select(VOLUNTEER.STATUS).from(VOLUNTEER).where(VOLUNTEER.USER_ID.eq(person.id()))
                .fetchSingle(VOLUNTEER.STATUS);
    }

    @Test
    void theRetentionJobRunsEveryNightAtQuarterPastThreeInStockholm() {
        assertThat(applicationContext.getBeansOfType(Task.class).values()).extracting(Task::getName)
                .contains("privacy-retention");
        assertThat(PrivacyJobs.RETENTION_SCHEDULE.getInitialExecutionTime(Instant.parse("2026-11-20T12:00:00Z")))
                .isEqualTo(Instant.parse("2026-11-21T02:15:00Z"));
        assertThat(PrivacyJobs.RETENTION_SCHEDULE.getInitialExecutionTime(Instant.parse("2027-06-20T12:00:00Z")))
                .as("summer time").isEqualTo(Instant.parse("2027-06-21T01:15:00Z"));
    }
}
