package se.tryggalov.shared.ui;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.vaadin.flow.server.ErrorEvent;
import org.apache.catalina.connector.ClientAbortException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import se.tryggalov.shared.i18n.Translations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #22, item 12: a browser that goes away mid-answer (a closed tab, a lost connection) is no error of the
 * application. It is logged briefly at DEBUG, without a stack trace; real bugs are still logged as errors.
 */
class UiErrorHandlerTest {

    private final UiErrorHandler handler = new UiErrorHandler(new Translations());
    private final Logger logger = (Logger) LoggerFactory.getLogger(UiErrorHandler.class);
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    private Level previousLevel;

    @BeforeEach
    void captureLog() {
        previousLevel = logger.getLevel();
        logger.setLevel(Level.DEBUG);
        logged.start();
        logger.addAppender(logged);
    }

    @AfterEach
    void releaseLog() {
        logger.detachAppender(logged);
        logger.setLevel(previousLevel);
    }

    @Test
    void clientDisconnectsAreLoggedAtDebugWithoutAStackTrace() {
        List<Throwable> disconnects = List.of(
                new ClientAbortException(new IOException("Broken pipe")),
                new UncheckedIOException(new ClientAbortException(new IOException("Connection reset by peer"))),
                new RuntimeException(new AsyncRequestNotUsableException("ServletOutputStream failed to flush")),
                new IOException("Broken pipe"),
                new IOException("Connection reset by peer"));

        for (Throwable disconnect : disconnects) {
            handler.error(new ErrorEvent(disconnect));
        }

        assertThat(logged.list).hasSize(disconnects.size()).allSatisfy(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.DEBUG);
            assertThat(event.getThrowableProxy()).isNull();
            assertThat(event.getFormattedMessage()).doesNotContain("Unexpected error");
        });
    }

    @Test
    void aBugIsStillAnErrorWithItsStackTrace() {
        handler.error(new ErrorEvent(new IllegalStateException("a bug")));
        handler.error(new ErrorEvent(new IOException("No space left on device")));

        assertThat(logged.list).hasSize(2).allSatisfy(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.ERROR);
            assertThat(event.getThrowableProxy()).isNotNull();
        });
    }
}
