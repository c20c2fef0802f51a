package se.tryggalov.security;

import java.time.Duration;

/** Test access to {@link LoginThrottledException}'s package-private constructor. */
public final class ThrottledExceptions {

    private ThrottledExceptions() {
    }

    public static LoginThrottledException retryAfter(Duration wait) {
        return new LoginThrottledException(wait);
    }
}
