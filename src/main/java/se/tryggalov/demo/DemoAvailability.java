package se.tryggalov.demo;

import org.springframework.stereotype.Component;
import se.tryggalov.availability.AvailabilityService;
import se.tryggalov.availability.AvailabilityState;
import se.tryggalov.availability.CandidateEvening;
import se.tryggalov.availability.PersonAnswer;
import se.tryggalov.calendar.CalendarService;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Demo availability: every ACTIVE demo volunteer answers some of this school year's candidate evenings from today,
 * the same way on every load (a fixed seed). About a third of the evenings get an answer, break Fridays and
 * Saturdays about twice as often; most answers are yes, a few maybe, some no. Each person has their own eagerness,
 * so the counts vary between people as they do in life. Runs after the demo volunteers exist, as the system
 * administrator, inside DemoData's transaction.
 */
@Component
class DemoAvailability {

    static final long SEED = 4_2026L;
    static final double ANSWER_SHARE = 0.35;
    static final double BREAK_WEEKEND_SHARE = 0.7;
    static final double MAYBE_SHARE = 0.12;
    static final double NO_SHARE = 0.10;

    private final AvailabilityService availability;
    private final CalendarService calendar;

    DemoAvailability(AvailabilityService availability, CalendarService calendar) {
        this.availability = availability;
        this.calendar = calendar;
    }

    /** Fills the answers; returns how many were stored (evenings someone already answered are left alone). */
    int load() {
        List<Long> people = availability.activeDemoVolunteerIds();
        List<CandidateEvening> evenings = availability.candidates(calendar.currentYear());
        return availability.storeAtStartup(answers(people, evenings));
    }

    /** The answers for these people and evenings: deterministic for the same input. */
    static List<PersonAnswer> answers(List<Long> people, List<CandidateEvening> evenings) {
        Random random = new Random(SEED);
        List<PersonAnswer> answers = new ArrayList<>();
        for (long person : people) {
            double eagerness = 0.5 + random.nextDouble(); // 0.5–1.5 times the average
            for (CandidateEvening evening : evenings) {
                boolean breakWeekend = evening.isBreakNight() && (evening.weekday() == DayOfWeek.FRIDAY
                        || evening.weekday() == DayOfWeek.SATURDAY);
                double share = (breakWeekend ? BREAK_WEEKEND_SHARE : ANSWER_SHARE) * eagerness;
                if (random.nextDouble() >= share) {
                    continue;
                }
                double kind = random.nextDouble();
                AvailabilityState state = kind < MAYBE_SHARE ? AvailabilityState.MAYBE
                        : kind < MAYBE_SHARE + NO_SHARE ? AvailabilityState.UNAVAILABLE : AvailabilityState.AVAILABLE;
                answers.add(new PersonAnswer(person, evening.date(), state));
            }
        }
        return answers;
    }
}
