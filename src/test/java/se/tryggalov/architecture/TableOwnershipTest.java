package se.tryggalov.architecture;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.jooq.Table;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.tryggalov.jooq.DefaultSchema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassModel;
import java.lang.classfile.CodeElement;
import java.lang.classfile.CodeModel;
import java.lang.classfile.MethodModel;
import java.lang.classfile.Opcode;
import java.lang.classfile.instruction.ConstantInstruction;
import java.lang.classfile.instruction.FieldInstruction;
import java.lang.classfile.instruction.InvokeInstruction;
import java.lang.classfile.instruction.LoadInstruction;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One owner per table (README, "Project layout"): only the owning feature's classes write a table, and only they
 * touch its generated jOOQ class at all, apart from the read models named in {@link #READS}. Another feature that
 * needs to change the data (the import, erasure, the demo data) calls the owner's service.
 */
class TableOwnershipTest {

    private static final String PLACE = "se.tryggalov.place";
    private static final String PARTNER = "se.tryggalov.partner";
    private static final String SECURITY = "se.tryggalov.security";
    private static final String CALENDAR = "se.tryggalov.calendar";
    private static final String VOLUNTEER = "se.tryggalov.volunteer";
    private static final String AVAILABILITY = "se.tryggalov.availability";
    private static final String PRIVACY = "se.tryggalov.privacy";
    private static final String ACTIVITY = "se.tryggalov.activity";
    private static final String ROSTER = "se.tryggalov.roster";

    /** Every table of db/migration and the package that owns it (its sub-packages included). */
    static final Map<String, String> OWNERS = Map.ofEntries(
            entry("municipality", PLACE),
            entry("district", PLACE),
            entry("venue", PLACE),
            entry("venue_opening_hours", PLACE),
            entry("organisation", PARTNER),
            entry("organisation_district", PARTNER),
            entry("organisation_contact", PARTNER),
            entry("organisation_commitment", PARTNER),
            entry("app_user", SECURITY),
            entry("app_user_role", SECURITY),
            entry("account_token", SECURITY), // an account's invitation (and later reset) token
            entry("login_failure", SECURITY), // failed sign-ins per (hashed) name, with or without an account
            entry("login_address_failure", SECURITY), // failed sign-ins per (hashed) client address, all nodes
            entry("app_user_second_factor", SECURITY), // TOTP secret (encrypted), replay and attempt counters
            entry("app_user_recovery_code", SECURITY), // hashed one-time recovery codes
            entry("app_user_external_identity", SECURITY), // OpenID Connect issuer + subject of an account
            entry("audit_log", "se.tryggalov.shared.audit"),
            entry("outbox_email", "se.tryggalov.shared.mail"),
            entry("scheduled_tasks", "se.tryggalov.shared.jobs"), // db-scheduler's own table
            entry("calendar_settings", CALENDAR),
            entry("school_year", CALENDAR),
            entry("calendar_item", CALENDAR),
            entry("meeting_invitation", CALENDAR),
            entry("volunteer", VOLUNTEER),
            entry("volunteer_organisation", VOLUNTEER),
            entry("volunteer_district", VOLUNTEER),
            entry("volunteer_qualification", VOLUNTEER),
            entry("availability", AVAILABILITY),
            entry("removal_request", PRIVACY),
            entry("data_retention", PRIVACY),
            entry("coverage_rule", ACTIVITY),
            entry("coverage_rule_district", ACTIVITY),
            entry("activity", ACTIVITY),
            entry("shift", ACTIVITY),
            entry("shift_assignment", ROSTER), // a person on a shift, and later their sign-ups, waitlists, check-ins
            entry("solver_constraint_setting", ROSTER),
            entry("solver_limits", ROSTER),
            entry("solve_job", ROSTER),
            entry("signup_policy", ROSTER),
            entry("signup_rule", ROSTER),
            entry("walk_log", ROSTER),
            entry("walk_log_count", ROSTER),
            entry("observation", "se.tryggalov.followup"), // what partners report and files deliver, by place
            entry("risk_decision", "se.tryggalov.followup"), // answers to the weekly picture's suggestions
            entry("break_evaluation", "se.tryggalov.followup"), // the steering group's notes after a break
            entry("action_measure", "se.tryggalov.followup"), // the action plan (åtgärdsplan)
            entry("action_measure_activity", "se.tryggalov.followup"),
            entry("personal_feed_token", "se.tryggalov.notify"), // a person's calendar-feed secret (hashed)
            entry("personal_feed_event", "se.tryggalov.notify"), // what each feed last said: sequence, cancelled
            entry("notification", "se.tryggalov.notify"), // each notification sent or skipped, with its dedupe key
            entry("notification_preference", "se.tryggalov.notify"),
            entry("notify_message", "se.tryggalov.notify"),
            entry("scope_feed_token", "se.tryggalov.notify"), // an organisation's or venue's feed secret, per person
            entry("scope_feed_event", "se.tryggalov.notify"), // what those feeds last said: sequence, cancelled
            entry("notification_link", "se.tryggalov.notify"), // a mail's link to change preferences (hashed)
            entry("coverage_snapshot", "se.tryggalov.coverage")); // how coverage grew before each break, per day

    /**
     * The read models: classes that select from other features' tables (joins a service call cannot replace
     * without N+1 queries) and never write them; the write rule below checks the "never write".
     */
    static final Map<String, Set<String>> READS = Map.ofEntries(
            // district and place names on the observation lists
            entry("se.tryggalov.followup.ObservationRepository", Set.of("district", "venue")),
            // names of districts, organisations, venues and the calendar on the plan; who is on a shift
            entry("se.tryggalov.activity.ActivityRepository",
                    Set.of("calendar_item", "district", "organisation", "school_year", "venue", "shift_assignment")),
            entry("se.tryggalov.activity.CoverageRuleRepository", Set.of("organisation")),
            // counts of active adult volunteers per district and date, with their training
            entry("se.tryggalov.availability.AvailabilityRepository",
                    Set.of("app_user", "volunteer", "volunteer_district", "volunteer_qualification")),
            // the organisation's contacts' accounts, district names, meeting invitations, member counts
            entry("se.tryggalov.partner.PartnerRepository",
                    Set.of("app_user", "district", "meeting_invitation", "volunteer_organisation")),
            // the solver's input: shifts, people, their availability, districts, qualifications
            entry("se.tryggalov.roster.RosterRepository",
                    Set.of("activity", "shift", "app_user", "availability", "district", "volunteer",
                            "volunteer_district", "volunteer_organisation", "volunteer_qualification")),
            // who may take which open shift: shifts, places, people's age, qualifications and phone, whom to tell,
            // the break's name on an open shift
            entry("se.tryggalov.roster.SignupRepository",
                    Set.of("activity", "shift", "app_user", "app_user_role", "calendar_item", "district", "venue",
                            "volunteer", "volunteer_qualification")),
            // check-in and the walk log: the shift, its district, the walkers' names, leads and organisations
            entry("se.tryggalov.roster.WalkLogRepository",
                    Set.of("activity", "shift", "app_user", "district", "organisation", "volunteer_organisation",
                            "volunteer_qualification")),
            // the coverage views: a group's lead, the lead's phone and organisations, the gathering point
            entry("se.tryggalov.roster.ShiftCrewRepository",
                    Set.of("activity", "shift", "app_user", "volunteer", "volunteer_organisation",
                            "volunteer_qualification")),
            // who asked for a solve; whether its db-scheduler task still waits
            entry("se.tryggalov.roster.SolveJobRepository", Set.of("app_user", "scheduled_tasks")),
            // the organisation's name on an account
            entry("se.tryggalov.security.AccountRepository", Set.of("organisation")),
            // the actor's account id; names of the people and shifts an entry refers to, for its sentence
            entry("se.tryggalov.shared.audit.AuditLog", Set.of("app_user", "shift", "activity", "district")),
            // a volunteer's account, organisation and district names; the invitation's validity; contacts to tell
            entry("se.tryggalov.volunteer.VolunteerRepository",
                    Set.of("app_user", "app_user_role", "account_token", "district", "organisation",
                            "data_retention")),
            // the names of a person's organisations and districts in their personal-data export
            entry("se.tryggalov.volunteer.VolunteerDataRepository", Set.of("district", "organisation")),
            // what an import compares the file with (its writes go through the owners' services)
            entry("se.tryggalov.dataimport.ImportRepository",
                    Set.of("app_user", "district", "organisation", "organisation_contact", "organisation_district",
                            "volunteer", "volunteer_district", "volunteer_organisation", "volunteer_qualification")),
            // notifications: who is on which shifts, groups under their minimum, coordinators, partner contacts, and
            // the volunteers a message reaches
            // a feed's secret opens nothing for a disabled account
            entry("se.tryggalov.notify.PersonalFeedRepository", Set.of("app_user")),
            // an organisation's or venue's feed is read as the person who asked for it: their name and roles
            entry("se.tryggalov.notify.ScopeFeedRepository", Set.of("app_user", "app_user_role")),
            entry("se.tryggalov.notify.NotifyReads",
                    Set.of("activity", "app_user", "app_user_role", "district", "organisation", "organisation_contact",
                            "shift", "shift_assignment", "venue", "volunteer", "volunteer_district",
                            "volunteer_organisation")),
            // who retention is due for (idle volunteers, never-accepted invitations); who asked for removal
            entry("se.tryggalov.privacy.PrivacyRepository",
                    Set.of("app_user", "app_user_role", "account_token", "volunteer")));

    /** The DSLContext (and DSL) methods that start a write of the table passed to them. */
    private static final Set<String> WRITE_STARTERS = Set.of("insertInto", "update", "deleteFrom", "delete",
            "mergeInto", "newRecord", "truncate", "truncateTable", "executeInsert", "executeUpdate", "executeDelete",
            "batchInsert", "batchUpdate", "batchStore", "batchDelete", "batchMerge", "loadInto");
    /** The methods of a generated record that write its row. */
    private static final Set<String> RECORD_WRITES = Set.of("store", "insert", "update", "delete", "merge");
    private static final Set<String> DSL_OWNERS = Set.of("org/jooq/DSLContext", "org/jooq/impl/DSL");
    private static final Pattern PLAIN_SQL_WRITE = Pattern.compile(
            "^\\s*(?:insert\\s+into|update|delete\\s+from|merge\\s+into|truncate(?:\\s+table)?)\\s+(\\w+)",
            Pattern.CASE_INSENSITIVE);
    private static final String JOOQ = "se.tryggalov.jooq";

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("se.tryggalov");
    }

    @Test
    void everyTableHasExactlyOneOwnerThatExists() {
        Set<String> tables = DefaultSchema.DEFAULT_SCHEMA.getTables().stream().map(Table::getName)
                .filter(name -> !name.equals("flyway_schema_history")).collect(Collectors.toCollection(TreeSet::new));
        assertThat(new TreeSet<>(OWNERS.keySet())).as("tables of db/migration").isEqualTo(tables);
        Set<String> packages = classes.stream().map(JavaClass::getPackageName).collect(Collectors.toSet());
        assertThat(OWNERS.values()).allSatisfy(owner -> assertThat(packages).as("owner package").contains(owner));
        assertThat(READS.keySet()).allSatisfy(name -> assertThat(classes.contain(name)).as(name).isTrue());
        READS.values().forEach(tablesRead -> assertThat(OWNERS.keySet()).containsAll(tablesRead));
    }

    @Test
    void onlyTheOwningFeatureWritesATable() {
        classes().that().resideOutsideOfPackage(JOOQ + "..").should(writeOnlyTheirOwnTables()).check(classes);
    }

    @Test
    void onlyTheOwningFeatureAndNamedReadModelsTouchATable() {
        classes().that().resideOutsideOfPackage(JOOQ + "..").should(touchOnlyOwnOrNamedTables()).check(classes);
    }

    /** The rule can fail: it sees each kind of write in a class outside every owner's package. */
    @Test
    void theWriteDetectorSeesEveryKindOfWrite() {
        Set<Write> found = writes(ForeignWriter.class.getName());

        assertThat(found).extracting(Write::table).containsExactlyInAnyOrder("app_user", "volunteer",
                "organisation_contact", "shift", "availability", null);
        JavaClass writer = new ClassFileImporter().importClass(ForeignWriter.class);
        ConditionEvents events = com.tngtech.archunit.lang.ConditionEvents.Factory.create();
        writeOnlyTheirOwnTables().check(writer, events);
        assertThat(events.getViolating()).hasSize(6);
    }

    /** Never run: its bytecode is what the detector reads. */
    @SuppressWarnings("unused")
    static final class ForeignWriter {

        void write(org.jooq.DSLContext dsl, org.jooq.Table<?> someTable,
                   se.tryggalov.jooq.tables.records.AvailabilityRecord answer) {
            dsl.insertInto(se.tryggalov.jooq.Tables.APP_USER).set(se.tryggalov.jooq.Tables.APP_USER.USERNAME, "x")
                    .execute();
            dsl.update(se.tryggalov.jooq.Tables.VOLUNTEER).set(se.tryggalov.jooq.Tables.VOLUNTEER.PHONE, "1")
                    .where(se.tryggalov.jooq.Tables.VOLUNTEER.USER_ID.in(org.jooq.impl.DSL.select(
                            se.tryggalov.jooq.Tables.APP_USER.ID).from(se.tryggalov.jooq.Tables.APP_USER)))
                    .execute();
            dsl.deleteFrom(se.tryggalov.jooq.Tables.ORGANISATION_CONTACT).execute();
            dsl.execute("update shift set status = 'CANCELLED'");
            answer.store();
            dsl.deleteFrom(someTable).execute();
        }
    }

    // --- touching: any use of a table's generated class -----------------------------------------------------------

    private static ArchCondition<JavaClass> touchOnlyOwnOrNamedTables() {
        return new ArchCondition<>("use only the generated classes of their own feature's tables, "
                + "or of tables named as their reads") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                String name = topLevel(javaClass.getName());
                Set<String> touched = new TreeSet<>();
                for (JavaFieldAccess access : javaClass.getFieldAccessesFromSelf()) {
                    if (access.getTargetOwner().getName().equals(JOOQ + ".Tables")) {
                        touched.add(access.getTarget().getName().toLowerCase(Locale.ROOT));
                    }
                }
                for (Dependency dependency : javaClass.getDirectDependenciesFromSelf()) {
                    tableOf(dependency.getTargetClass().getName()).ifPresent(touched::add);
                }
                for (String table : touched) {
                    if (!ownedBy(table, javaClass.getPackageName())
                            && !READS.getOrDefault(name, Set.of()).contains(table)) {
                        events.add(SimpleConditionEvent.violated(javaClass, javaClass.getName() + " uses table "
                                + table + ", owned by " + OWNERS.get(table) + ", and is not named as its reader"));
                    }
                }
            }
        };
    }

    /** The table behind a generated table or record class, e.g. {@code ...tables.records.AppUserRecord}. */
    private static java.util.Optional<String> tableOf(String className) {
        String simple;
        if (className.startsWith(JOOQ + ".tables.records.")) {
            simple = className.substring((JOOQ + ".tables.records.").length()).replaceFirst("Record$", "");
        } else if (className.startsWith(JOOQ + ".tables.") && !className.contains("$")) {
            simple = className.substring((JOOQ + ".tables.").length());
        } else {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(simple.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT));
    }

    // --- writing: what the bytecode passes to insertInto/update/deleteFrom/... --------------------------------------

    private static ArchCondition<JavaClass> writeOnlyTheirOwnTables() {
        return new ArchCondition<>("write only their own feature's tables") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                for (Write write : writes(javaClass.getName())) {
                    if (write.table() == null) {
                        events.add(SimpleConditionEvent.violated(javaClass, javaClass.getName() + "." + write.method()
                                + " writes a table this rule cannot name (pass the generated table directly)"));
                    } else if (!OWNERS.containsKey(write.table())) {
                        events.add(SimpleConditionEvent.violated(javaClass, javaClass.getName() + "." + write.method()
                                + " writes " + write.table() + ", which has no owner in TableOwnershipTest.OWNERS"));
                    } else if (!ownedBy(write.table(), javaClass.getPackageName())) {
                        events.add(SimpleConditionEvent.violated(javaClass, javaClass.getName() + "." + write.method()
                                + " writes " + write.table() + ", owned by " + OWNERS.get(write.table())
                                + ": call the owner's service instead"));
                    }
                }
            }
        };
    }

    private record Write(String method, String table) {
    }

    /**
     * The writes in a class's bytecode. A write starter takes the table as its first argument, so the table is
     * the last generated table loaded before the call, with no call or variable load in between (a table from a
     * variable or a method counts as unnamed, a violation); a plain-SQL statement names it in its text; a
     * generated record's store/insert/update/delete writes its own table.
     */
    private static Set<Write> writes(String className) {
        ClassModel model = ClassFile.of().parse(bytes(className));
        Set<Write> writes = new java.util.LinkedHashSet<>();
        for (MethodModel method : model.methods()) {
            CodeModel code = method.code().orElse(null);
            if (code == null) {
                continue;
            }
            String lastTable = null;
            String lastText = null;
            for (CodeElement element : code) {
                if (element instanceof FieldInstruction field && field.opcode() == Opcode.GETSTATIC) {
                    String owner = field.owner().asInternalName().replace('/', '.');
                    if (owner.equals(JOOQ + ".Tables")) {
                        lastTable = field.name().stringValue().toLowerCase(Locale.ROOT);
                    } else {
                        String table = tableOf(owner).orElse(null);
                        lastTable = table != null ? table : lastTable;
                    }
                } else if (element instanceof ConstantInstruction constant
                        && constant.constantValue() instanceof String text) {
                    lastText = text;
                } else if (element instanceof LoadInstruction) {
                    lastTable = null; // a table from a variable: the rule cannot name it
                } else if (element instanceof InvokeInstruction invoke) {
                    String owner = invoke.owner().asInternalName();
                    String name = invoke.name().stringValue();
                    String where = method.methodName().stringValue();
                    if (DSL_OWNERS.contains(owner) && WRITE_STARTERS.contains(name)) {
                        writes.add(new Write(where, lastTable));
                    } else if (DSL_OWNERS.contains(owner) && (name.equals("execute") || name.equals("query"))
                            && invoke.typeSymbol().descriptorString().startsWith("(Ljava/lang/String;")) {
                        Matcher sql = PLAIN_SQL_WRITE.matcher(lastText == null ? "" : lastText);
                        writes.add(new Write(where, sql.find() ? sql.group(1).toLowerCase(Locale.ROOT) : null));
                    } else if (owner.startsWith("se/tryggalov/jooq/tables/records/") && RECORD_WRITES.contains(name)) {
                        writes.add(new Write(where, tableOf(owner.replace('/', '.')).orElseThrow()));
                    } else if (owner.startsWith("org/jooq/") && owner.endsWith("Record") && RECORD_WRITES.contains(name)) {
                        writes.add(new Write(where, null)); // a record whose table the call does not show
                    }
                    lastTable = null; // a call's result (an alias, a helper's table) is no generated table
                }
            }
        }
        return writes;
    }

    private static byte[] bytes(String className) {
        try (InputStream in = TableOwnershipTest.class.getClassLoader()
                .getResourceAsStream(className.replace('.', '/') + ".class")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean ownedBy(String table, String packageName) {
        String owner = OWNERS.get(table);
        return owner != null && (packageName.equals(owner) || packageName.startsWith(owner + "."));
    }

    private static String topLevel(String className) {
        int nested = className.indexOf('$');
        return nested < 0 ? className : className.substring(0, nested);
    }
}
