package se.tryggalov.security;

import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Lets at most a fixed number of password hashes run at once; the others wait their turn, in order. An Argon2id
 * hash holds 19 MiB of heap for its whole run, so a burst of sign-ins on Tomcat's 200 threads could ask for several
 * gigabytes at once: 300 users signing in within 30 s ended a node with a 512 MB heap in an OutOfMemoryError
 * (bench/load.sh, 2026-12-07). With the bound the hashes take at most {@code permits × 19 MiB}, and since each one
 * keeps a core busy, more at once than there are cores only makes every one of them slower.
 * <p>
 * A sign-in that cannot start its hash within {@code wait} is refused as a service problem (the login page's
 * general error), never as a wrong password, and nothing is counted against the account or the address.
 */
final class BoundedPasswordEncoder implements PasswordEncoder {

    private final PasswordEncoder delegate;
    private final Semaphore permits;
    private final Duration wait;

    BoundedPasswordEncoder(PasswordEncoder delegate, int permits, Duration wait) {
        if (permits < 1) {
            throw new IllegalArgumentException("at least one password hash at a time: " + permits);
        }
        this.delegate = delegate;
        this.permits = new Semaphore(permits, true);
        this.wait = wait;
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return bounded(() -> delegate.encode(rawPassword));
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        return bounded(() -> delegate.matches(rawPassword, encodedPassword));
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword); // reads the hash's prefix only: no hashing
    }

    private <T> T bounded(Supplier<T> hash) {
        boolean acquired;
        try {
            acquired = permits.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InternalAuthenticationServiceException("interrupted while waiting to check a password", e);
        }
        if (!acquired) {
            throw new InternalAuthenticationServiceException("too many sign-ins at once: no password check started"
                    + " within " + wait.toSeconds() + " s");
        }
        try {
            return hash.get();
        } finally {
            permits.release();
        }
    }
}
