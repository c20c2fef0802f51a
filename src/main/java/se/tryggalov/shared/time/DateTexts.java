package se.tryggalov.shared.time;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * One way to write a date per context, on every page and in every language:
 * <ul>
 * <li>short, in lists and pickers: "fre 2 apr." / "Fri 2 Apr";</li>
 * <li>long, in headings and sentences that stand alone: "fredag 2 april 2027" / "Friday 2 April 2027";</li>
 * <li>range: "fre 30 apr." for one day, "mån 22–fre 26 feb." within a month, "mån 29 mar.–fre 2 apr." across
 * months;</li>
 * <li>a moment (the audit log): "fre 2 apr. 2027 21:05".</li>
 * </ul>
 * The short form leaves the year out: pages that mix years say the year in a heading or group.
 */
public final class DateTexts {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Locale locale;
    private final DateTimeFormatter shortDate;
    private final DateTimeFormatter dayOnly;
    private final DateTimeFormatter longDate;
    private final DateTimeFormatter shortWithYear;

    private DateTexts(Locale locale) {
        this.locale = locale;
        this.shortDate = DateTimeFormatter.ofPattern("EEE d MMM", locale);
        this.dayOnly = DateTimeFormatter.ofPattern("EEE d", locale);
        this.longDate = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", locale);
        this.shortWithYear = DateTimeFormatter.ofPattern("EEE d MMM yyyy", locale);
    }

    public static DateTexts of(Locale locale) {
        return new DateTexts(locale == null ? Locale.forLanguageTag("sv") : locale);
    }

    public Locale locale() {
        return locale;
    }

    /** "fre 2 apr."; empty for no date. */
    public String shortDate(LocalDate date) {
        return date == null ? "" : shortDate.format(date);
    }

    /** "fre 2 apr. 2027": a short date where the year is not clear from the page. */
    public String shortDateWithYear(LocalDate date) {
        return date == null ? "" : shortWithYear.format(date);
    }

    /** "fredag 2 april 2027"; empty for no date. */
    public String longDate(LocalDate date) {
        return date == null ? "" : longDate.format(date);
    }

    /** "21:00"; empty for no time. */
    public String time(LocalTime time) {
        return time == null ? "" : TIME.format(time);
    }

    /** "fre 2 apr. 2027 21:05" in Stockholm time. */
    public String moment(OffsetDateTime at) {
        if (at == null) {
            return "";
        }
        LocalDateTime local = at.atZoneSameInstant(Zones.STOCKHOLM).toLocalDateTime();
        return shortWithYear.format(local) + " " + TIME.format(local);
    }

    /** "fre 2 apr. 2027 21:05" in Stockholm time. */
    public String moment(java.time.Instant at) {
        return at == null ? "" : moment(at.atOffset(java.time.ZoneOffset.UTC));
    }

    /** "fredag 2 april 2027": the Stockholm day of a moment. */
    public String longDate(OffsetDateTime at) {
        return at == null ? "" : longDate(at.atZoneSameInstant(Zones.STOCKHOLM).toLocalDate());
    }

    /**
     * "fre 30 apr." for one day, "mån 22–fre 26 feb." within one month, "mån 29 mar.–fre 2 apr." across months,
     * "mån 29 dec. 2025–fre 2 jan. 2026" across years. A range ending before it starts is written in date order.
     */
    public String range(LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            return shortDate(from == null ? to : from);
        }
        LocalDate first = from.isAfter(to) ? to : from;
        LocalDate last = from.isAfter(to) ? from : to;
        if (first.equals(last)) {
            return shortDate(first);
        }
        if (first.getYear() != last.getYear()) {
            return shortWithYear.format(first) + "–" + shortWithYear.format(last);
        }
        if (first.getMonth() == last.getMonth()) {
            return dayOnly.format(first) + "–" + shortDate.format(last);
        }
        return shortDate.format(first) + "–" + shortDate.format(last);
    }
}
