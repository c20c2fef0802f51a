package se.tryggalov.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** At most N password hashes at once, whatever the number of sign-ins; the rest wait or are refused, never lost. */
class BoundedPasswordEncoderTest {

    /** A hash that holds its thread until the test lets it go, and records how many run at the same time. */
    static final class HeldHash implements PasswordEncoder {
        final AtomicInteger running = new AtomicInteger();
        final AtomicInteger most = new AtomicInteger();
        final CountDownLatch started;
        final CountDownLatch release = new CountDownLatch(1);

        HeldHash(int expectedToStart) {
            started = new CountDownLatch(expectedToStart);
        }

        @Override
        public String encode(CharSequence raw) {
            return "{held}" + raw;
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            most.accumulateAndGet(running.incrementAndGet(), Math::max);
            started.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                running.decrementAndGet();
            }
            return encoded.equals(encode(raw));
        }
    }

    @Test
    void tenSignInsAtOnceRunTwoHashesAtATimeAndAllGetTheirAnswer() throws Exception {
        HeldHash hash = new HeldHash(2);
        PasswordEncoder bounded = new BoundedPasswordEncoder(hash, 2, Duration.ofSeconds(30));
        List<Future<Boolean>> answers = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(10)) {
            for (int i = 0; i < 10; i++) {
                String password = i % 2 == 0 ? "right" : "wrong";
                answers.add(pool.submit(() -> bounded.matches(password, "{held}right")));
            }
            assertThat(hash.started.await(10, TimeUnit.SECONDS)).as("two hashes started").isTrue();
            assertThat(hash.running.get()).as("hashes running while two are held").isEqualTo(2);
            hash.release.countDown();
            List<Boolean> results = new ArrayList<>();
            for (Future<Boolean> answer : answers) {
                results.add(answer.get(10, TimeUnit.SECONDS));
            }
            assertThat(results).containsExactly(true, false, true, false, true, false, true, false, true, false);
        }
        assertThat(hash.most.get()).as("most hashes at the same time").isEqualTo(2);
    }

    @Test
    void aSignInThatCannotStartItsHashInTimeIsAServiceProblemNotAWrongPassword() throws Exception {
        HeldHash hash = new HeldHash(1);
        PasswordEncoder bounded = new BoundedPasswordEncoder(hash, 1, Duration.ofMillis(50));
        try (ExecutorService pool = Executors.newSingleThreadExecutor()) {
            Future<Boolean> first = pool.submit(() -> bounded.matches("right", "{held}right"));
            assertThat(hash.started.await(10, TimeUnit.SECONDS)).isTrue();

            assertThatThrownBy(() -> bounded.matches("right", "{held}right"))
                    .isInstanceOf(InternalAuthenticationServiceException.class)
                    .hasMessageContaining("too many sign-ins at once");

            hash.release.countDown();
            assertThat(first.get(10, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(bounded.matches("right", "{held}right")).as("the permit came back").isTrue();
    }

    @Test
    void atLeastOneHashAtATime() {
        assertThatThrownBy(() -> new BoundedPasswordEncoder(new HeldHash(0), 0, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
