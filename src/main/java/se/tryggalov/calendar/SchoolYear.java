package se.tryggalov.calendar;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A school year (läsår), August of {@code startYear} to June of the year after: 2026/27. For planning it runs from
 * 1 August to 31 July, so every date belongs to exactly one school year (the summer break to the year it ends).
 */
public record SchoolYear(int startYear) implements Comparable<SchoolYear> {

    /** The first day of every school year; the day before it is the last day of the one before. */
    public static final MonthDay FIRST_DAY = MonthDay.of(Month.AUGUST, 1);

    private static final Pattern LABEL = Pattern.compile("(\\d{4})/(\\d{2})");

    public SchoolYear {
        if (startYear < 1000 || startYear > 9998) {
            throw new IllegalArgumentException("School year must start in a four-digit year: " + startYear);
        }
    }

    /** The school years a municipality can plan and download: 2000/01 to 2999/3000 (the schema holds the same range). */
    public static final int FIRST_PLANNABLE = 2000;
    public static final int LAST_PLANNABLE = 2999;

    public static boolean isPlannable(int startYear) {
        return startYear >= FIRST_PLANNABLE && startYear <= LAST_PLANNABLE;
    }

    public static SchoolYear of(int startYear) {
        return new SchoolYear(startYear);
    }

    /** The school year that holds this date: from 1 August on, the one starting this calendar year. */
    public static SchoolYear containing(LocalDate date) {
        return of(MonthDay.from(date).isBefore(FIRST_DAY) ? date.getYear() - 1 : date.getYear());
    }

    /** 1 August of the start year. */
    public LocalDate firstDay() {
        return FIRST_DAY.atYear(startYear);
    }

    /** 31 July of the end year. */
    public LocalDate lastDay() {
        return next().firstDay().minusDays(1);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(firstDay()) && !date.isAfter(lastDay());
    }

    /** Parses a label such as {@code 2026/27}. */
    public static SchoolYear parse(String label) {
        var m = LABEL.matcher(label.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("Not a school year label like 2026/27: " + label);
        }
        var year = of(Integer.parseInt(m.group(1)));
        if (!year.label().equals(label.strip())) {
            throw new IllegalArgumentException("Second year does not follow the first: " + label);
        }
        return year;
    }

    /**
     * A school year from a link or a form: a label such as {@code 2026/27} or the start year {@code 2026}; empty
     * for anything else (the caller falls back to the current year).
     */
    public static Optional<SchoolYear> tryParse(String value) {
        try {
            String v = value.strip();
            return Optional.of(v.contains("/") ? parse(v) : of(Integer.parseInt(v)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The calendar year of the spring term. */
    public int endYear() {
        return startYear + 1;
    }

    /** "2026/27". */
    public String label() {
        return "%d/%02d".formatted(startYear, endYear() % 100);
    }

    public SchoolYear next() {
        return of(startYear + 1);
    }

    public SchoolYear previous() {
        return of(startYear - 1);
    }

    @Override
    public int compareTo(SchoolYear other) {
        return Integer.compare(startYear, other.startYear);
    }

    @Override
    public String toString() {
        return label();
    }
}
