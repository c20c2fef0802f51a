package se.tryggalov.coverage;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.tryggalov.activity.ActivityService;
import se.tryggalov.activity.ActivityType;
import se.tryggalov.activity.Shift;
import se.tryggalov.activity.ShiftFilter;
import se.tryggalov.activity.ShiftRef;
import se.tryggalov.activity.ShiftStatus;
import se.tryggalov.activity.Staffing;
import se.tryggalov.calendar.CalendarItem;
import se.tryggalov.calendar.CalendarService;
import se.tryggalov.calendar.CoverageDefaults;
import se.tryggalov.calendar.ItemKind;
import se.tryggalov.calendar.SchoolYear;
import se.tryggalov.calendar.YearPlan;
import se.tryggalov.partner.Contact;
import se.tryggalov.partner.DistrictRef;
import se.tryggalov.partner.OrganisationDetail;
import se.tryggalov.partner.PartnerService;
import se.tryggalov.place.District;
import se.tryggalov.place.PlaceService;
import se.tryggalov.place.Venue;
import se.tryggalov.roster.ShiftCrew;
import se.tryggalov.roster.RosterScope;
import se.tryggalov.roster.ShiftCrewService;
import se.tryggalov.roster.SolveJob;
import se.tryggalov.roster.SolveJobService;
import se.tryggalov.shared.i18n.Translations;
import se.tryggalov.shared.mail.Outbox;
import java.util.Locale;
import se.tryggalov.security.Account;
import se.tryggalov.security.CurrentUser;
import se.tryggalov.security.PersonAccounts;
import se.tryggalov.security.Role;
import se.tryggalov.shared.audit.AuditAction;
import se.tryggalov.shared.audit.AuditLog;
import se.tryggalov.shared.i18n.UserMessageException;
import se.tryggalov.shared.time.Zones;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The one coverage read model: per evening and district, the need the risk level gives and what covers it
 * (volunteers' groups, paid staff's groups, organisations' commitments), and the gaps. It reads through the owning
 * features' services (calendar, places, activities, roster, partners), never their tables. The dashboard, the
 * youth centres' and partners' view, the overview and the exports are all built from it.
 * <p>
 * Who sees what: coordinators and administrators everything; a viewer (a youth centre) the districts their
 * organisation works in (all when it lists none), with the venues in them; a partner contact the groups of their
 * own organisation's activities and its commitments, and a group's lead only when the lead belongs to their
 * organisation. Every list that shows a lead's name and phone is logged.
 */
@Service
public class CoverageService {

    /** An evening is still "tonight" until this hour of the next morning. */
    static final int NIGHT_ENDS_AT = 6;
    /** The viewer's list covers at most this many evenings at once (the longest break fits). */
    static final int MAX_EVENINGS = 100;
    /** "High risk" for fairness and the overview: risk 4 and 5. */
    public static final int HIGH_RISK = 4;

    private final ActivityService activities;
    private final SolveJobService solveJobs;
    private final Outbox outbox;
    private final Translations translations;
    private final CalendarService calendar;
    private final PlaceService places;
    private final PartnerService partners;
    private final ShiftCrewService crews;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;
    private final PersonAccounts personAccounts;

    CoverageService(ActivityService activities, CalendarService calendar, PlaceService places,
                    PartnerService partners, ShiftCrewService crews, CurrentUser currentUser, AuditLog audit,
                    Clock clock, SolveJobService solveJobs, Outbox outbox, Translations translations,
                    PersonAccounts personAccounts) {
        this.personAccounts = personAccounts;
        this.activities = activities;
        this.solveJobs = solveJobs;
        this.outbox = outbox;
        this.translations = translations;
        this.calendar = calendar;
        this.places = places;
        this.partners = partners;
        this.crews = crews;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    // ---- periods ------------------------------------------------------------------------------------------------

    /** A period to look at: a break or key date of a school year, or the whole year ({@code item} null). */
    public record Period(SchoolYear year, CalendarItem item, LocalDate firstDay, LocalDate lastDay) {
    }

    /** Today's evening in Stockholm: until 06:00 the evening that began yesterday. */
    public LocalDate tonight() {
        LocalDateTime now = LocalDateTime.now(clock.withZone(Zones.STOCKHOLM));
        return now.getHour() < NIGHT_ENDS_AT ? now.toLocalDate().minusDays(1) : now.toLocalDate();
    }

    /** The breaks and raised-risk key dates of the year, in date order: what the period choosers offer. */
    @Transactional(readOnly = true)
    public List<CalendarItem> periods(SchoolYear year) {
        return calendar.plan(year).map(p -> p.items().stream().filter(CalendarItem::isPlanningPeriod)
                        .sorted(Comparator.comparing(CalendarItem::firstDay)).toList())
                .orElse(List.of());
    }

    /** The period of a calendar item (null: the whole school year). */
    @Transactional(readOnly = true)
    public Period period(SchoolYear year, Long calendarItemId) {
        YearPlan plan = plan(year);
        if (calendarItemId == null) {
            return new Period(year, null, plan.wheelStart(), plan.wheelEnd());
        }
        CalendarItem item = plan.items().stream().filter(i -> i.id() == calendarItemId)
                .filter(i -> i.kind() != ItemKind.MEETING).findFirst()
                .orElseThrow(() -> new UserMessageException("error.notFound"));
        return new Period(year, item, item.firstDay(), item.lastDay());
    }

    /** The next break or raised-risk date that has not ended, from today (this school year or the next). */
    @Transactional(readOnly = true)
    public Optional<Period> nextPeriod() {
        LocalDate today = LocalDate.now(clock.withZone(Zones.STOCKHOLM));
        SchoolYear current = calendar.currentYear();
        for (SchoolYear year : List.of(current, current.next())) {
            Optional<CalendarItem> next = periods(year).stream().filter(i -> !i.lastDay().isBefore(today))
                    .filter(i -> i.kind() == ItemKind.BREAK || !i.firstDay().isBefore(today)).findFirst();
            if (next.isPresent()) {
                return Optional.of(new Period(year, next.get(), next.get().firstDay(), next.get().lastDay()));
            }
        }
        return Optional.empty();
    }

    // ---- the grid -----------------------------------------------------------------------------------------------

    /** The read model of a break or key date, or of the school year when {@code calendarItemId} is null. */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    @Transactional(readOnly = true)
    public CoverageGrid grid(SchoolYear year, Long calendarItemId) {
        Period period = period(year, calendarItemId);
        return compute(year, calendarItemId, period.firstDay(), period.lastDay(), null,
                shifts(year, period.firstDay(), period.lastDay()), calendarItemId == null);
    }

    /** The read model of a date range inside one school year, optionally for some districts only. */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    @Transactional(readOnly = true)
    public CoverageGrid grid(SchoolYear year, LocalDate first, LocalDate last, Set<Long> districtIds) {
        checkRange(year, first, last);
        return compute(year, null, first, last, districtIds, shifts(year, first, last), false);
    }

    private YearPlan plan(SchoolYear year) {
        return calendar.plan(year).orElseThrow(() -> new UserMessageException("coverage.error.yearNotPlanned",
                year.label()));
    }

    private void checkRange(SchoolYear year, LocalDate first, LocalDate last) {
        if (year == null || first == null || last == null) {
            throw new UserMessageException("coverage.error.datesRequired");
        }
        if (last.isBefore(first) || !year.contains(first) || !year.contains(last)) {
            throw new UserMessageException("coverage.error.badRange");
        }
    }

    /** The shifts that cover evenings: a training evening (a course indoors) covers nothing and needs nothing. */
    private List<Shift> shifts(SchoolYear year, LocalDate first, LocalDate last) {
        return activities.shifts(ShiftFilter.year(year).withDates(first, last)).stream()
                .filter(s -> s.type() != ActivityType.TRAINING).toList();
    }

    /**
     * The cells of the dates and districts ({@code districtIds} null or empty = all). With {@code skipQuiet} only the
     * evenings that need something or have something planned (the school year has many quiet ones).
     */
    private CoverageGrid compute(SchoolYear year, Long calendarItemId, LocalDate first, LocalDate last,
                                 Set<Long> districtIds, List<Shift> shifts, boolean skipQuiet) {
        YearPlan plan = plan(year);
        CoverageDefaults defaults = CoverageDefaults.standard();
        List<CoverageGrid.District> districts = places.districts().stream()
                .filter(d -> districtIds == null || districtIds.isEmpty() || districtIds.contains(d.id()))
                .map(d -> new CoverageGrid.District(d.id(), d.name())).toList();
        Set<Long> shown = districts.stream().map(CoverageGrid.District::id).collect(Collectors.toSet());
        Map<LocalDate, Map<Long, List<Shift>>> byCell = new HashMap<>();
        Map<Long, Tally> tallies = new LinkedHashMap<>();
        for (Shift s : shifts) {
            if (s.status() == ShiftStatus.CANCELLED || !shown.contains(s.districtId())
                    || s.day().isBefore(first) || s.day().isAfter(last)) {
                continue;
            }
            byCell.computeIfAbsent(s.day(), k -> new HashMap<>())
                    .computeIfAbsent(s.districtId(), k -> new ArrayList<>()).add(s);
            if (s.organisationId() != null) {
                tallies.computeIfAbsent(s.organisationId(), k -> new Tally(s.organisationName())).add(s);
            }
        }
        List<LocalDate> days = new ArrayList<>();
        List<CoverageCell> cells = new ArrayList<>();
        for (LocalDate date : first.datesUntil(last.plusDays(1)).toList()) {
            int risk = plan.day(date).riskLevel();
            int need = defaults.groupsFor(risk);
            Map<Long, List<Shift>> ofDay = byCell.getOrDefault(date, Map.of());
            if (skipQuiet && need == 0 && ofDay.isEmpty()) {
                continue;
            }
            days.add(date);
            for (CoverageGrid.District d : districts) {
                cells.add(cell(date, d, risk, need, ofDay.getOrDefault(d.id(), List.of())));
            }
        }
        List<CoverageGrid.Contribution> contributions = tallies.entrySet().stream()
                .map(e -> e.getValue().contribution(e.getKey()))
                .sorted(Comparator.comparingDouble(CoverageGrid.Contribution::hours).reversed()
                        .thenComparing(CoverageGrid.Contribution::organisationName))
                .toList();
        return new CoverageGrid(year, calendarItemId, first, last, districts, days, cells, contributions);
    }

    /** One cell: {@code need} is the risk table's; the cell's need is that or the units planned, if more. */
    static CoverageCell cell(LocalDate date, CoverageGrid.District district, int risk, int need, List<Shift> shifts) {
        int volunteers = 0;
        int staff = 0;
        int commitments = 0;
        int shortGroups = 0;
        int emptyGroups = 0;
        int seatsNeeded = 0;
        int seatsBooked = 0;
        List<ShiftRef> openable = new ArrayList<>();
        for (Shift s : shifts) {
            if (s.staffing() == Staffing.ORGANISATION) {
                commitments++;
                continue;
            }
            seatsNeeded += s.peopleNeeded();
            seatsBooked += Math.min(s.assignedCount(), s.peopleNeeded());
            if (walks(s)) {
                if (s.type() == ActivityType.NIGHT_WALK) {
                    volunteers++;
                } else {
                    staff++;
                }
            } else if (s.assignedCount() > 0) {
                shortGroups++;
            } else {
                emptyGroups++;
            }
            if (s.status() == ShiftStatus.DRAFT && s.assignedCount() < s.peopleNeeded()) {
                openable.add(s.ref());
            }
        }
        // the plan is the municipality's own statement of need: a planned group nobody walks in is a gap too
        int planned = commitments + volunteers + staff + shortGroups + emptyGroups;
        return new CoverageCell(date, district.id(), district.name(), risk, Math.max(need, planned), volunteers,
                staff, commitments, shortGroups, emptyGroups, seatsNeeded, seatsBooked, openable);
    }

    /** A group staffed by people walks when its minimum is reached. */
    static boolean walks(Shift s) {
        return s.assignedCount() >= Math.max(1, s.minSize());
    }

    /** Sums one organisation's part while the grid is built. */
    private static final class Tally {
        private final String name;
        private final Set<LocalDate> evenings = new TreeSet<>();
        private int units;
        private long minutes;

        Tally(String name) {
            this.name = name;
        }

        void add(Shift s) {
            long length = s.duration().toMinutes();
            if (s.staffing() == Staffing.ORGANISATION) {
                units++;
                minutes += length;
                evenings.add(s.day());
            } else if (walks(s)) {
                units++;
                minutes += length * s.assignedCount();
                evenings.add(s.day());
            }
        }

        CoverageGrid.Contribution contribution(long organisationId) {
            return new CoverageGrid.Contribution(organisationId, name, evenings.size(), units,
                    Math.round(minutes / 6.0) / 10.0);
        }
    }

    // ---- who covers: the youth centres' and partners' view --------------------------------------------------------

    /** What the caller may see: everything, some districts (a viewer), their organisation (a partner contact). */
    record Reader(boolean everyone, Set<Long> districts, Long organisationId) {

        static final Reader NOBODY = new Reader(false, Set.of(), null);

        boolean nobody() {
            return !everyone && districts.isEmpty() && organisationId == null;
        }

        boolean seesDistrict(long districtId) {
            return everyone || districts.contains(districtId);
        }

        boolean seesShift(Shift s) {
            return seesDistrict(s.districtId())
                    || (organisationId != null && organisationId.equals(s.organisationId()));
        }

        boolean seesLead(Shift s, ShiftCrew crew) {
            return seesDistrict(s.districtId())
                    || (organisationId != null && crew.leadOrganisationIds().contains(organisationId));
        }
    }

    Reader reader() {
        Optional<Account> me = currentUser.account();
        if (me.isEmpty()) {
            return Reader.NOBODY;
        }
        Account account = me.get();
        if (account.roles().contains(Role.ADMIN) || account.roles().contains(Role.COORDINATOR)) {
            return new Reader(true, Set.of(), null);
        }
        Set<Long> districts = Set.of();
        if (account.roles().contains(Role.VIEWER) && account.organisationId() != null) {
            districts = partners.organisation(account.organisationId())
                    .map(o -> o.districts().isEmpty()
                            ? places.districts().stream().map(District::id).collect(Collectors.toSet())
                            : o.districts().stream().map(DistrictRef::id).collect(Collectors.toSet()))
                    .orElse(Set.of());
        }
        Long organisation = account.roles().contains(Role.PARTNER_CONTACT) ? account.organisationId() : null;
        return new Reader(false, Set.copyOf(districts), organisation);
    }

    /** Tonight's evening (see {@link #tonight()}) as the caller may see it. */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN, Role.Names.PARTNER_CONTACT, Role.Names.VIEWER})
    @Transactional
    public EveningCover tonightsCover() {
        LocalDate tonight = tonight();
        return evenings(tonight, tonight).stream().findFirst()
                .orElse(new EveningCover(tonight, 0, List.of()));
    }

    /**
     * The evenings from {@code first} to {@code last} (both inclusive, one school year, at most 100) with who
     * covers the caller's districts and organisation. Showing leads is logged.
     */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN, Role.Names.PARTNER_CONTACT, Role.Names.VIEWER})
    @Transactional
    public List<EveningCover> evenings(LocalDate first, LocalDate last) {
        if (first == null || last == null) {
            throw new UserMessageException("coverage.error.datesRequired");
        }
        SchoolYear year = SchoolYear.containing(first);
        checkRange(year, first, last);
        if (first.datesUntil(last.plusDays(1)).count() > MAX_EVENINGS) {
            throw new UserMessageException("coverage.error.badRange");
        }
        Reader reader = reader();
        if (reader.nobody() || calendar.plan(year).isEmpty()) {
            return List.of();
        }
        List<Shift> all = shifts(year, first, last);
        List<Shift> visible = all.stream().filter(s -> s.status() != ShiftStatus.CANCELLED)
                .filter(reader::seesShift).toList();
        Set<Long> districtIds = new HashSet<>(reader.districts());
        visible.forEach(s -> districtIds.add(s.districtId()));
        if (!reader.everyone() && districtIds.isEmpty()) {
            return List.of();
        }
        CoverageGrid grid = compute(year, null, first, last, reader.everyone() ? null : districtIds,
                reader.everyone() ? all : all.stream().filter(s -> districtIds.contains(s.districtId())).toList(),
                false);
        Map<Long, ShiftCrew> crewOf = crews.crews(visible.stream().filter(s -> s.staffing() == Staffing.PEOPLE)
                .map(Shift::id).toList());
        Map<Long, Contact> contactOf = new HashMap<>();
        for (OrganisationDetail o : partners.organisationDetails()) {
            o.contacts().stream().min(Comparator.comparingInt(Contact::sortOrder))
                    .ifPresent(c -> contactOf.put(o.id(), c));
        }
        Map<LocalDate, Map<Long, List<Shift>>> byCell = visible.stream().collect(Collectors.groupingBy(Shift::day,
                Collectors.groupingBy(Shift::districtId)));
        Set<Long> leadsShown = new HashSet<>();
        List<EveningCover> evenings = new ArrayList<>();
        for (LocalDate date : grid.days()) {
            List<EveningCover.DistrictCover> covers = new ArrayList<>();
            int risk = 0;
            for (CoverageGrid.District d : grid.districts()) {
                CoverageCell cell = grid.cell(date, d.id()).orElseThrow();
                risk = cell.riskLevel();
                List<Shift> here = byCell.getOrDefault(date, Map.of()).getOrDefault(d.id(), List.of()).stream()
                        .sorted(Comparator.comparing(Shift::startsAt).thenComparing(Shift::activityTitle)
                                .thenComparingInt(Shift::groupNo)).toList();
                List<EveningCover.GroupCover> groups = new ArrayList<>();
                Map<String, EveningCover.CommitmentCover> commitments = new LinkedHashMap<>();
                for (Shift s : here) {
                    if (s.staffing() == Staffing.ORGANISATION) {
                        String key = s.organisationId() + "|" + s.type() + "|" + s.startsAt() + "|" + s.endsAt();
                        Contact contact = s.organisationId() == null ? null : contactOf.get(s.organisationId());
                        EveningCover.CommitmentCover known = commitments.get(key);
                        commitments.put(key, new EveningCover.CommitmentCover(
                                s.organisationId() == null ? 0 : s.organisationId(), s.organisationName(), s.type(),
                                known == null ? 1 : known.units() + 1, s.startsAt(), s.endsAt(),
                                contact == null ? null : contact.name(), contact == null ? null : contact.phone()));
                        continue;
                    }
                    ShiftCrew crew = crewOf.getOrDefault(s.id(), new ShiftCrew(s.id(), 0, 0, null, null, null,
                            Set.of(), null));
                    boolean lead = crew.hasLead() && reader.seesLead(s, crew);
                    if (lead) {
                        leadsShown.add(crew.leadUserId());
                    }
                    String gathering = crew.meetingPoint() != null ? crew.meetingPoint()
                            : s.venueName();
                    groups.add(new EveningCover.GroupCover(s.id(), s.organisationName(), s.activityTitle(),
                            s.type(), s.groupNo(), s.startsAt(), s.endsAt(), gathering, s.assignedCount(),
                            s.minSize(), walks(s), lead ? crew.leadName() : null, lead ? crew.leadPhone() : null));
                }
                covers.add(new EveningCover.DistrictCover(d.id(), d.name(), cell, groups,
                        List.copyOf(commitments.values())));
            }
            evenings.add(new EveningCover(date, risk, covers));
        }
        if (!leadsShown.isEmpty()) {
            audit.record(AuditAction.PERSON_LIST_VIEWED, "coverage", first + ".." + last,
                    "leads count=" + leadsShown.size());
        }
        return evenings;
    }

    /** The districts the caller may pick a venue in, with their venues (for the printable sheet). */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN, Role.Names.PARTNER_CONTACT, Role.Names.VIEWER})
    @Transactional(readOnly = true)
    public List<Venue> venues() {
        Reader reader = reader();
        return places.venues().stream().filter(v -> reader.seesDistrict(v.districtId())).toList();
    }

    /** The evenings of a period for one venue's district, for the sheet on the venue's notice board. */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN, Role.Names.PARTNER_CONTACT, Role.Names.VIEWER})
    @Transactional
    public VenueSheet venueSheet(long venueId, SchoolYear year, long calendarItemId) {
        Venue venue = places.venue(venueId).filter(v -> reader().seesDistrict(v.districtId()))
                .orElseThrow(() -> new UserMessageException("error.notFound"));
        Period period = period(year, calendarItemId);
        LocalDate last = period.lastDay();
        if (period.firstDay().datesUntil(last.plusDays(1)).count() > MAX_EVENINGS) {
            last = period.firstDay().plusDays(MAX_EVENINGS - 1);
        }
        List<EveningCover> evenings = evenings(period.firstDay(), last).stream()
                .map(e -> new EveningCover(e.date(), e.riskLevel(), e.districts().stream()
                        .filter(d -> d.districtId() == venue.districtId()).toList()))
                .toList();
        return new VenueSheet(venue, period, evenings);
    }

    /** A venue's sheet: the venue, the period and its evenings (its district only). */
    public record VenueSheet(Venue venue, Period period, List<EveningCover> evenings) {
    }

    // ---- fairness and the gap actions -----------------------------------------------------------------------------

    /**
     * How the period's evenings spread over people (no names): how many are on the roster, the median and most
     * evenings per person, and how many carry the high-risk evenings (risk 4–5), at most how many each. The
     * distributions: {@code byEvenings.get(n - 1)} people have n evenings, {@code byHighRisk.get(n - 1)} people n
     * high-risk evenings (n from 1 to {@code maxEvenings}).
     */
    public record Fairness(int people, int medianEvenings, int maxEvenings, int highRiskPeople, int maxHighRisk,
                           List<Integer> byEvenings, List<Integer> byHighRisk) {

        public Fairness {
            byEvenings = List.copyOf(byEvenings);
            byHighRisk = List.copyOf(byHighRisk);
        }
    }

    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    @Transactional(readOnly = true)
    public Fairness fairness(LocalDate first, LocalDate last) {
        ShiftCrewService.Spread spread = crews.spread(first, last, HIGH_RISK);
        List<Integer> evenings = spread.evenings().stream().sorted().toList();
        int people = evenings.size();
        int max = people == 0 ? 0 : evenings.getLast();
        return new Fairness(people, people == 0 ? 0 : evenings.get((people - 1) / 2), max,
                (int) spread.highRiskEvenings().stream().filter(n -> n > 0).count(),
                spread.highRiskEvenings().stream().mapToInt(Integer::intValue).max().orElse(0),
                histogram(evenings, max), histogram(spread.highRiskEvenings(), max));
    }

    /** How many of the values are 1, 2, … {@code max} (index n - 1 for n). */
    private static List<Integer> histogram(List<Integer> values, int max) {
        int[] counts = new int[max];
        for (int v : values) {
            if (v >= 1 && v <= max) {
                counts[v - 1]++;
            }
        }
        return java.util.Arrays.stream(counts).boxed().toList();
    }

    /** Opens the gap's draft groups for volunteers' sign-up (all or nothing); returns how many were opened. */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    @Transactional
    public int openForSignup(CoverageCell gap) {
        if (gap == null || gap.openable().isEmpty()) {
            throw new UserMessageException("coverage.error.nothingToOpen");
        }
        return activities.setStatus(gap.openable(), ShiftStatus.OPEN);
    }

    /** Runs the solver on the gap's evening (every district of it), with a short time limit. */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    public SolveJob solveEvening(SchoolYear year, LocalDate evening) {
        return solveJobs.start(RosterScope.ofRange(year, evening, evening), SOLVE_SECONDS);
    }

    /** A short solve for one evening: a gap needs a quick answer, not the best roster of the year. */
    static final int SOLVE_SECONDS = 20;

    /** The organisations working in the district with a contact person who has an e-mail address. */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    @Transactional(readOnly = true)
    public List<OrganisationDetail> partnersToAsk(long districtId) {
        return partners.organisationDetails().stream().filter(o -> o.worksIn(districtId))
                .filter(o -> o.contacts().stream().anyMatch(c -> c.email() != null && !c.email().isBlank()))
                .toList();
    }

    /**
     * Asks an organisation, by e-mail through the outbox, whether it can cover the gap: to its first contact person
     * with an address, in the language the contact chose for their account (Swedish, the municipality's language,
     * for a contact without an account). Returns the contact's name.
     */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    @Transactional
    public String askPartner(long organisationId, CoverageCell gap) {
        OrganisationDetail organisation = partners.organisation(organisationId)
                .orElseThrow(() -> new UserMessageException("error.notFound"));
        Contact contact = organisation.contacts().stream().sorted(Comparator.comparingInt(Contact::sortOrder))
                .filter(c -> c.email() != null && !c.email().isBlank()).findFirst()
                .orElseThrow(() -> new UserMessageException("coverage.error.noContactEmail"));
        Locale language = contact.userId() == null ? Translations.SWEDISH
                : personAccounts.language(contact.userId()).orElse(Translations.SWEDISH);
        String me = currentUser.account().map(Account::displayName).orElse("");
        String subject = translations.get(language, "coverage.ask.subject", gap.districtName(), gap.date());
        String body = translations.get(language, "coverage.ask.body", contact.name(), gap.districtName(), gap.date(),
                gap.riskLevel(), gap.covered(), gap.need(), gap.gap(), me);
        outbox.enqueue(contact.userId(), contact.email(), subject, body);
        return contact.name();
    }
}
