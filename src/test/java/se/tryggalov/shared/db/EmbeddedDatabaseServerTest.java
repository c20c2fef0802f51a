package se.tryggalov.shared.db;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded server keeps its data between runs and recovers when the JVM that ran it was killed with
 * SIGKILL (its PostgreSQL keeps running, detached, holding the data directory).
 */
class EmbeddedDatabaseServerTest {

    /** Run in a child JVM: start the server, write a row, report the port, then wait to be killed. */
    public static void main(String[] args) throws Exception {
        EmbeddedDatabaseServer server = EmbeddedDatabaseServer.start(new EmbeddedDatabaseProperties(Path.of(args[0]), false));
        try (Connection c = DriverManager.getConnection(server.jdbcUrl(), EmbeddedDatabaseServer.USER, null);
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
             Connection c = DriverManager.getConnection(server.jdbcUrl(), EmbeddedDatabaseServer.USER, null);
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
}
