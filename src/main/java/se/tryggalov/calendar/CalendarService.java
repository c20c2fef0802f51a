package se.tryggalov.calendar;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.tryggalov.place.PlaceService;
import se.tryggalov.security.Role;
import se.tryggalov.shared.audit.AuditAction;
import se.tryggalov.shared.audit.AuditLog;
import se.tryggalov.shared.i18n.UserMessageException;
import se.tryggalov.shared.validation.IdentityNumbers;
import se.tryggalov.shared.validation.Problem;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The school-year calendar. Everyone signed in reads it; coordinators (and administrators) change it. Rules
 * propose, coordinators confirm: regenerating updates proposals in place and never touches confirmed,
 * hand-made or imported items.
 */
@Service
public class CalendarService {

    static final LocalTime MEETING_START = LocalTime.of(13, 0);
    static final LocalTime MEETING_END = LocalTime.of(14, 30);
    static final int MAX_IMPORT_ITEMS = 2000;

    private final CalendarRepository calendar;
    private final PlaceService places;
    private final CalendarProposer proposer;
    private final SwedishHolidays holidays;
    private final AuditLog audit;
    private final Clock clock;

    CalendarService(CalendarRepository calendar, PlaceService places, AuditLog audit, Clock clock) {
        this.calendar = calendar;
        this.places = places;
        this.holidays = new SwedishHolidays();
        this.proposer = new CalendarProposer(holidays);
        this.audit = audit;
        this.clock = clock;
    }

    // ---- reading -------------------------------------------------------------------------------------------

    @PermitAll
    @Transactional(readOnly = true)
    public List<SchoolYear> years() {
        return calendar.years();
    }

    /** The school year that contains today (from 1 August), whether or not it is planned yet. */
    @PermitAll
    public SchoolYear currentYear() {
        return SchoolYear.containing(LocalDate.now(clock));
    }

    @PermitAll
    @Transactional(readOnly = true)
    public Optional<YearPlan> plan(SchoolYear year) {
        return calendar.year(year).map(this::toPlan);
    }

    /**
     * What is coming up from today: breaks, meetings and key dates of at least {@code minRisk}, across the school
     * year boundary, at most {@code limit} items.
     */
    @PermitAll
    @Transactional(readOnly = true)
    public List<CalendarItem> upcoming(int days, int minRisk, int limit) {
        LocalDate today = LocalDate.now(clock);
        LocalDate until = today.plusDays(days);
        SchoolYear current = currentYear();
        return java.util.stream.Stream.of(current, current.next())
                .map(calendar::year).flatMap(Optional::stream)
                .flatMap(row -> calendar.items(row.id()).stream())
                .filter(i -> !i.lastDay().isBefore(today) && !i.firstDay().isAfter(until))
                .filter(i -> i.kind() != ItemKind.KEY_DATE || (i.riskLevel() != null && i.riskLevel() >= minRisk))
                .sorted(java.util.Comparator.comparing(CalendarItem::firstDay))
                .limit(limit)
                .toList();
    }

    @PermitAll
    @Transactional(readOnly = true)
    public CalendarSettings settings() {
        return toSettings(calendar.settings());
    }

    // ---- settings ------------------------------------------------------------------------------------------

    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    @Transactional
    public void saveSettings(EasterBreakRule rule, Integer winterSportsWeek, DayOfWeek meetingDay, int expectedVersion) {
        if (rule == null || meetingDay == null) {
            throw new UserMessageException("calendar.error.required");
        }
        if (winterSportsWeek != null && (winterSportsWeek < 6 || winterSportsWeek > 11)) {
            throw new UserMessageException("calendar.error.winterSportsWeek");
        }
        if (meetingDay.getValue() > 5) {
            throw new UserMessageException("calendar.error.meetingDay");
        }
        if (!calendar.saveSettings(rule, winterSportsWeek, meetingDay, expectedVersion)) {
            throw new UserMessageException("error.changedByOthers");
        }
        audit.record(AuditAction.CALENDAR_CHANGED, "calendar_settings", 1, null);
    }

    // ---- proposals -----------------------------------------------------------------------------------------

    /**
     * Proposes the school year from the rules. Confirmed terms are kept and the proposal is built around them;
     * proposed items are updated in place, new ones added, obsolete proposals removed.
     */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    @Transactional
    public GenerationResult generate(SchoolYear year) {
        MunicipalityRules rules = rules();
        CalendarRepository.YearRow row = calendar.lockYear(year).orElseGet(() -> {
            calendar.insertYear(year, TermDates.defaultFor(year));
            return calendar.lockYear(year).orElseThrow();
        });
        TermDates terms = row.termsStatus() == ItemStatus.CONFIRMED ? row.terms() : TermDates.defaultFor(year);
        if (row.termsStatus() == ItemStatus.PROPOSED && !terms.equals(row.terms())) {
            calendar.updateTerms(row.id(), terms, ItemStatus.PROPOSED, row.version());
        }
        CalendarProposal proposal = proposer.propose(year, rules, terms);

        Map<String, ItemDraft> wanted = new java.util.LinkedHashMap<>();
        for (SchoolBreak b : proposal.breaks()) {
            wanted.put("BREAK:" + b.kind(), new ItemDraft(ItemKind.BREAK, b.kind().name(), null, b.firstDay(),
                    b.lastDay(), null, null, null, null, null, Set.of()));
        }
        for (KeyDate k : proposal.keyDates()) {
            wanted.put("KEY_DATE:" + k.kind() + ":" + k.date(), new ItemDraft(ItemKind.KEY_DATE, k.kind().name(), null,
                    k.date(), k.date(), k.riskLevel(), null, null, null, null, Set.of()));
        }
        for (Meeting m : proposal.meetings()) {
            wanted.put("MEETING:" + m.kind() + ":" + m.relatedBreak(), new ItemDraft(ItemKind.MEETING, m.kind().name(),
                    null, m.date(), m.date(), null, MEETING_START, MEETING_END, null, null, Set.of()));
        }

        List<CalendarItem> existing = calendar.items(row.id());
        Map<String, CalendarItem> byRule = new HashMap<>();
        existing.stream().filter(i -> i.ruleKey() != null).forEach(i -> byRule.put(i.ruleKey(), i));
        OffsetDateTime now = OffsetDateTime.now(clock);

        int removed = 0;
        List<Long> obsolete = new ArrayList<>();
        for (CalendarItem item : existing) {
            if (item.ruleKey() != null && item.status() == ItemStatus.PROPOSED && !wanted.containsKey(item.ruleKey())) {
                obsolete.add(item.id());
            }
        }
        if (!obsolete.isEmpty()) {
            calendar.deleteUnchecked(obsolete);
            removed = obsolete.size();
        }
        // Breaks that a coordinator owns (confirmed, hand-made, imported) block overlapping proposed breaks.
        List<CalendarItem> ownedBreaks = existing.stream()
                .filter(i -> i.kind() == ItemKind.BREAK && (i.confirmed() || i.ruleKey() == null)).toList();

        int created = 0;
        int updated = 0;
        int kept = 0;
        List<GenerationResult.Conflict> conflicts = new ArrayList<>();
        for (Map.Entry<String, ItemDraft> entry : wanted.entrySet()) {
            ItemDraft draft = entry.getValue();
            CalendarItem current = byRule.get(entry.getKey());
            if (current != null && current.confirmed()) {
                kept++;
                continue;
            }
            if (draft.kind() == ItemKind.BREAK) {
                Optional<CalendarItem> blocker = ownedBreaks.stream()
                        .filter(b -> current == null || b.id() != current.id())
                        .filter(b -> overlaps(b, draft)).findFirst();
                if (blocker.isPresent()) {
                    conflicts.add(new GenerationResult.Conflict("calendar.break." + draft.code(), draft.firstDay(),
                            draft.lastDay(), blocker.get()));
                    if (current != null) {
                        calendar.deleteUnchecked(List.of(current.id()));
                        removed++;
                    }
                    continue;
                }
            }
            if (current == null) {
                calendar.insertItem(row.id(), draft, ItemStatus.PROPOSED, ItemSource.RULE, entry.getKey());
                created++;
            } else if (!draft.equals(ItemDraft.of(current))) {
                calendar.updateItem(current.id(), draft, ItemStatus.PROPOSED, current.version(), now);
                updated++;
            }
        }
        audit.record(AuditAction.CALENDAR_GENERATED, "school_year", year.label(),
                "created=" + created + " updated=" + updated + " removed=" + removed);
        return new GenerationResult(year, created, updated, removed, kept, conflicts);
    }

    /** Confirms the terms and every proposal of the year. */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    @Transactional
    public int confirmAll(SchoolYear year) {
        CalendarRepository.YearRow row = calendar.lockYear(year)
                .orElseThrow(() -> new UserMessageException("calendar.error.noSuchYear", year.label()));
        calendar.confirmTerms(row.id());
        List<Long> proposed = calendar.items(row.id()).stream()
                .filter(i -> i.status() == ItemStatus.PROPOSED).map(CalendarItem::id).toList();
        int confirmed = proposed.isEmpty() ? 0 : calendar.confirm(proposed, OffsetDateTime.now(clock));
        audit.record(AuditAction.CALENDAR_CONFIRMED, "school_year", year.label(), "items=" + confirmed);
        return confirmed;
    }

    // ---- editing -------------------------------------------------------------------------------------------

    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    @Transactional
    public void updateTerms(SchoolYear year, TermDates terms, int expectedVersion) {
        CalendarRepository.YearRow row = calendar.lockYear(year)
                .orElseThrow(() -> new UserMessageException("calendar.error.noSuchYear", year.label()));
        validateTerms(year, terms);
        if (!calendar.updateTerms(row.id(), terms, ItemStatus.CONFIRMED, expectedVersion)) {
            throw new UserMessageException("error.changedByOthers");
        }
        audit.record(AuditAction.CALENDAR_CHANGED, "school_year", year.label(), "terms");
    }

    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    @Transactional
    public long create(SchoolYear year, ItemDraft draft) {
        CalendarRepository.YearRow row = calendar.lockYear(year)
                .orElseThrow(() -> new UserMessageException("calendar.error.noSuchYear", year.label()));
        ItemDraft clean = validate(year, draft, calendar.items(row.id()), null);
        long id = saving(() -> calendar.insertItem(row.id(), clean, ItemStatus.CONFIRMED, ItemSource.MANUAL, null));
        audit.record(AuditAction.CALENDAR_CHANGED, "calendar_item", id, "created");
        return id;
    }

    /** Saves a coordinator's edit; an edited proposal becomes confirmed. Refused if someone else saved first. */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    @Transactional
    public void update(long itemId, ItemDraft draft, int expectedVersion) {
        SchoolYear year = calendar.yearOfItem(itemId).orElseThrow(() -> new UserMessageException("error.notFound"));
        CalendarRepository.YearRow row = calendar.lockYear(year).orElseThrow();
        ItemDraft clean = validate(year, draft, calendar.items(row.id()), itemId);
        boolean saved = saving(() -> calendar.updateItem(itemId, clean, ItemStatus.CONFIRMED, expectedVersion,
                OffsetDateTime.now(clock)));
        if (!saved) {
            throw new UserMessageException("error.changedByOthers");
        }
        audit.record(AuditAction.CALENDAR_CHANGED, "calendar_item", itemId, "updated");
    }

    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    @Transactional
    public void confirm(long itemId) {
        if (calendar.item(itemId).isEmpty()) {
            throw new UserMessageException("error.notFound");
        }
        calendar.confirm(List.of(itemId), OffsetDateTime.now(clock));
        audit.record(AuditAction.CALENDAR_CONFIRMED, "calendar_item", itemId, null);
    }

    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    @Transactional
    public void delete(long itemId, int expectedVersion) {
        if (!calendar.delete(itemId, expectedVersion)) {
            throw new UserMessageException(calendar.item(itemId).isPresent() ? "error.changedByOthers" : "error.notFound");
        }
        audit.record(AuditAction.CALENDAR_CHANGED, "calendar_item", itemId, "deleted");
    }

    /**
     * Adds imported items to a school year, all or nothing: every draft is checked first (against the year and
     * against each other), and one bad draft leaves the calendar as it was.
     */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    @Transactional
    public int importItems(SchoolYear year, List<ItemDraft> drafts) {
        if (drafts.isEmpty()) {
            throw new UserMessageException("calendar.import.error.empty");
        }
        if (drafts.size() > MAX_IMPORT_ITEMS) {
            throw new UserMessageException("calendar.import.error.tooMany", MAX_IMPORT_ITEMS);
        }
        CalendarRepository.YearRow row = calendar.lockYear(year).orElseGet(() -> {
            calendar.insertYear(year, TermDates.defaultFor(year));
            return calendar.lockYear(year).orElseThrow();
        });
        List<CalendarItem> existing = new ArrayList<>(calendar.items(row.id()));
        List<ItemDraft> clean = new ArrayList<>();
        int line = 0;
        for (ItemDraft draft : drafts) {
            line++;
            try {
                ItemDraft checked = validate(year, draft, existing, null);
                clean.add(checked);
                existing.add(asItem(checked, row.id()));
            } catch (UserMessageException e) {
                throw new ImportRejectedException(line, e);
            }
        }
        for (ItemDraft draft : clean) {
            saving(() -> calendar.insertItem(row.id(), draft, ItemStatus.CONFIRMED, ItemSource.IMPORT, null));
        }
        audit.record(AuditAction.CALENDAR_IMPORTED, "school_year", year.label(), "items=" + clean.size());
        return clean.size();
    }

    // ---- feed ----------------------------------------------------------------------------------------------

    /**
     * A new secret for the subscription address, shown once: only its hash is stored, so the address cannot be
     * shown again, and the old one stops working (e.g. after it was shared too widely). Coordinators hand it on.
     */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    @Transactional
    public String renewFeedToken() {
        String secret = calendar.renewFeedToken();
        audit.record(AuditAction.CALENDAR_CHANGED, "calendar_settings", 1, "feed token renewed");
        return secret;
    }

    /**
     * The plans a subscription shows (this school year and the next), if the token is right. The year plan
     * holds no personal data, which is why a secret address may read it without signing in.
     */
    @Transactional(readOnly = true)
    public Optional<List<YearPlan>> plansForFeed(String token) {
        if (!calendar.feedTokenMatches(token)) {
            return Optional.empty();
        }
        SchoolYear current = currentYear();
        return Optional.of(java.util.stream.Stream.of(current.previous(), current, current.next())
                .map(calendar::year).flatMap(Optional::stream).map(this::toPlan).toList());
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    MunicipalityRules rules() {
        CalendarSettings settings = settings();
        return MunicipalityRules.forCounty(settings.county())
                .withEasterBreakRule(settings.easterBreakRule())
                .withWinterSportsBreakWeek(settings.winterSportsWeek())
                .withMeetingDay(settings.meetingDay());
    }

    private CalendarSettings toSettings(CalendarRepository.Settings s) {
        County county = places.municipality().map(m -> parseCounty(m.county())).orElse(County.STOCKHOLM);
        return new CalendarSettings(county, s.easterBreakRule(), s.winterSportsWeek(), s.meetingDay(), s.version());
    }

    private static County parseCounty(String code) {
        try {
            return County.valueOf(code);
        } catch (IllegalArgumentException | NullPointerException e) {
            return County.STOCKHOLM;
        }
    }

    private YearPlan toPlan(CalendarRepository.YearRow row) {
        return new YearPlan(row.id(), row.year(), row.terms(), row.termsStatus(), calendar.items(row.id()),
                holidays.between(row.year().firstDay(), row.year().lastDay()), RiskDefaults.standard(), row.version());
    }

    private static boolean overlaps(CalendarItem item, ItemDraft draft) {
        return !item.lastDay().isBefore(draft.firstDay()) && !draft.lastDay().isBefore(item.firstDay());
    }

    private static CalendarItem asItem(ItemDraft d, long yearId) {
        return new CalendarItem(-1, yearId, d.kind(), d.code(), d.title(), d.firstDay(), d.lastDay(), d.riskLevel(),
                d.startsAt(), d.endsAt(), d.location(), d.notes(), ItemStatus.CONFIRMED, ItemSource.IMPORT, null,
                d.invitedOrganisationIds(), 0);
    }

    private static void validateTerms(SchoolYear year, TermDates terms) {
        if (terms == null || terms.autumnStart() == null || terms.autumnEnd() == null || terms.springStart() == null
                || terms.springEnd() == null) {
            throw new UserMessageException("calendar.error.required");
        }
        if (terms.autumnStart().getYear() != year.startYear() || terms.springEnd().getYear() != year.endYear()) {
            throw new UserMessageException("calendar.error.termsOutsideYear", year.label());
        }
    }

    /** Checks a draft against the school year and its other items; returns it trimmed. */
    static ItemDraft validate(SchoolYear year, ItemDraft d, List<CalendarItem> others, Long selfId) {
        if (d == null || d.kind() == null || d.firstDay() == null || d.lastDay() == null) {
            throw new UserMessageException("calendar.error.required");
        }
        if (d.lastDay().isBefore(d.firstDay())) {
            throw new UserMessageException("calendar.error.endBeforeStart");
        }
        // The wheel year is 1 August to 31 July, but sommarlov runs until the autumn term starts in August.
        LocalDate from = year.firstDay();
        LocalDate to = year.lastDay().plusMonths(1);
        if (d.firstDay().isBefore(from) || d.lastDay().isAfter(to)) {
            throw new UserMessageException("calendar.error.outsideYear", year.label(), from, to);
        }
        String title = d.title() == null || d.title().isBlank() ? null : d.title().trim();
        if (title != null && title.length() > 150) {
            throw new UserMessageException("calendar.error.titleTooLong", 150);
        }
        // The plan is published without signing in (the feed): no identity number may reach it.
        for (String text : java.util.Arrays.asList(d.title(), d.location(), d.notes())) {
            Problem.refuse(IdentityNumbers.checkText(text));
        }
        String code = d.code() == null || d.code().isBlank() ? CalendarItem.CUSTOM : d.code().trim();
        if (!validCode(d.kind(), code)) {
            throw new UserMessageException("calendar.error.unknownCode", code);
        }
        if (CalendarItem.CUSTOM.equals(code) && title == null) {
            throw new UserMessageException("calendar.error.titleRequired");
        }
        Integer risk = d.riskLevel();
        if (risk != null && (risk < 0 || risk > 5)) {
            throw new UserMessageException("calendar.error.risk");
        }
        if (d.kind() == ItemKind.KEY_DATE && risk == null) {
            throw new UserMessageException("calendar.error.riskRequired");
        }
        if (d.kind() == ItemKind.BREAK && d.firstDay().plusDays(90).isBefore(d.lastDay())) {
            throw new UserMessageException("calendar.error.breakTooLong", 90);
        }
        if (d.kind() == ItemKind.MEETING) {
            if (!d.firstDay().equals(d.lastDay())) {
                throw new UserMessageException("calendar.error.meetingOneDay");
            }
            if (d.startsAt() != null && d.endsAt() != null && !d.endsAt().isAfter(d.startsAt())) {
                throw new UserMessageException("calendar.error.meetingEndsBeforeStart");
            }
        }
        if (d.location() != null && d.location().length() > 200) {
            throw new UserMessageException("calendar.error.locationTooLong", 200);
        }
        if (d.notes() != null && d.notes().length() > 2000) {
            throw new UserMessageException("calendar.error.notesTooLong", 2000);
        }
        if (d.kind() == ItemKind.BREAK) {
            for (CalendarItem other : others) {
                if (other.kind() == ItemKind.BREAK && (selfId == null || other.id() != selfId) && overlaps(other, d)) {
                    throw new UserMessageException("calendar.error.breakOverlap", other.firstDay(), other.lastDay());
                }
            }
        }
        Set<Long> invited = d.kind() == ItemKind.MEETING ? d.invitedOrganisationIds() : Set.of();
        return new ItemDraft(d.kind(), code, title, d.firstDay(), d.lastDay(), d.kind() == ItemKind.MEETING ? null : risk,
                d.kind() == ItemKind.MEETING ? d.startsAt() : null, d.kind() == ItemKind.MEETING ? d.endsAt() : null,
                blankToNull(d.location()), blankToNull(d.notes()), new HashSet<>(invited));
    }

    private static boolean validCode(ItemKind kind, String code) {
        if (CalendarItem.CUSTOM.equals(code)) {
            return true;
        }
        try {
            switch (kind) {
                case BREAK -> BreakKind.valueOf(code);
                case KEY_DATE -> KeyDateKind.valueOf(code);
                case MEETING -> MeetingKind.valueOf(code);
                case DAY_OFF -> {
                    return ItemKind.DAY_OFF.name().equals(code);
                }
            }
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static <T> T saving(java.util.function.Supplier<T> write) {
        try {
            return write.get();
        } catch (DataIntegrityViolationException e) { // a concurrent edit slipped past the checks above
            throw new UserMessageException("error.changedByOthers");
        }
    }
}
