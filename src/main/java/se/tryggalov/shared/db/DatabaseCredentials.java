package se.tryggalov.shared.db;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;
import java.util.Set;

/**
 * The embedded PostgreSQL's two passwords (its superuser, who owns the schema, and the app's role), generated at
 * the first start and kept in a file beside the data directory that only its owner may read or write (600).
 */
record DatabaseCredentials(String ownerPassword, String appPassword) {

    private static final SecureRandom RANDOM = new SecureRandom();
    static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    @Override
    public String toString() { // never in a log
        return "DatabaseCredentials[…]";
    }

    static DatabaseCredentials generate() {
        return new DatabaseCredentials(secret(), secret());
    }

    /** {@code ~/.trygga-lov/pgdata} keeps its secrets in {@code ~/.trygga-lov/pgdata.credentials}. */
    static Path fileFor(Path dataDirectory) {
        Path absolute = dataDirectory.toAbsolutePath();
        return absolute.resolveSibling(absolute.getFileName() + ".credentials");
    }

    static DatabaseCredentials loadOrCreate(Path file) throws IOException {
        if (!Files.exists(file)) {
            DatabaseCredentials created = generate();
            Properties p = new Properties();
            p.setProperty("owner.password", created.ownerPassword());
            p.setProperty("app.password", created.appPassword());
            try {
                createPrivate(file);
                try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                    p.store(out, "Trygga lov: passwords of the embedded PostgreSQL. Keep this file private.");
                }
                return created;
            } catch (FileAlreadyExistsException raced) {
                // another start wrote it a moment ago: read theirs
            }
        }
        restrict(file);
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        String owner = p.getProperty("owner.password");
        String app = p.getProperty("app.password");
        if (owner == null || owner.isBlank() || app == null || app.isBlank()) {
            throw new IllegalStateException(file + " lacks owner.password or app.password");
        }
        return new DatabaseCredentials(owner.strip(), app.strip());
    }

    /** A temporary file (600) holding one secret, for initdb's --pwfile; the caller deletes it. */
    static Path privateTempFile(String secret) throws IOException {
        Path file = supportsPosix(Path.of(System.getProperty("java.io.tmpdir")))
                ? Files.createTempFile("trygga-pg", ".pw", PosixFilePermissions.asFileAttribute(OWNER_ONLY))
                : Files.createTempFile("trygga-pg", ".pw");
        Files.writeString(file, secret + "\n", StandardCharsets.UTF_8);
        return file;
    }

    private static void createPrivate(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        if (supportsPosix(file.getParent())) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } else {
            Files.createFile(file);
        }
    }

    /** A file copied or unpacked with wider rights is narrowed again to its owner. */
    private static void restrict(Path file) throws IOException {
        if (supportsPosix(file) && !Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
    }

    private static boolean supportsPosix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    /** 32 random bytes, base64url: nothing in it needs quoting in SQL or a properties file. */
    private static String secret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
