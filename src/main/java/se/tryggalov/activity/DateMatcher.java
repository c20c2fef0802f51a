package se.tryggalov.activity;

import se.tryggalov.calendar.CalendarItem;
import se.tryggalov.calendar.ItemKind;
import se.tryggalov.calendar.TermDates;
import se.tryggalov.calendar.YearPlan;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds an evening's match in the next school year. In this order: a named key date (one whose kind occurs once in
 * the year: Valborg, nyårsafton, skolavslutning …) lands on the same key date; an evening in a break lands on the same
 * weekday with the same number in next year's break of that kind (the second Friday of sportlov on the second Friday
 * of next sportlov); any other evening lands on the same weekday of the same week of term. Pure logic on two year
 * plans.
 */
final class DateMatcher {

    /** A match (with how it was found) or the reason there is none. */
    record Match(LocalDate to, String reasonKey, List<Object> args) {

        boolean found() {
            return to != null;
        }

        static Match none(String reasonKey, Object... args) {
            return new Match(null, reasonKey, List.of(args));
        }
    }

    private final YearPlan from;
    private final YearPlan to;

    DateMatcher(YearPlan from, YearPlan to) {
        this.from = from;
        this.to = to;
    }

    /** The date's match; {@code period} is the break or key date the shift's activity belongs to, if any. */
    Match match(LocalDate date, CalendarItem period) {
        if (period != null && period.kind() == ItemKind.KEY_DATE && period.covers(date)) {
            return onItem(date, period);
        }
        Optional<CalendarItem> named = from.itemsOn(date).stream()
                .filter(i -> i.kind() == ItemKind.KEY_DATE && !CalendarItem.CUSTOM.equals(i.code()))
                .filter(i -> sameKind(from, i).size() == 1)
                .max(Comparator.comparing((CalendarItem i) -> i.riskLevel() == null ? 0 : i.riskLevel()));
        if (named.isPresent()) {
            return onItem(date, named.get());
        }
        Optional<CalendarItem> brk = from.itemsOn(date).stream()
                .filter(i -> i.kind() == ItemKind.BREAK || i.kind() == ItemKind.DAY_OFF)
                .min(Comparator.comparing(CalendarItem::kind).thenComparing(CalendarItem::firstDay));
        if (brk.isPresent()) {
            return onItem(date, brk.get());
        }
        return inTerm(date);
    }

    /** Next year's item of the same kind and code (the k-th when the year has several), if any. */
    Optional<CalendarItem> counterpart(CalendarItem item) {
        List<CalendarItem> mine = sameKind(from, item);
        List<CalendarItem> theirs = sameKind(to, item);
        int index = mine.indexOf(item);
        if (index < 0 || theirs.isEmpty()) {
            return Optional.empty();
        }
        if (mine.size() == 1 && theirs.size() == 1) {
            return Optional.of(theirs.getFirst());
        }
        return index < theirs.size() ? Optional.of(theirs.get(index)) : Optional.empty();
    }

    private static List<CalendarItem> sameKind(YearPlan plan, CalendarItem item) {
        return plan.itemsOf(item.kind()).stream()
                .filter(i -> i.code().equals(item.code()))
                .filter(i -> !CalendarItem.CUSTOM.equals(item.code()) || Objects.equals(i.title(), item.title()))
                .sorted(Comparator.comparing(CalendarItem::firstDay).thenComparing(CalendarItem::id))
                .toList();
    }

    private Match onItem(LocalDate date, CalendarItem item) {
        Optional<CalendarItem> target = counterpart(item);
        if (target.isEmpty()) {
            return Match.none("activities.rollForward.noMatch.noCounterpart");
        }
        CalendarItem t = target.get();
        if (item.kind() == ItemKind.BREAK) {
            // n-th time this weekday occurs in the break, counted from its first day
            long n = item.firstDay().datesUntil(date.plusDays(1))
                    .filter(d -> d.getDayOfWeek() == date.getDayOfWeek()).count();
            LocalDate candidate = t.firstDay().with(TemporalAdjusters.nextOrSame(date.getDayOfWeek()))
                    .plusWeeks(n - 1);
            if (candidate.isAfter(t.lastDay())) {
                return Match.none("activities.rollForward.noMatch.noSuchWeekday", n);
            }
            return new Match(candidate, "activities.rollForward.match.break", List.of(n));
        }
        LocalDate candidate = t.firstDay().plusDays(ChronoUnit.DAYS.between(item.firstDay(), date));
        if (candidate.isAfter(t.lastDay())) {
            return Match.none("activities.rollForward.noMatch.shorter");
        }
        return new Match(candidate, "activities.rollForward.match.keyDate", List.of());
    }

    /** Same weekday of the same week of term (weeks counted from the Monday of the term's first week). */
    private Match inTerm(LocalDate date) {
        TermDates a = from.terms();
        TermDates b = to.terms();
        boolean spring = !date.isBefore(a.springStart());
        LocalDate start = spring ? a.springStart() : a.autumnStart();
        LocalDate targetStart = spring ? b.springStart() : b.autumnStart();
        long week = ChronoUnit.WEEKS.between(monday(start), monday(date));
        LocalDate candidate = monday(targetStart).plusWeeks(week).with(TemporalAdjusters.nextOrSame(
                date.getDayOfWeek()));
        boolean sourceInTerm = a.inTerm(date);
        if (sourceInTerm && !b.inTerm(candidate) || !to.covers(candidate)) {
            return Match.none("activities.rollForward.noMatch.termWeek", week + 1);
        }
        if (to.itemsOn(candidate).stream().anyMatch(i -> i.kind() == ItemKind.BREAK)) {
            return Match.none("activities.rollForward.noMatch.inBreak", candidate);
        }
        return new Match(candidate, "activities.rollForward.match.term", List.of(week + 1));
    }

    private static LocalDate monday(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
