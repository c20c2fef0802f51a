package se.tryggalov.followup;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.tryggalov.activity.ActivityService;
import se.tryggalov.activity.Shift;
import se.tryggalov.activity.ShiftFilter;
import se.tryggalov.activity.ShiftStatus;
import se.tryggalov.calendar.CalendarItem;
import se.tryggalov.calendar.CalendarService;
import se.tryggalov.calendar.ItemKind;
import se.tryggalov.calendar.SchoolYear;
import se.tryggalov.roster.WalkEvening;
import se.tryggalov.roster.WalkLogService;
import se.tryggalov.roster.WalkTally;
import se.tryggalov.security.Account;
import se.tryggalov.security.CurrentUser;
import se.tryggalov.security.Role;
import se.tryggalov.shared.audit.AuditAction;
import se.tryggalov.shared.audit.AuditLog;
import se.tryggalov.shared.i18n.Translations;
import se.tryggalov.shared.i18n.UserMessageException;
import se.tryggalov.shared.time.Zones;
import se.tryggalov.shared.validation.IdentityNumbers;
import se.tryggalov.shared.validation.PhoneNumbers;
import se.tryggalov.shared.validation.Problem;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * After a break: what was planned, staffed and done, hours, organisations, no-shows and what was observed, beside the
 * same break the two school years before, with the steering group's notes; the break report and the grant basis
 * per association and term as PDF. Reads through the owners' services (activity, roster, calendar).
 */
@Service
public class EvaluationService {

    static final int MAX_NOTES = 4000;

    private final CalendarService calendar;
    private final ActivityService activities;
    private final WalkLogService walkLogs;
    private final ObservationService observations;
    private final SituationService situation;
    private final EvaluationRepository evaluations;
    private final ActionPlanService actionPlan;
    private final se.tryggalov.partner.PartnerService partners;
    private final Translations translations;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    EvaluationService(CalendarService calendar, ActivityService activities, WalkLogService walkLogs,
                      ObservationService observations, SituationService situation, EvaluationRepository evaluations,
                      ActionPlanService actionPlan, se.tryggalov.partner.PartnerService partners,
                      Translations translations, CurrentUser currentUser, AuditLog audit, Clock clock) {
        this.calendar = calendar;
        this.activities = activities;
        this.walkLogs = walkLogs;
        this.observations = observations;
        this.situation = situation;
        this.evaluations = evaluations;
        this.actionPlan = actionPlan;
        this.partners = partners;
        this.translations = translations;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** The breaks that have begun, newest first (this and the last two school years). */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    @Transactional(readOnly = true)
    public List<CalendarItem> breaks() {
        LocalDate today = LocalDate.now(clock.withZone(Zones.STOCKHOLM));
        return situation.breaks().stream().filter(b -> !b.firstDay().isAfter(today)).toList();
    }

    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    @Transactional
    public Evaluation evaluation(long breakId) {
        CalendarItem brk = breakOf(breakId);
        List<Evaluation.Column> columns = new ArrayList<>();
        columns.add(column(SituationService.periodOf(brk)));
        SchoolYear year = SchoolYear.containing(brk.firstDay());
        for (SchoolYear earlier : List.of(year.previous(), year.previous().previous())) {
            sameBreak(earlier, brk.code()).ifPresent(b -> columns.add(column(SituationService.periodOf(b))));
        }
        return new Evaluation(brk.id(), brk.code(), columns, evaluations.notes(brk.id()).orElse(""));
    }

    /** Saves the notes on what worked; about the effort and places, never people (no identity or phone numbers). */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    @Transactional
    public void saveNotes(long breakId, String notes) {
        breakOf(breakId);
        String clean = notes == null ? "" : notes.strip();
        if (clean.length() > MAX_NOTES) {
            throw new UserMessageException("followup.evaluation.error.tooLong", MAX_NOTES);
        }
        Problem.refuse(IdentityNumbers.checkText(clean));
        Problem.refuse(PhoneNumbers.checkText(clean));
        evaluations.save(breakId, clean, currentUser.account().map(Account::id).orElse(null),
                OffsetDateTime.now(clock));
        audit.record(AuditAction.FOLLOWUP_CHANGED, "break_evaluation", breakId, "notes");
    }

    /** The grant basis of every association whose members walked night walks in the dates (a term). */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    @Transactional(readOnly = true)
    public GrantBasis grantBasis(LocalDate first, LocalDate last) {
        if (first == null || last == null || last.isBefore(first)) {
            throw new UserMessageException("followup.grant.error.dates");
        }
        LocalDate today = LocalDate.now(clock.withZone(Zones.STOCKHOLM));
        Map<Long, List<WalkEvening>> byOrganisation = new LinkedHashMap<>();
        for (WalkEvening e : walkLogs.evenings(first, last)) {
            byOrganisation.computeIfAbsent(e.organisationId(), k -> new ArrayList<>()).add(e);
        }
        List<GrantBasis.Association> associations = new ArrayList<>();
        byOrganisation.forEach((id, evenings) -> {
            List<WalkEvening> walked = evenings.stream().filter(e -> e.walkLogId() != null && e.present() > 0).toList();
            List<WalkEvening> lacking = evenings.stream().filter(e -> e.walkLogId() == null && e.day().isBefore(today))
                    .toList();
            if (!walked.isEmpty() || !lacking.isEmpty()) {
                associations.add(new GrantBasis.Association(id, evenings.getFirst().organisationName(), walked,
                        lacking));
            }
        });
        return new GrantBasis(first, last, associations);
    }

    /** The break report as a PDF: the evaluation, the situational picture of the break and the notes. */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    @Transactional
    public byte[] breakReport(long breakId, Locale locale) {
        CalendarItem brk = breakOf(breakId);
        Evaluation evaluation = evaluation(breakId);
        SituationPicture picture = situation.picture(SituationService.periodOf(brk));
        List<Measure> measures = actionPlan.measures().stream()
                .filter(m -> m.overlaps(brk.firstDay(), brk.lastDay())).toList();
        Map<Long, String> owners = new java.util.HashMap<>();
        partners.organisations().forEach(o -> owners.put(o.id(), o.name()));
        byte[] pdf = FollowupPdf.breakReport(brk, evaluation, picture, measures, owners, texts(locale),
                LocalDate.now(clock));
        audit.record(AuditAction.FOLLOWUP_CHANGED, "break_report", breakId, "pdf");
        return pdf;
    }

    /**
     * The yearly report of a school year as a PDF: the year beside the two before, each break of the year that has
     * begun, the year's situational picture by district against the year before, and the action plan's measures
     * during the year with their status.
     */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    @Transactional
    public byte[] yearReport(SchoolYear year, Locale locale) {
        LocalDate today = LocalDate.now(clock.withZone(Zones.STOCKHOLM));
        if (year == null || year.firstDay().isAfter(today)) {
            throw new UserMessageException("followup.report.error.year");
        }
        Period whole = Period.schoolYear(year.firstDay(), year.lastDay());
        List<Evaluation.Column> columns = new ArrayList<>();
        for (SchoolYear y : List.of(year, year.previous(), year.previous().previous())) {
            columns.add(column(Period.schoolYear(y.firstDay(), y.lastDay())));
        }
        Evaluation evaluation = new Evaluation(0, "SCHOOL_YEAR", columns, "");
        FollowupPdf.Texts texts = texts(locale);
        List<FollowupPdf.BreakLine> breaks = calendar.plan(year).stream()
                .flatMap(p -> p.itemsOf(ItemKind.BREAK).stream())
                .filter(b -> !b.firstDay().isAfter(today))
                .sorted(java.util.Comparator.comparing(CalendarItem::firstDay))
                .map(b -> new FollowupPdf.BreakLine(b.title() != null ? b.title() : texts.t(b.nameKey()),
                        column(SituationService.periodOf(b))))
                .toList();
        SituationPicture picture = situation.picture(whole);
        List<Measure> measures = actionPlan.measures().stream()
                .filter(m -> m.overlaps(year.firstDay(), year.lastDay())).toList();
        Map<Long, String> owners = new java.util.HashMap<>();
        partners.organisations().forEach(o -> owners.put(o.id(), o.name()));
        byte[] pdf = FollowupPdf.yearReport(year.label(), evaluation, breaks, picture, measures, owners, texts,
                today);
        audit.record(AuditAction.FOLLOWUP_CHANGED, "year_report", (long) year.startYear(), "pdf");
        return pdf;
    }

    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    @Transactional(readOnly = true)
    public byte[] grantBasisPdf(LocalDate first, LocalDate last, Locale locale) {
        return FollowupPdf.grantBasis(grantBasis(first, last), texts(locale), LocalDate.now(clock));
    }

    private FollowupPdf.Texts texts(Locale locale) {
        Locale supported = Translations.supported(locale);
        return new FollowupPdf.Texts(supported, (key, args) -> translations.get(supported, key, args));
    }

    private Evaluation.Column column(Period period) {
        List<Shift> shifts = activities.shifts(ShiftFilter.all().withDates(period.first(), period.last())
                .withStatuses(Set.of(ShiftStatus.DRAFT, ShiftStatus.OPEN, ShiftStatus.PUBLISHED)));
        int staffed = (int) shifts.stream().filter(s -> s.assignedCount() > 0 && s.assignedCount() >= s.minSize())
                .count();
        int logged = (int) walkLogs.evenings(period.first(), period.last()).stream()
                .filter(e -> e.walkLogId() != null).map(WalkEvening::shiftId).distinct().count();
        List<WalkTally> tally = walkLogs.tally(period.first(), period.last(), null);
        BigDecimal hours = tally.stream().map(WalkTally::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
        int noShows = tally.stream().mapToInt(WalkTally::noShows).sum();
        Map<ObservationCategory, Integer> byCategory = new EnumMap<>(ObservationCategory.class);
        int seen = 0;
        for (Observation o : observations.between(period.first(), period.last())) {
            byCategory.merge(o.category(), o.count(), Integer::sum);
            seen += o.count();
        }
        return new Evaluation.Column(period, shifts.size(), staffed, logged, hours,
                walkLogs.hoursPerOrganisation(period.first(), period.last()), noShows, seen, byCategory);
    }

    private CalendarItem breakOf(long breakId) {
        return situation.breaks().stream().filter(b -> b.id() == breakId).findFirst()
                .orElseThrow(() -> new UserMessageException("error.notFound"));
    }

    private Optional<CalendarItem> sameBreak(SchoolYear year, String code) {
        return calendar.plan(year).stream().flatMap(p -> p.itemsOf(ItemKind.BREAK).stream())
                .filter(b -> b.code().equals(code)).findFirst();
    }
}
