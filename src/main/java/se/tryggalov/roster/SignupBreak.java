package se.tryggalov.roster;

import java.time.LocalDate;

/** A break or key date with shifts open for sign-up, as the open-shift list's filter offers it. */
public record SignupBreak(long calendarItemId, String title, LocalDate firstDay, LocalDate lastDay) {
}
