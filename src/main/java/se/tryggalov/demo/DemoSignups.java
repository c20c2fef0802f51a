package se.tryggalov.demo;

import org.springframework.stereotype.Component;
import se.tryggalov.activity.ActivityService;
import se.tryggalov.activity.ActivityType;
import se.tryggalov.activity.Shift;
import se.tryggalov.activity.ShiftFilter;
import se.tryggalov.activity.ShiftRef;
import se.tryggalov.activity.ShiftStatus;
import se.tryggalov.activity.Staffing;
import se.tryggalov.availability.AvailabilityService;
import se.tryggalov.calendar.CalendarService;
import se.tryggalov.calendar.SchoolYear;
import se.tryggalov.roster.CheckInSheet;
import se.tryggalov.roster.RosterScope;
import se.tryggalov.roster.RosterService;
import se.tryggalov.roster.ShiftSignupService;
import se.tryggalov.roster.SignupRule;
import se.tryggalov.roster.WalkCategory;
import se.tryggalov.roster.WalkLogService;
import se.tryggalov.roster.WalkReport;
import se.tryggalov.security.Account;
import se.tryggalov.security.AccountService;
import se.tryggalov.shared.time.Zones;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Demo self-service: night walks of the coming two months open for sign-up (opening 60 days before), a filed walk
 * log from the last walk before today (three walkers, one who did not come), and two proposals waiting for the demo
 * volunteer's answer (published shifts the coordinator put them on). Everything goes
 * through the owners' services; runs as the system inside DemoData's transaction, after the plan.
 */
@Component
class DemoSignups {

    static final int OPEN_DAYS = 60;

    private final ActivityService activities;
    private final RosterService roster;
    private final ShiftSignupService signups;
    private final WalkLogService walkLogs;
    private final AccountService accounts;
    private final AvailabilityService availability;
    private final CalendarService calendar;
    private final Clock clock;

    DemoSignups(ActivityService activities, RosterService roster, ShiftSignupService signups, WalkLogService walkLogs,
                AccountService accounts, AvailabilityService availability, CalendarService calendar, Clock clock) {
        this.activities = activities;
        this.roster = roster;
        this.signups = signups;
        this.walkLogs = walkLogs;
        this.accounts = accounts;
        this.availability = availability;
        this.calendar = calendar;
        this.clock = clock;
    }

    void load() {
        LocalDate today = LocalDate.now(clock.withZone(Zones.STOCKHOLM));
        SchoolYear year = calendar.currentYear();
        Optional<Long> me = accounts.listAccounts().stream().filter(a -> a.username().equals("volunteer"))
                .map(Account::id).findFirst();
        List<Long> others = availability.activeDemoVolunteerIds().stream()
                .filter(id -> me.isEmpty() || !id.equals(me.get())).toList();
        List<Shift> walks = activities.shifts(new ShiftFilter(year, null, year.firstDay(), year.lastDay(), null, null,
                Set.of(ActivityType.NIGHT_WALK), null, null)).stream()
                .filter(s -> s.staffing() == Staffing.PEOPLE && s.status() != ShiftStatus.CANCELLED).toList();
        if (me.isEmpty() || others.size() < 3 || walks.isEmpty()) {
            return;
        }
        walkLog(walks, today, year, me.get(), others);
        openComing(walks, today);
        proposals(walks, today, me.get());
        training(walks.getFirst(), today, year);
    }

    /**
     * A basic course three weeks ahead (a training evening; attending it records basic training for three years),
     * open for sign-up like a shift. Left out when that evening falls outside the school year (the demo loads in one
     * transaction, so nothing here may be refused).
     */
    private void training(Shift anyWalk, LocalDate today, SchoolYear year) {
        LocalDate day = today.plusWeeks(3).with(java.time.temporal.TemporalAdjusters.nextOrSame(
                java.time.DayOfWeek.TUESDAY));
        if (day.isAfter(year.lastDay())) {
            return;
        }
        long id = activities.createActivity(new se.tryggalov.activity.ActivityDraft(year, null,
                ActivityType.TRAINING, se.tryggalov.activity.Purpose.PREVENTIVE, "Grundkurs för nattvandrare",
                anyWalk.organisationId(), anyWalk.districtId(), null, "Fritidsgården, samlingsrummet",
                "Grundutbildningen för nya nattvandrare: bemötande, säkerhet, när man ringer 112.", null));
        activities.addShift(id, new se.tryggalov.activity.ShiftDraft(day, java.time.LocalTime.of(18, 0),
                java.time.LocalTime.of(21, 0), null, 1, 10, 20, false, true, Set.of(), 1, ShiftStatus.OPEN,
                Staffing.PEOPLE));
        activities.setTrainingGrant(id, se.tryggalov.volunteer.QualificationKind.BASIC_TRAINING, 36,
                activities.activity(id).orElseThrow().version());
        signups.saveRule(new SignupRule(null, ActivityType.TRAINING.name(), null, true, OPEN_DAYS, false, 0));
    }

    /** The last walk before today, walked by the demo volunteer and two others (a third did not come), filed. */
    private void walkLog(List<Shift> walks, LocalDate today, SchoolYear year, long me, List<Long> others) {
        Optional<Shift> last = walks.stream().filter(s -> s.day().isBefore(today.minusDays(1)))
                .reduce((a, b) -> b);
        if (last.isEmpty()) {
            return;
        }
        Shift shift = last.get();
        for (long person : List.of(me, others.get(0), others.get(1), others.get(2))) {
            roster.addAtStartup(shift.id(), person);
        }
        roster.publish(RosterScope.ofRange(year, shift.day(), shift.day()));
        CheckInSheet sheet = walkLogs.sheet(shift.id());
        Set<Long> present = sheet.people().stream().map(CheckInSheet.Walker::assignmentId)
                .limit(sheet.people().size() - 1L).collect(Collectors.toSet());
        LocalDateTime start = shift.day().atTime(shift.startsAt());
        LocalDateTime end = shift.day().atTime(shift.endsAt());
        if (!end.isAfter(start)) {
            end = end.plusDays(1);
        }
        walkLogs.file(shift.id(), new WalkReport(present, start.plusMinutes(5), end.minusMinutes(10),
                "Alby centrum, tunnelbanestationen, Albys fritidsgård, gångtunneln mot Hallunda",
                Map.of(WalkCategory.GRAFFITI, 3, WalkCategory.BROKEN_GLASS, 2, WalkCategory.YOUTH_GATHERING, 1,
                        WalkCategory.MOPEDS, 2),
                "Lugnt överlag. Krossat glas vid busshållplatsen anmält till fastighetsägaren."));
    }

    /** Night walks of the coming weeks are open for sign-up from 60 days before. */
    private void openComing(List<Shift> walks, LocalDate today) {
        signups.saveRule(new SignupRule(null, ActivityType.NIGHT_WALK.name(), null, true, OPEN_DAYS, false, 0));
        List<ShiftRef> coming = walks.stream()
                .filter(s -> s.status() == ShiftStatus.DRAFT && !s.day().isBefore(today.plusDays(1))
                        && !s.day().isAfter(today.plusDays(OPEN_DAYS)))
                .map(s -> new ShiftRef(s.id(), s.version())).toList();
        if (!coming.isEmpty()) {
            activities.setStatus(coming, ShiftStatus.OPEN);
        }
    }

    /**
     * Two coming walks on different evenings, published, with the demo volunteer proposed on each by the
     * coordinator: proposals waiting for their answer under Mina pass.
     */
    private void proposals(List<Shift> walks, LocalDate today, long me) {
        Set<LocalDate> evenings = new HashSet<>();
        List<Shift> chosen = walks.stream()
                .filter(s -> s.day().isAfter(today.plusDays(2)) && s.status() != ShiftStatus.PUBLISHED)
                .filter(s -> evenings.add(s.day())).limit(2).toList();
        if (chosen.isEmpty()) {
            return;
        }
        // read again: opening the coming walks changed their versions
        List<ShiftRef> refs = chosen.stream().map(s -> activities.shift(s.id()).orElseThrow())
                .map(s -> new ShiftRef(s.id(), s.version())).toList();
        activities.setStatus(refs, ShiftStatus.PUBLISHED);
        chosen.forEach(s -> roster.addAtStartup(s.id(), me));
    }
}
