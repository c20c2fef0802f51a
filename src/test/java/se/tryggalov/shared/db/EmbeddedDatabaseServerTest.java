package se.tryggalov.shared.db;

import org.junit.jupiter.api.Test;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded server keeps its data between runs and recovers when the JVM that ran it was killed with
 * SIGKILL (its PostgreSQL keeps running, detached, holding the data directory).
 */
class EmbeddedDatabaseServerTest {

    /** Run in a child JVM: start the server, write a row, report the port, then wait to be killed. */
    public static void main(String[] args) throws Exception {
        EmbeddedDatabaseServer server = EmbeddedDatabaseServer.start(new EmbeddedDatabaseProperties(Path.of(args[0]), false));
        try (Connection c = server.owner().getConnection();
             Statement s = c.createStatement()) {
            s.execute("create table kept (value text)");
            s.execute("insert into kept values ('written before the kill')");
        }
        System.out.println("READY");
        System.out.flush();
        Thread.sleep(TimeUnit.MINUTES.toMillis(5));
    }

    @Test
    void dataSurviveAKilledJvmAndTheLeftoverServerIsStopped(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("pgdata");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), EmbeddedDatabaseServerTest.class.getName(), data.toString())
                .redirectErrorStream(true)
                .start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            boolean ready = false;
            while ((line = out.readLine()) != null) {
                if (line.equals("READY")) {
                    ready = true;
                    break;
                }
            }
            assertThat(ready).as("child started its server").isTrue();
            child.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // SIGKILL: no shutdown hooks run
        }
        long leftoverPid = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).getFirst().trim());
        assertThat(ProcessHandle.of(leftoverPid)).as("the killed JVM left its server running")
                .hasValueSatisfying(p -> assertThat(p.isAlive()).isTrue());

        try (EmbeddedDatabaseServer server = EmbeddedDatabaseServer.start(new EmbeddedDatabaseProperties(data, false));
             Connection c = server.owner().getConnection();
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select value from kept")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("written before the kill");
        }
        assertThat(ProcessHandle.of(leftoverPid).map(ProcessHandle::isAlive).orElse(false))
                .as("the leftover server was stopped").isFalse();
    }

    @Test
    void aSecondServerOnADirectoryInUseIsRefusedWithAClearMessage(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("pgdata");
        try (EmbeddedDatabaseServer first = EmbeddedDatabaseServer.start(new EmbeddedDatabaseProperties(data, false))) {
            assertThat(first.jdbcUrl()).startsWith("jdbc:postgresql://");
            org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                            EmbeddedDatabaseServer.start(new EmbeddedDatabaseProperties(data, false)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining(data.toAbsolutePath().toString());
        }
    }

    // ---- issue 22, finding 10: passwords for every connection, a non-superuser app role ----------------------

    /** What an earlier version of the app did: the library's defaults, which trust every local connection. */
    private static void startTheWayEarlierVersionsDid(Path data) throws Exception {
        try (EmbeddedPostgres old = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false)
                .start();
             Connection c = old.getPostgresDatabase().getConnection();
             Statement s = c.createStatement()) {
            s.execute("create table kept (value text)");
            s.execute("insert into kept values ('written by an earlier version')");
        }
        assertThat(Files.readString(data.resolve("pg_hba.conf"))).contains("trust");
    }

    private static void assertPasswordsRequiredAndAppIsNoSuperuser(EmbeddedDatabaseServer server, Path data)
            throws Exception {
        assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(), EmbeddedDatabaseServer.OWNER, null))
                .as("no password, no connection").isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(), EmbeddedDatabaseServer.OWNER, "wrong"))
                .isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(), EmbeddedDatabaseServer.APP_USER, null))
                .isInstanceOf(SQLException.class);
        assertThat(Files.readAllLines(data.resolve("pg_hba.conf")).stream().filter(l -> !l.startsWith("#")))
                .noneMatch(l -> l.contains("trust")).anyMatch(l -> l.contains("scram-sha-256"));

        Path secrets = DatabaseCredentials.fileFor(data);
        assertThat(secrets).exists().hasParent(data.toAbsolutePath().getParent());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secrets))).isEqualTo("rw-------");
        assertThat(Files.readString(secrets)).contains(server.credentials().appPassword(),
                server.credentials().ownerPassword());

        try (Connection c = DriverManager.getConnection(server.jdbcUrl(), EmbeddedDatabaseServer.APP_USER,
                server.credentials().appPassword());
             Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select rolsuper, rolcreaterole, rolcreatedb from pg_roles "
                    + "where rolname = current_user")) {
                assertThat(rs.next()).isTrue();
                assertThat(List.of(rs.getBoolean(1), rs.getBoolean(2), rs.getBoolean(3))).containsOnly(false);
            }
            assertThatThrownBy(() -> s.execute("create table intruder (x int)")).isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> s.execute("alter role " + EmbeddedDatabaseServer.APP_USER + " superuser"))
                    .isInstanceOf(SQLException.class);
        }
    }

    @Test
    void aNewDataDirectoryAsksEveryConnectionForAPasswordAndTheAppIsNoSuperuser(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("pgdata");
        try (EmbeddedDatabaseServer server = EmbeddedDatabaseServer.start(new EmbeddedDatabaseProperties(data, false))) {
            try (Connection c = server.owner().getConnection(); Statement s = c.createStatement()) {
                s.execute("create table kept (value text)"); // what Flyway does as the owner
            }
            assertPasswordsRequiredAndAppIsNoSuperuser(server, data);
            try (Connection c = DriverManager.getConnection(server.jdbcUrl(), EmbeddedDatabaseServer.APP_USER,
                    server.credentials().appPassword()); Statement s = c.createStatement()) {
                s.execute("insert into kept values ('the app writes the owner''s tables')");
            }
        }
        // a restart reads the same secrets
        try (EmbeddedDatabaseServer again = EmbeddedDatabaseServer.start(new EmbeddedDatabaseProperties(data, false));
             Connection c = DriverManager.getConnection(again.jdbcUrl(), EmbeddedDatabaseServer.APP_USER,
                     again.credentials().appPassword());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from kept")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
    }

    @Test
    void aDataDirectoryAnEarlierVersionMadeWithTrustIsConvertedAndKeepsItsData(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("pgdata");
        startTheWayEarlierVersionsDid(data);

        try (EmbeddedDatabaseServer server = EmbeddedDatabaseServer.start(new EmbeddedDatabaseProperties(data, false))) {
            assertPasswordsRequiredAndAppIsNoSuperuser(server, data);
            try (Connection c = DriverManager.getConnection(server.jdbcUrl(), EmbeddedDatabaseServer.APP_USER,
                    server.credentials().appPassword());
                 Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("select value from kept")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("written by an earlier version");
            }
        }
        try (EmbeddedDatabaseServer again = EmbeddedDatabaseServer.start(new EmbeddedDatabaseProperties(data, false))) {
            assertPasswordsRequiredAndAppIsNoSuperuser(again, data);
        }
    }
}
