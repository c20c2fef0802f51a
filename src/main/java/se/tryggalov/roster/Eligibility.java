package se.tryggalov.roster;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one rule of who may take a shift themselves: the open-shift list and the sign-up both ask {@link #refusal},
 * the list with what it read once for all its shifts, the sign-up with what it read for one. Pure: no reads here.
 */
final class Eligibility {

    private Eligibility() {
    }

    /** A qualification the person holds, with its dates. */
    record Held(String kind, LocalDate obtainedOn, LocalDate expiresOn) {

        boolean validOn(LocalDate day) {
            return obtainedOn != null && !obtainedOn.isAfter(day) && (expiresOn == null || !expiresOn.isBefore(day));
        }
    }

    /**
     * What decides for one person: their profile, their rows on the shifts asked about (any state), their
     * qualifications, the evenings they are out (covering every month and weekend asked about) and the limits.
     */
    record Facts(SignupRepository.Walker walker, Map<Long, AssignmentStatus> places, List<Held> qualifications,
                 Set<LocalDate> busy, SolverLimits limits) {

        Set<String> qualificationsOn(LocalDate day) {
            return qualifications.stream().filter(q -> q.validOn(day)).map(Held::kind).collect(Collectors.toSet());
        }

        int perMonth() {
            return walker.maxNightsPerMonth() != null ? walker.maxNightsPerMonth() : limits.maxNightsPerMonth();
        }

        int perWeekend() {
            return walker.maxNightsPerWeekend() != null ? walker.maxNightsPerWeekend() : limits.maxNightsPerWeekend();
        }
    }

    /** A refusal: its message key and arguments. */
    record Refusal(String key, Object... args) {
    }

    /** The days {@link Facts#busy} must cover for shifts from {@code first} to {@code last}: their months and weekends. */
    static LocalDate[] busyRange(LocalDate first, LocalDate last) {
        return new LocalDate[] {first.withDayOfMonth(1).minusDays(1),
                last.with(TemporalAdjusters.lastDayOfMonth()).plusDays(1)};
    }

    /**
     * Why the person may not sign up for the shift, or empty. Whether it is full is not asked here: a full shift
     * still shows, to join its waitlist.
     */
    static Optional<Refusal> refusal(Facts me, SignupRepository.ShiftInfo shift, ShiftSignupService.Window window,
                                     LocalDateTime now) {
        if (!"ACTIVE".equals(me.walker().status())) {
            return refuse("signup.error.notActive");
        }
        if (!shift.takesPeople()) {
            return refuse("signup.error.noSuchShift");
        }
        if (!shift.start().isAfter(now)) {
            return refuse("signup.error.started");
        }
        if (!window.open()) {
            return refuse("signup.error.closed");
        }
        LocalDate opens = window.opensOn(shift);
        if (opens != null && opens.isAfter(now.toLocalDate())) {
            return refuse("signup.error.notYetOpen", opens.toString());
        }
        AssignmentStatus existing = me.places().get(shift.id());
        if (existing != null) {
            switch (existing) {
                case CANCELLED, DECLINED, EXPIRED -> { } // ended: the sign-up removes it and starts again
                case LATE_CANCELLED, NO_SHOW -> {
                    return refuse("signup.error.toldCannotCome");
                }
                case WAITLISTED -> {
                    return refuse("signup.error.alreadyWaiting");
                }
                default -> {
                    return refuse("signup.error.twice");
                }
            }
        }
        SignupRepository.Walker walker = me.walker();
        if (!walker.adult() && (!walker.youthWalker() || !walker.guardianConsent() || shift.adultsOnly())) {
            return refuse("signup.error.adultsOnly");
        }
        if (!shift.qualifications().isEmpty() && !me.qualificationsOn(shift.day()).containsAll(shift.qualifications())) {
            return refuse("signup.error.qualifications");
        }
        LocalDate day = shift.day();
        if (me.busy().contains(day)) {
            return refuse("signup.error.busyThatEvening");
        }
        long month = me.busy().stream().filter(d -> d.getYear() == day.getYear() && d.getMonth() == day.getMonth())
                .count();
        if (month >= me.perMonth()) {
            return refuse("signup.error.monthLimit", me.perMonth());
        }
        DayOfWeek weekday = day.getDayOfWeek();
        if (weekday == DayOfWeek.FRIDAY || weekday == DayOfWeek.SATURDAY) {
            LocalDate friday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.FRIDAY));
            long weekend = me.busy().stream().filter(d -> d.equals(friday) || d.equals(friday.plusDays(1))).count();
            if (weekend >= me.perWeekend()) {
                return refuse("signup.error.weekendLimit", me.perWeekend());
            }
        }
        return Optional.empty();
    }

    private static Optional<Refusal> refuse(String key, Object... args) {
        return Optional.of(new Refusal(key, args));
    }
}
