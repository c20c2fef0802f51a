package se.tryggalov.calendar;

import java.util.Optional;
import java.util.regex.Pattern;

/** A school year (läsår), August of {@code startYear} to June of the year after: 2026/27. */
public record SchoolYear(int startYear) implements Comparable<SchoolYear> {

    private static final Pattern LABEL = Pattern.compile("(\\d{4})/(\\d{2})");

    public SchoolYear {
        if (startYear < 1000 || startYear > 9998) {
            throw new IllegalArgumentException("School year must start in a four-digit year: " + startYear);
        }
    }

    public static SchoolYear of(int startYear) {
        return new SchoolYear(startYear);
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
