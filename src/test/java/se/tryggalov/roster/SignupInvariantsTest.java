package se.tryggalov.roster;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.tryggalov.IntegrationTest;
import se.tryggalov.TestYears;
import se.tryggalov.calendar.CalendarService;
import se.tryggalov.calendar.SchoolYear;
import se.tryggalov.security.SystemAuthentication;
import se.tryggalov.shared.SecurityContexts;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalTime;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.Month.OCTOBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.tryggalov.TestYears.nth;

/**
 * The two booking rules hold in PostgreSQL itself (V9): plain SQL that bypasses every service can neither book a
 * group over its maximum nor give one person two overlapping shifts.
 */
@IntegrationTest
class SignupInvariantsTest {

    static SchoolYear year;
    static LocalDate friday;

    @Autowired
    DSLContext dsl;
    @Autowired
    DataSource dataSource;
    @Autowired
    SecurityContexts contexts;
    @Autowired
    CalendarService calendar;
    @Autowired
    SystemAuthentication system;

    RosterTestData data;
    long activity;
    long organisation;

    @BeforeAll
    static void claimAYear(@Autowired TestYears years) {
        year = years.claim();
        friday = nth(FRIDAY, OCTOBER, 1, year);
    }

    @BeforeEach
    void setUp() {
        data = new RosterTestData(dsl, contexts);
        RosterTestData.plan(calendar, system, year);
        organisation = data.organisation("inv-org");
        activity = data.activity(year, data.district("inv-district"), organisation, "Nattvandring");
    }

    /** Runs plain SQL on its own connection, outside every service and transaction of the app. */
    private void sql(String statement) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            s.execute(statement);
        }
    }

    private String insert(long shiftId, long userId, String status) {
        return "insert into shift_assignment (shift_id, user_id, status, source) values (" + shiftId + ", " + userId
                + ", '" + status + "', 'SIGNUP')";
    }

    @Test
    void theDatabaseRefusesAnOverbookingWrittenInPlainSql() throws SQLException {
        long shift = data.shift(activity, friday, 1, 1, 2, 2, false, "OPEN", "PEOPLE");
        long first = data.volunteer("inv-a", false, organisation).id();
        long second = data.volunteer("inv-b", false, organisation).id();
        long third = data.volunteer("inv-c", false, organisation).id();
        sql(insert(shift, first, "CONFIRMED"));
        sql(insert(shift, second, "PENDING"));

        assertThatThrownBy(() -> sql(insert(shift, third, "CONFIRMED")))
                .isInstanceOf(SQLException.class).extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("23TLF");
        assertThatThrownBy(() -> sql(insert(shift, third, "OFFERED") .replace("(shift_id, user_id, status, source)",
                "(shift_id, user_id, status, source, offer_expires_at)").replace("'SIGNUP')", "'SIGNUP', now())")))
                .isInstanceOf(SQLException.class).extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("23TLF");
        // waiting in line takes no place; being moved from the line onto the full shift does
        sql("insert into shift_assignment (shift_id, user_id, status, source, waitlist_position) values ("
                + shift + ", " + third + ", 'WAITLISTED', 'SIGNUP', 1)");
        assertThatThrownBy(() -> sql("update shift_assignment set status = 'CONFIRMED', waitlist_position = null"
                + " where shift_id = " + shift + " and user_id = " + third))
                .isInstanceOf(SQLException.class).extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("23TLF");
        // nor by lowering the maximum under the people already on it
        assertThatThrownBy(() -> sql("update shift set max_size = 1, people_needed = 1, min_size = 1 where id = " + shift))
                .isInstanceOf(SQLException.class).extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("23TLF");

        assertThat(new SignupTestData(dsl).holding(shift)).isEqualTo(2);
        assertThat(new SignupTestData(dsl).status(shift, third)).isEqualTo("WAITLISTED");
    }

    @Test
    void theDatabaseRefusesOverlappingShiftsForOnePersonWrittenInPlainSql() throws SQLException {
        long evening = data.shift(activity, friday.plusDays(7), 1); // 21:00-01:00
        long lateGroup = data.shift(activity, friday.plusDays(7), 2);
        new SignupTestData(dsl).times(lateGroup, LocalTime.of(23, 0), LocalTime.of(2, 0));
        long nextEvening = data.shift(activity, friday.plusDays(8), 1);
        long person = data.volunteer("inv-d", false, organisation).id();
        sql(insert(evening, person, "CONFIRMED"));

        assertThatThrownBy(() -> sql(insert(lateGroup, person, "PROPOSED")))
                .isInstanceOf(SQLException.class).extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("23P01");
        sql(insert(nextEvening, person, "CONFIRMED")); // the next evening does not overlap
        // moving a shift onto another of the person's shifts is refused too
        assertThatThrownBy(() -> sql("update shift set day = '" + friday.plusDays(7) + "' where id = " + nextEvening))
                .isInstanceOf(SQLException.class).extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("23P01");
        // a cancelled place does not block: after cancelling, the late group is free to take
        sql("update shift_assignment set status = 'CANCELLED' where shift_id = " + evening + " and user_id = " + person);
        sql(insert(lateGroup, person, "CONFIRMED"));

        assertThat(new SignupTestData(dsl).status(lateGroup, person)).isEqualTo("CONFIRMED");
        assertThat(new SignupTestData(dsl).status(nextEvening, person)).isEqualTo("CONFIRMED");
    }
}
