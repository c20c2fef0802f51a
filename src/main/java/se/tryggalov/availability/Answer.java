package se.tryggalov.availability;

import java.time.LocalDate;

/**
 * A person's answer for the evening starting on {@code day}. {@code window} is null for the whole evening;
 * {@code enteredByOther} says that a contact or coordinator entered it on the person's behalf.
 */
public record Answer(LocalDate day, AvailabilityState state, TimeWindow window, boolean enteredByOther) {
}
