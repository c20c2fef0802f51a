package se.tryggalov.shared.validation;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A birth year (never a birth date; DOMAIN.md "Data protection"): a walker is at least {@value #YOUNGEST_AGE}
 * and at most {@value #OLDEST_AGE} this year.
 */
public final class BirthYears {

    public static final String PROBLEM = "validation.birthYear";
    public static final int YOUNGEST_AGE = 15;
    public static final int OLDEST_AGE = 100;

    private BirthYears() {
    }

    /** Null (not given) is no problem. */
    public static Optional<Problem> check(Integer birthYear, LocalDate today) {
        if (birthYear == null || (birthYear >= earliest(today) && birthYear <= latest(today))) {
            return Optional.empty();
        }
        return Optional.of(Problem.of(PROBLEM, String.valueOf(earliest(today)), String.valueOf(latest(today))));
    }

    public static int earliest(LocalDate today) {
        return today.getYear() - OLDEST_AGE;
    }

    public static int latest(LocalDate today) {
        return today.getYear() - YOUNGEST_AGE;
    }
}
