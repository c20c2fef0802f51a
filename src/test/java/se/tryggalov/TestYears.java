package se.tryggalov;

import se.tryggalov.calendar.SchoolYear;
import se.tryggalov.shared.time.Zones;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.IntStream;

/**
 * School years a database test claims for itself, so no other test in the same database plans in them. The database
 * keeps the claims (a test-only table in its own schema, created on first use) and serialises claimers with an
 * advisory lock, so this holds across test classes, Spring contexts and JVMs that share one server.
 * <p>
 * Years are handed out from {@link #HIGHEST} downwards and never below {@link #lowest()}, far beyond the demo's
 * years (last and this school year), next year's proposals and the real years rule tests check. Claims are never
 * given back: the claimer's data stays in the database. Derive every date from the claimed year
 * ({@link #date}, {@link #nth}), never from a fixed year.
 */
public final class TestYears {

    /** The highest school year the schema accepts ({@code school_year.start_year}). */
    static final int HIGHEST = SchoolYear.LAST_PLANNABLE;
    /** Serialises claimers in every JVM that uses the database. */
    private static final long LOCK = 0x7465737479656172L; // "testyear"

    private final DataSource dataSource;

    /**
     * The claims live in a schema of their own, which only the schema's owner may create: the embedded server's
     * owner (Flyway's connection) when there is one, else the one connection an external server gives.
     */
    TestYears(DataSource dataSource, @FlywayDataSource ObjectProvider<DataSource> owner) {
        this.dataSource = owner.getIfAvailable(() -> dataSource);
    }

    /** The lowest year ever handed out: ten years past today. */
    static int lowest() {
        return Year.now(Zones.STOCKHOLM).getValue() + 10;
    }

    /** A school year no other test in this database has claimed or will claim. */
    public SchoolYear claim() {
        return claim(1);
    }

    /**
     * The first of {@code count} consecutive school years no other test has claimed, for a test that plans across
     * years (a roll-forward, "next year").
     */
    public SchoolYear claim(int count) {
        return claim(count, year -> true);
    }

    /**
     * A school year no other test has claimed, on whose calendar a test's worked facts hold (Walpurgis Eve on a
     * Saturday, say), for a test that asserts words the calendar of that year decides.
     */
    public SchoolYear claimWhere(Predicate<SchoolYear> fits) {
        return claim(1, fits);
    }

    private SchoolYear claim(int count, Predicate<SchoolYear> fits) {
        if (count < 1) {
            throw new IllegalArgumentException("Claim at least one year: " + count);
        }
        String claimer = claimer();
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                int first = claim(c, count, fits, claimer);
                c.commit();
                return SchoolYear.of(first);
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not claim a test school year for " + claimer, e);
        }
    }

    private static int claim(Connection c, int count, Predicate<SchoolYear> fits, String claimer)
            throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("select pg_advisory_xact_lock(" + LOCK + ")");
            s.execute("create schema if not exists test_support");
            s.execute("create table if not exists test_support.year_claim (start_year int primary key, "
                    + "claimed_by text not null, claimed_at timestamptz not null default now())");
            // tests read the claims through the app's own (non-owner) connection
            s.execute("grant usage on schema test_support to public");
            s.execute("grant select, insert on test_support.year_claim to public");
        }
        Set<Integer> taken = new HashSet<>();
        try (PreparedStatement q = c.prepareStatement("select start_year from test_support.year_claim");
             ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                taken.add(rs.getInt(1));
            }
        }
        int lowest = lowest();
        for (int first = HIGHEST - count + 1; first >= lowest; first--) {
            int from = first;
            if (IntStream.range(from, from + count).anyMatch(taken::contains) || !fits.test(SchoolYear.of(from))) {
                continue;
            }
            try (PreparedStatement insert = c.prepareStatement(
                    "insert into test_support.year_claim (start_year, claimed_by) values (?, ?)")) {
                for (int y = from; y < from + count; y++) {
                    insert.setInt(1, y);
                    insert.setString(2, claimer);
                    insert.addBatch();
                }
                insert.executeBatch(); // the primary key refuses a year someone else holds
            }
            return from;
        }
        throw new IllegalStateException(("No %d free consecutive fitting test school years between %d and %d for %s "
                + "(%d are claimed). The tests expect a fresh database per run: are an earlier run's claims and data "
                + "still there?").formatted(count, lowest, HIGHEST, claimer, taken.size()));
    }

    /** Names the test that claims, for whoever reads the table. */
    private static String claimer() {
        return StackWalker.getInstance().walk(frames -> frames
                .filter(f -> !f.getClassName().equals(TestYears.class.getName()))
                .findFirst()
                .map(f -> f.getClassName() + "." + f.getMethodName())
                .orElse("unknown"));
    }

    // --- dates in a claimed year ------------------------------------------------------------------------------

    /** 1 August, the first day of the school year. */
    public static LocalDate firstDay(SchoolYear year) {
        return LocalDate.of(year.startYear(), Month.AUGUST, 1);
    }

    /** 31 July, the last day of the school year. */
    public static LocalDate lastDay(SchoolYear year) {
        return LocalDate.of(year.endYear(), Month.JULY, 31);
    }

    /** The day of this month within the school year: August–December in its first calendar year, the rest after. */
    public static LocalDate date(SchoolYear year, Month month, int day) {
        return LocalDate.of(month.compareTo(Month.AUGUST) >= 0 ? year.startYear() : year.endYear(), month, day);
    }

    /** The {@code n}th (from 1) such weekday of this month within the school year: the 1st Friday in September. */
    public static LocalDate nth(DayOfWeek day, Month month, int n, SchoolYear year) {
        LocalDate date = date(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, day));
        if (n < 1 || date.getMonth() != month) {
            throw new IllegalArgumentException("%s has no %d. %s in %s".formatted(month, n, day, year));
        }
        return date;
    }

    /** This weekday of an ISO week within the school year: weeks 31–53 in its first calendar year, the rest after. */
    public static LocalDate inWeek(int isoWeek, DayOfWeek day, SchoolYear year) {
        int calendarYear = isoWeek >= 31 ? year.startYear() : year.endYear();
        return LocalDate.of(calendarYear, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, isoWeek).with(day);
    }
}
