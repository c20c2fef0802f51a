package se.tryggalov;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test with the whole application on a real PostgreSQL loaded with the demo data. All such tests share one
 * Spring context (and one database), so each test makes its own names unique instead of relying on a clean DB, and
 * plans in school years it claims from {@link TestYears}. The application's clock is a {@link TestClock} a test may
 * move forward.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@ActiveProfiles("test")
@Import({TestClock.InContext.class, TestYears.class})
public @interface IntegrationTest {
}
