package se.tryggalov.security;

import org.springframework.security.core.AuthenticationException;

import java.time.Duration;

/** Too many failed attempts: the login page tells the user how long to wait. */
public class LoginThrottledException extends AuthenticationException {

    private final long retryAfterSeconds;

    LoginThrottledException(Duration retryAfter) {
        super("Too many failed login attempts");
        this.retryAfterSeconds = Math.max(1, retryAfter.toSeconds());
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /** Whole minutes to wait, rounded up, for the message. */
    public long retryAfterMinutes() {
        return (retryAfterSeconds + 59) / 60;
    }
}
