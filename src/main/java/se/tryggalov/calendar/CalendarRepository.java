package se.tryggalov.calendar;

import se.tryggalov.shared.secrets.Secrets;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.Result;
import org.springframework.stereotype.Repository;
import se.tryggalov.jooq.tables.records.CalendarItemRecord;
import se.tryggalov.jooq.tables.records.SchoolYearRecord;

import java.time.DayOfWeek;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;
import static se.tryggalov.jooq.Tables.CALENDAR_ITEM;
import static se.tryggalov.jooq.Tables.CALENDAR_SETTINGS;
import static se.tryggalov.jooq.Tables.MEETING_INVITATION;
import static se.tryggalov.jooq.Tables.SCHOOL_YEAR;

/** The only writer of calendar_settings, school_year, calendar_item and meeting_invitation. */
@Repository
class CalendarRepository {

    private static final Field<Result<Record1<Long>>> INVITED = multiset(
            select(MEETING_INVITATION.ORGANISATION_ID).from(MEETING_INVITATION)
                    .where(MEETING_INVITATION.CALENDAR_ITEM_ID.eq(CALENDAR_ITEM.ID))).as("invited");

    private final DSLContext dsl;

    CalendarRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    record Settings(EasterBreakRule easterBreakRule, Integer winterSportsWeek, DayOfWeek meetingDay, int version) {
    }

    record YearRow(long id, SchoolYear year, TermDates terms, ItemStatus termsStatus, int version) {
    }

    /** The migration creates the single row. */
    Settings settings() {
        return dsl.selectFrom(CALENDAR_SETTINGS).fetchSingle(r -> new Settings(
                EasterBreakRule.valueOf(r.getEasterBreakRule()),
                r.getWinterSportsWeek() == null ? null : r.getWinterSportsWeek().intValue(),
                DayOfWeek.of(r.getMeetingDay()), r.getVersion()));
    }

    boolean saveSettings(EasterBreakRule rule, Integer winterSportsWeek, DayOfWeek meetingDay, int expectedVersion) {
        return dsl.update(CALENDAR_SETTINGS)
                .set(CALENDAR_SETTINGS.EASTER_BREAK_RULE, rule.name())
                .set(CALENDAR_SETTINGS.WINTER_SPORTS_WEEK, winterSportsWeek == null ? null : winterSportsWeek.shortValue())
                .set(CALENDAR_SETTINGS.MEETING_DAY, (short) meetingDay.getValue())
                .set(CALENDAR_SETTINGS.VERSION, CALENDAR_SETTINGS.VERSION.plus(1))
                .where(CALENDAR_SETTINGS.VERSION.eq(expectedVersion))
                .execute() == 1;
    }

    /** A new secret for the subscription address; only its hash is kept. Returns the secret (shown once). */
    String renewFeedToken() {
        String secret = Secrets.newSecret();
        dsl.update(CALENDAR_SETTINGS).set(CALENDAR_SETTINGS.FEED_TOKEN_HASH, Secrets.hash(secret)).execute();
        return secret;
    }

    boolean feedTokenMatches(String token) {
        return token != null && !token.isBlank()
                && dsl.fetchExists(CALENDAR_SETTINGS, CALENDAR_SETTINGS.FEED_TOKEN_HASH.eq(Secrets.hash(token)));
    }

    List<SchoolYear> years() {
        return dsl.select(SCHOOL_YEAR.START_YEAR).from(SCHOOL_YEAR).orderBy(SCHOOL_YEAR.START_YEAR)
                .fetch(r -> SchoolYear.of(r.value1()));
    }

    Optional<YearRow> year(SchoolYear year) {
        return dsl.selectFrom(SCHOOL_YEAR).where(SCHOOL_YEAR.START_YEAR.eq(year.startYear()))
                .fetchOptional(CalendarRepository::toYear);
    }

    /** Locks the year's row so that edits of its breaks and regeneration happen one at a time. */
    Optional<YearRow> lockYear(SchoolYear year) {
        return dsl.selectFrom(SCHOOL_YEAR).where(SCHOOL_YEAR.START_YEAR.eq(year.startYear())).forUpdate()
                .fetchOptional(CalendarRepository::toYear);
    }

    long insertYear(SchoolYear year, TermDates terms) {
        return dsl.insertInto(SCHOOL_YEAR)
                .set(SCHOOL_YEAR.START_YEAR, year.startYear())
                .set(SCHOOL_YEAR.AUTUMN_START, terms.autumnStart())
                .set(SCHOOL_YEAR.AUTUMN_END, terms.autumnEnd())
                .set(SCHOOL_YEAR.SPRING_START, terms.springStart())
                .set(SCHOOL_YEAR.SPRING_END, terms.springEnd())
                .returning(SCHOOL_YEAR.ID).fetchSingle(SCHOOL_YEAR.ID);
    }

    boolean updateTerms(long yearId, TermDates terms, ItemStatus status, int expectedVersion) {
        return dsl.update(SCHOOL_YEAR)
                .set(SCHOOL_YEAR.AUTUMN_START, terms.autumnStart())
                .set(SCHOOL_YEAR.AUTUMN_END, terms.autumnEnd())
                .set(SCHOOL_YEAR.SPRING_START, terms.springStart())
                .set(SCHOOL_YEAR.SPRING_END, terms.springEnd())
                .set(SCHOOL_YEAR.TERMS_STATUS, status.name())
                .set(SCHOOL_YEAR.VERSION, SCHOOL_YEAR.VERSION.plus(1))
                .where(SCHOOL_YEAR.ID.eq(yearId)).and(SCHOOL_YEAR.VERSION.eq(expectedVersion))
                .execute() == 1;
    }

    void confirmTerms(long yearId) {
        dsl.update(SCHOOL_YEAR).set(SCHOOL_YEAR.TERMS_STATUS, ItemStatus.CONFIRMED.name())
                .set(SCHOOL_YEAR.VERSION, SCHOOL_YEAR.VERSION.plus(1)).where(SCHOOL_YEAR.ID.eq(yearId)).execute();
    }

    List<CalendarItem> items(long yearId) {
        return dsl.select(CALENDAR_ITEM.asterisk(), INVITED).from(CALENDAR_ITEM)
                .where(CALENDAR_ITEM.SCHOOL_YEAR_ID.eq(yearId))
                .orderBy(CALENDAR_ITEM.FIRST_DAY, CALENDAR_ITEM.ID)
                .fetch(r -> toItem(r.into(CALENDAR_ITEM), r.get(INVITED)));
    }

    Optional<CalendarItem> item(long id) {
        return dsl.select(CALENDAR_ITEM.asterisk(), INVITED).from(CALENDAR_ITEM).where(CALENDAR_ITEM.ID.eq(id))
                .fetchOptional(r -> toItem(r.into(CALENDAR_ITEM), r.get(INVITED)));
    }

    Optional<SchoolYear> yearOfItem(long itemId) {
        return dsl.select(SCHOOL_YEAR.START_YEAR).from(SCHOOL_YEAR).join(CALENDAR_ITEM)
                .on(CALENDAR_ITEM.SCHOOL_YEAR_ID.eq(SCHOOL_YEAR.ID)).where(CALENDAR_ITEM.ID.eq(itemId))
                .fetchOptional(r -> SchoolYear.of(r.value1()));
    }

    long insertItem(long yearId, ItemDraft d, ItemStatus status, ItemSource source, String ruleKey) {
        long id = dsl.insertInto(CALENDAR_ITEM)
                .set(CALENDAR_ITEM.SCHOOL_YEAR_ID, yearId)
                .set(draftValues(d, status))
                .set(CALENDAR_ITEM.SOURCE, source.name())
                .set(CALENDAR_ITEM.RULE_KEY, ruleKey)
                .returning(CALENDAR_ITEM.ID).fetchSingle(CALENDAR_ITEM.ID);
        replaceInvitations(id, d.invitedOrganisationIds());
        return id;
    }

    /** Optimistic: only if nobody changed the item since {@code expectedVersion}. */
    boolean updateItem(long id, ItemDraft d, ItemStatus status, int expectedVersion, OffsetDateTime now) {
        boolean updated = dsl.update(CALENDAR_ITEM)
                .set(draftValues(d, status))
                .set(CALENDAR_ITEM.UPDATED_AT, now)
                .set(CALENDAR_ITEM.VERSION, CALENDAR_ITEM.VERSION.plus(1))
                .where(CALENDAR_ITEM.ID.eq(id)).and(CALENDAR_ITEM.VERSION.eq(expectedVersion))
                .execute() == 1;
        if (updated) {
            replaceInvitations(id, d.invitedOrganisationIds());
        }
        return updated;
    }

    /** The columns an item's draft and status set, the same for inserts and updates. */
    private static Map<Field<?>, Object> draftValues(ItemDraft d, ItemStatus status) {
        Map<Field<?>, Object> values = new LinkedHashMap<>();
        values.put(CALENDAR_ITEM.KIND, d.kind().name());
        values.put(CALENDAR_ITEM.CODE, d.code());
        values.put(CALENDAR_ITEM.TITLE, d.title());
        values.put(CALENDAR_ITEM.FIRST_DAY, d.firstDay());
        values.put(CALENDAR_ITEM.LAST_DAY, d.lastDay());
        values.put(CALENDAR_ITEM.RISK_LEVEL, d.riskLevel() == null ? null : d.riskLevel().shortValue());
        values.put(CALENDAR_ITEM.STARTS_AT, d.startsAt());
        values.put(CALENDAR_ITEM.ENDS_AT, d.endsAt());
        values.put(CALENDAR_ITEM.LOCATION, d.location());
        values.put(CALENDAR_ITEM.NOTES, d.notes());
        values.put(CALENDAR_ITEM.STATUS, status.name());
        return values;
    }

    int confirm(Collection<Long> ids, OffsetDateTime now) {
        return dsl.update(CALENDAR_ITEM).set(CALENDAR_ITEM.STATUS, ItemStatus.CONFIRMED.name())
                .set(CALENDAR_ITEM.UPDATED_AT, now).set(CALENDAR_ITEM.VERSION, CALENDAR_ITEM.VERSION.plus(1))
                .where(CALENDAR_ITEM.ID.in(ids)).and(CALENDAR_ITEM.STATUS.eq(ItemStatus.PROPOSED.name()))
                .execute();
    }

    boolean delete(long id, int expectedVersion) {
        return dsl.deleteFrom(CALENDAR_ITEM).where(CALENDAR_ITEM.ID.eq(id))
                .and(CALENDAR_ITEM.VERSION.eq(expectedVersion)).execute() == 1;
    }

    void deleteUnchecked(Collection<Long> ids) {
        dsl.deleteFrom(CALENDAR_ITEM).where(CALENDAR_ITEM.ID.in(ids)).execute();
    }

    private void replaceInvitations(long itemId, Set<Long> organisationIds) {
        dsl.deleteFrom(MEETING_INVITATION).where(MEETING_INVITATION.CALENDAR_ITEM_ID.eq(itemId)).execute();
        for (Long organisationId : organisationIds) {
            dsl.insertInto(MEETING_INVITATION).set(MEETING_INVITATION.CALENDAR_ITEM_ID, itemId)
                    .set(MEETING_INVITATION.ORGANISATION_ID, organisationId).execute();
        }
    }

    private static YearRow toYear(SchoolYearRecord r) {
        return new YearRow(r.getId(), SchoolYear.of(r.getStartYear()),
                new TermDates(r.getAutumnStart(), r.getAutumnEnd(), r.getSpringStart(), r.getSpringEnd()),
                ItemStatus.valueOf(r.getTermsStatus()), r.getVersion());
    }

    private static CalendarItem toItem(CalendarItemRecord r, Result<Record1<Long>> invited) {
        Set<Long> ids = new HashSet<>();
        invited.forEach(i -> ids.add(i.value1()));
        return new CalendarItem(r.getId(), r.getSchoolYearId(), ItemKind.valueOf(r.getKind()), r.getCode(),
                r.getTitle(), r.getFirstDay(), r.getLastDay(),
                r.getRiskLevel() == null ? null : r.getRiskLevel().intValue(), r.getStartsAt(), r.getEndsAt(),
                r.getLocation(), r.getNotes(), ItemStatus.valueOf(r.getStatus()), ItemSource.valueOf(r.getSource()),
                r.getRuleKey(), ids, r.getVersion());
    }

}
