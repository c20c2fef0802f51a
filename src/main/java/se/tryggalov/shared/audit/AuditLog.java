package se.tryggalov.shared.audit;

import se.tryggalov.shared.privacy.PersonRef;
import java.util.Collection;
import java.util.function.UnaryOperator;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import se.tryggalov.shared.SecurityContexts;
import se.tryggalov.shared.validation.IpAddresses;
import se.tryggalov.shared.time.Zones;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static se.tryggalov.jooq.Tables.ACTIVITY;
import static se.tryggalov.jooq.Tables.APP_USER;
import static se.tryggalov.jooq.Tables.AUDIT_LOG;
import static se.tryggalov.jooq.Tables.DISTRICT;
import static se.tryggalov.jooq.Tables.SHIFT;

/**
 * Writes who did what to which record, and who read whose personal data. Details never repeat the personal
 * data itself. The entry joins the caller's transaction, so a change that rolls back leaves no trace claiming
 * it happened.
 */
@Component
public class AuditLog {

    private final DSLContext dsl;
    private final Clock clock;
    private final SecurityContexts contexts;

    AuditLog(DSLContext dsl, Clock clock, SecurityContexts contexts) {
        this.dsl = dsl;
        this.clock = clock;
        this.contexts = contexts;
    }

    /** An action by the signed-in user. */
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(AuditAction action, String subjectType, Object subjectId, String details) {
        String actor = contexts.authentication().map(Authentication::getName).orElse(null);
        recordFor(actor, null, action, subjectType, subjectId, details);
    }

    /** An action by a named actor (e.g. a login attempt, before anyone is signed in). */
    @Transactional(propagation = Propagation.REQUIRED)
    public void recordFor(String actorUsername, String clientAddress, AuditAction action, String subjectType,
                          Object subjectId, String details) {
        dsl.insertInto(AUDIT_LOG)
                .set(AUDIT_LOG.OCCURRED_AT, OffsetDateTime.now(clock))
                .set(AUDIT_LOG.ACTOR_USERNAME, actorUsername)
                .set(AUDIT_LOG.ACTOR_USER_ID, actorUsername == null ? null
                        : DSL.field(DSL.select(APP_USER.ID).from(APP_USER).where(APP_USER.USERNAME.eq(actorUsername))))
                .set(AUDIT_LOG.ACTION, action.name())
                .set(AUDIT_LOG.SUBJECT_TYPE, subjectType)
                .set(AUDIT_LOG.SUBJECT_ID, subjectId == null ? null : subjectId.toString())
                .set(AUDIT_LOG.DETAILS, details)
                // only an IP address is recorded as the client's address, whatever a proxy passed on
                .set(AUDIT_LOG.CLIENT_ADDRESS, IpAddresses.normalise(clientAddress).orElse(null))
                .execute();
    }

    /** The newest entries first, optionally only one action or one actor. Callers check the reader's role. */
    @Transactional(readOnly = true)
    public List<AuditEntry> search(AuditAction action, String actorUsername, int limit) {
        return search(AuditFilter.of(action, actorUsername), limit).entries();
    }

    /**
     * The newest entries that match every part of the filter, at most {@code limit}, and whether there are older
     * ones. Callers check the reader's role. A range whose end is before its start matches nothing.
     */
    @Transactional(readOnly = true)
    public AuditPage search(AuditFilter filter, int limit) {
        Condition condition = DSL.noCondition();
        if (filter.action() != null) {
            condition = condition.and(AUDIT_LOG.ACTION.eq(filter.action().name()));
        }
        if (filter.actor() != null) {
            condition = condition.and(AUDIT_LOG.ACTOR_USERNAME.containsIgnoreCase(filter.actor()));
        }
        if (filter.subjectType() != null) {
            condition = condition.and(AUDIT_LOG.SUBJECT_TYPE.eq(filter.subjectType()));
        }
        if (filter.subjectId() != null) {
            condition = condition.and(AUDIT_LOG.SUBJECT_ID.eq(filter.subjectId()));
        }
        if (filter.from() != null) {
            condition = condition.and(AUDIT_LOG.OCCURRED_AT.ge(startOf(filter.from())));
        }
        if (filter.to() != null) {
            condition = condition.and(AUDIT_LOG.OCCURRED_AT.lt(startOf(filter.to().plusDays(1))));
        }
        List<AuditEntry> entries = dsl.selectFrom(AUDIT_LOG).where(condition).orderBy(AUDIT_LOG.ID.desc())
                .limit(limit + 1)
                .fetch(r -> new AuditEntry(r.getId(), r.getOccurredAt(), r.getActorUsername(),
                        AuditAction.valueOf(r.getAction()), r.getSubjectType(), r.getSubjectId(), r.getDetails(),
                        r.getClientAddress()));
        boolean more = entries.size() > limit;
        return new AuditPage(more ? entries.subList(0, limit) : entries, limit, more);
    }

    /**
     * The names the entries refer to: the actors' and the persons' display names, and the shifts' district and day.
     * Callers check that the reader may see them (the audit log is for administrators).
     */
    @Transactional(readOnly = true)
    public AuditNames names(Collection<AuditEntry> entries) {
        Set<String> usernames = new HashSet<>();
        Set<Long> userIds = new HashSet<>();
        Set<Long> shiftIds = new HashSet<>();
        for (AuditEntry e : entries) {
            if (e.actorUsername() != null) {
                usernames.add(e.actorUsername());
            }
            Long subject = number(e.subjectId());
            if (subject != null && PERSON_SUBJECT_TYPES.contains(e.subjectType())) {
                userIds.add(subject);
            } else if (subject != null && "shift".equals(e.subjectType())) {
                shiftIds.add(subject);
            }
            AuditDetails details = AuditDetails.parse(e.details());
            details.addedPerson().ifPresent(userIds::add);
            shiftIds.addAll(details.shiftIds());
        }
        Map<String, String> byUsername = new HashMap<>();
        Map<Long, String> byUserId = new HashMap<>();
        if (!usernames.isEmpty() || !userIds.isEmpty()) {
            dsl.select(APP_USER.ID, APP_USER.USERNAME, APP_USER.DISPLAY_NAME).from(APP_USER)
                    .where(APP_USER.USERNAME.in(usernames).or(APP_USER.ID.in(userIds)))
                    .forEach(r -> {
                        byUsername.put(r.value2(), r.value3());
                        byUserId.put(r.value1(), r.value3());
                    });
        }
        Map<Long, AuditNames.ShiftName> shifts = new HashMap<>();
        if (!shiftIds.isEmpty()) {
            dsl.select(SHIFT.ID, DISTRICT.NAME, SHIFT.DAY).from(SHIFT)
                    .join(ACTIVITY).on(ACTIVITY.ID.eq(SHIFT.ACTIVITY_ID))
                    .join(DISTRICT).on(DISTRICT.ID.eq(ACTIVITY.DISTRICT_ID))
                    .where(SHIFT.ID.in(shiftIds))
                    .forEach(r -> shifts.put(r.value1(), new AuditNames.ShiftName(r.value2(), r.value3())));
        }
        return new AuditNames(Map.copyOf(byUsername), Map.copyOf(byUserId), Map.copyOf(shifts));
    }

    private static Long number(String text) {
        if (text == null || !text.matches("\\d{1,18}")) {
            return null;
        }
        return Long.parseLong(text);
    }

    /** The kinds of record the log names (user, venue, ...), for choosing one in a filter. */
    @Transactional(readOnly = true)
    public List<String> subjectTypes() {
        return dsl.selectDistinct(AUDIT_LOG.SUBJECT_TYPE).from(AUDIT_LOG).where(AUDIT_LOG.SUBJECT_TYPE.isNotNull())
                .orderBy(AUDIT_LOG.SUBJECT_TYPE).fetch(AUDIT_LOG.SUBJECT_TYPE);
    }

    private static OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(Zones.STOCKHOLM).toOffsetDateTime();
    }

    // --- personal data (for the privacy feature, which checks the caller's rights) ---------------------------------

    /** The subject types under which entries name a person by their user id. */
    static final List<String> PERSON_SUBJECT_TYPES = List.of("person", "user", "volunteer");

    /**
     * An entry of a personal-data export: one the person made ({@code ACTOR}) or one about them ({@code SUBJECT}:
     * then {@code actor} says who read or changed their data). JSON field names: keep them.
     */
    public record PersonalEntry(OffsetDateTime occurredAt, String role, String actor, String action,
                                String subjectType, String subjectId, String details, String clientAddress) {
    }

    /**
     * Entries the person made, and entries about them. The address the request came from is given only for their
     * own actions: for the others it is someone else's data.
     */
    @Transactional(readOnly = true)
    public List<PersonalEntry> entriesOf(PersonRef person) {
        Condition actor = actedAs(person);
        Condition subject = AUDIT_LOG.SUBJECT_TYPE.in(PERSON_SUBJECT_TYPES)
                .and(AUDIT_LOG.SUBJECT_ID.eq(String.valueOf(person.userId())));
        return dsl.select(AUDIT_LOG.OCCURRED_AT, DSL.field(actor).as("is_actor"), AUDIT_LOG.ACTOR_USERNAME,
                        AUDIT_LOG.ACTION, AUDIT_LOG.SUBJECT_TYPE, AUDIT_LOG.SUBJECT_ID, AUDIT_LOG.DETAILS,
                        AUDIT_LOG.CLIENT_ADDRESS)
                .from(AUDIT_LOG).where(actor.or(subject)).orderBy(AUDIT_LOG.ID)
                .fetch(r -> {
                    boolean isActor = Boolean.TRUE.equals(r.value2());
                    return new PersonalEntry(r.value1(), isActor ? "ACTOR" : "SUBJECT", r.value3(), r.value4(),
                            r.value5(), r.value6(), r.value7(), isActor ? r.value8() : null);
                });
    }

    /** The person's own entries now name {@code newUsername}, and no longer say where they came from. */
    @Transactional(propagation = Propagation.REQUIRED)
    public int renameActor(PersonRef person, String newUsername) {
        return dsl.update(AUDIT_LOG)
                .set(AUDIT_LOG.ACTOR_USERNAME, newUsername)
                .setNull(AUDIT_LOG.CLIENT_ADDRESS)
                .where(actedAs(person))
                .execute();
    }

    /** Rewrites details and subject ids that mention one of the needles (case-insensitive); the count changed. */
    @Transactional(propagation = Propagation.REQUIRED)
    public int scrub(Collection<String> needles, UnaryOperator<String> replace) {
        if (needles.isEmpty()) {
            return 0;
        }
        Condition anyHit = DSL.falseCondition();
        for (String needle : needles) {
            anyHit = anyHit.or(AUDIT_LOG.DETAILS.containsIgnoreCase(needle))
                    .or(AUDIT_LOG.SUBJECT_ID.containsIgnoreCase(needle));
        }
        int changed = 0;
        for (var row : dsl.select(AUDIT_LOG.ID, AUDIT_LOG.DETAILS, AUDIT_LOG.SUBJECT_ID).from(AUDIT_LOG)
                .where(anyHit).fetch()) {
            changed += dsl.update(AUDIT_LOG)
                    .set(AUDIT_LOG.DETAILS, row.value2() == null ? null : replace.apply(row.value2()))
                    .set(AUDIT_LOG.SUBJECT_ID, row.value3() == null ? null : replace.apply(row.value3()))
                    .where(AUDIT_LOG.ID.eq(row.value1())).execute();
        }
        return changed;
    }

    /** Their entries: by account, or by the name they typed to sign in (their username or e-mail address). */
    private static Condition actedAs(PersonRef person) {
        Condition condition = AUDIT_LOG.ACTOR_USER_ID.eq(person.userId())
                .or(DSL.lower(AUDIT_LOG.ACTOR_USERNAME).eq(person.username().toLowerCase()));
        return person.email() == null ? condition
                : condition.or(DSL.lower(AUDIT_LOG.ACTOR_USERNAME).eq(person.email().toLowerCase()));
    }
}
