package se.tryggalov.availability;

import se.tryggalov.calendar.SchoolYear;

import java.util.List;

/**
 * One person's answers for the candidate evenings of a school year, from today on.
 *
 * @param planned whether the school year has a plan at all (without one there are no candidate evenings)
 * @param status  the person's volunteer status; only ACTIVE people can be given answers
 */
public record AvailabilitySheet(long userId, SchoolYear year, boolean planned, String status,
                                List<EveningAnswer> evenings) {

    public AvailabilitySheet {
        evenings = List.copyOf(evenings);
    }

    public boolean editable() {
        return AvailabilityService.ACTIVE.equals(status);
    }
}
