package se.tryggalov.shared.db;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;

/**
 * The embedded PostgreSQL used when no {@code spring.datasource.url} is given.
 *
 * @param dataDirectory where the server keeps its data between runs
 * @param ephemeral     a fresh, throw-away data directory (tests)
 */
@ConfigurationProperties("trygga.embedded-db")
public record EmbeddedDatabaseProperties(Path dataDirectory, boolean ephemeral) {

    public EmbeddedDatabaseProperties {
        if (dataDirectory == null) {
            dataDirectory = Path.of(System.getProperty("user.home"), ".trygga-lov", "pgdata");
        }
    }
}
