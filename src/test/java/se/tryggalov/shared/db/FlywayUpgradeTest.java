package se.tryggalov.shared.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #21: an installation of the previous release upgrades in place. A fresh PostgreSQL is migrated to the
 * previous release's schema (the highest migration before issue #21), filled with that release's kind of data, and
 * then migrated to the current schema, as a node of the new version does on its first start: every row of every
 * table is still there and the values read back the same.
 */
class FlywayUpgradeTest {

    /** The schema of the release before issue #21. */
    static final String PREVIOUS_RELEASE = "9.1";

    private static Flyway flyway(DataSource dataSource, String target) {
        return Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target(target).load();
    }

    @Test
    void theDataOfThePreviousReleaseSurviveTheUpgradeToTheCurrentSchema() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            DataSource db = postgres.getPostgresDatabase();
            flyway(db, PREVIOUS_RELEASE).migrate();
            try (Connection c = db.getConnection()) {
                ScriptUtils.executeSqlScript(c, new ClassPathResource("upgrade/release-9.1-data.sql"));
            }
            Map<String, Long> before = rowCounts(db);
            assertThat(before).as("the previous release's tables hold data")
                    .containsEntry("shift_assignment", 2L).containsEntry("volunteer", 2L).containsEntry("walk_log", 1L);

            MigrateResult upgrade = flyway(db, "latest").migrate();

            assertThat(upgrade.migrationsExecuted).as("migrations newer than the previous release").isPositive();
            assertThat(flyway(db, "latest").info().pending()).isEmpty();
            Map<String, Long> after = rowCounts(db);
            assertThat(after).as("row counts of every table of the previous release").containsAllEntriesOf(before);
            assertThat(query(db, """
                    select u.username || ' ' || v.phone || ' ' || sa.status || ' ' || coalesce(sa.waitlist_position, 0)
                      || ' ' || s.risk_level || ' ' || s.day from shift_assignment sa
                      join app_user u on u.id = sa.user_id join volunteer v on v.user_id = u.id
                      join shift s on s.id = sa.shift_id order by u.username""")).containsExactly(
                    "upgrade-second 070-765 43 21 WAITLISTED 1 3 2031-10-31",
                    "upgrade-walker 070-765 43 21 CONFIRMED 0 3 2031-10-31");
            assertThat(query(db, "select u.username || ' ' || r.role from app_user_role r join app_user u on "
                    + "u.id = r.user_id where u.username like 'upgrade-%' order by 1"))
                    .containsExactly("upgrade-admin ADMIN", "upgrade-second VOLUNTEER", "upgrade-walker VOLUNTEER");
            assertThat(query(db, "select title || ' ' || first_day || ' ' || last_day from calendar_item"))
                    .containsExactly("Höstlov 2031 2031-10-27 2031-10-31");
        }
    }

    /** Rows per table of the public schema (Flyway's own history left out). */
    static Map<String, Long> rowCounts(DataSource db) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        for (String table : query(db, "select tablename from pg_tables where schemaname = 'public' "
                + "and tablename <> 'flyway_schema_history' order by 1")) {
            counts.put(table, Long.parseLong(query(db, "select count(*) from \"" + table + "\"").getFirst()));
        }
        return counts;
    }

    private static List<String> query(DataSource db, String sql) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            List<String> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
            return rows;
        }
    }
}
