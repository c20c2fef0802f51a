package se.tryggalov.shared.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import se.tryggalov.shared.secrets.Secrets;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 22's migrations on a database an earlier version filled: duplicate e-mail addresses (findings 9) and link
 * secrets in plain text (10).
 */
class MigrationV8_2Test {

    private static Flyway flyway(DataSource ds, String target) {
        return Flyway.configure().dataSource(ds).locations("classpath:db/migration").target(target).load();
    }

    private static void exec(DataSource ds, String... sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            for (String each : sql) {
                s.execute(each);
            }
        }
    }

    private static List<String> column(DataSource ds, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    @Test
    void duplicateAddressesStayOnTheOldestAccountAndLinkSecretsAreHashedSoOldLinksStillWork() throws Exception {
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
            DataSource ds = pg.getPostgresDatabase();
            flyway(ds, "7").migrate();
            exec(ds,
                    "insert into app_user (username, display_name, email, password_hash) values "
                            + "('sara', 'Sara Lind', 'Sara.Lind@example.se', 'x'), "
                            + "('sara.lind@example.se', 'Sara Lind', 'sara.lind@example.se', 'x'), "
                            + "('other', 'Olle', 'olle@example.se', 'x')",
                    "update calendar_settings set feed_token = 'the-old-feed-secret'",
                    "insert into organisation (name, kind, signup_token) values ('Prov', 'OTHER', 'the-old-signup-secret')");

            flyway(ds, "latest").migrate();

            assertThat(column(ds, "select username || '=' || coalesce(email, '-') from app_user order by id"))
                    .containsExactly("sara=Sara.Lind@example.se", "sara.lind@example.se=-", "other=olle@example.se");
            assertThat(column(ds, "select details from audit_log where action = 'PERSON_CHANGED'"))
                    .singleElement().asString().doesNotContain("@");
            assertThatThrownBy(() -> exec(ds, "update app_user set email = 'OLLE@example.se' where username = 'sara'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("app_user_email_lower_uq");
            assertThat(column(ds, "select feed_token_hash from calendar_settings"))
                    .containsExactly(Secrets.hash("the-old-feed-secret"));
            assertThat(column(ds, "select signup_token_hash from organisation where name = 'Prov'"))
                    .containsExactly(Secrets.hash("the-old-signup-secret"));
        }
    }
}
