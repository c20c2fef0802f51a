package se.tryggalov.calendar;

/**
 * Our own classification of a calendar day. Jollyday's single "public holiday" type cannot
 * tell a statutory holiday from an eve, and knows nothing about school breaks.
 *
 * <p>When several apply, the first in declaration order wins (see
 * {@link CalendarProposal#dayType(java.time.LocalDate)}).
 */
public enum DayType {
    STATUTORY_HOLIDAY,
    EVE,
    WEEKEND,
    BREAK_DAY,
    ORDINARY
}
