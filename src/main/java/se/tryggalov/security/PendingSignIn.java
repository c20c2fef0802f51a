package se.tryggalov.security;

import java.io.Serial;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * A password that was right, kept in the HTTP session while its owner gives the second factor (or enrols one).
 * Nobody is signed in yet: the session stays anonymous, so no page or service lets the holder in. Only this
 * package creates one, and only after checking the password; after the code it is marked verified and the
 * sign-in is completed at {@link #COMPLETE_PATH}, which changes the session id as a password sign-in does.
 */
public final class PendingSignIn implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The HTTP session attribute that holds it. */
    public static final String ATTRIBUTE = PendingSignIn.class.getName();

    /** Where the browser goes after a code was accepted: the sign-in is completed there. */
    public static final String COMPLETE_PATH = "sign-in/complete";

    static final Duration VALID_FOR = Duration.ofMinutes(10);

    private final long userId;
    private final String username;
    private final String clientAddress;
    private final Instant createdAt;
    private volatile boolean verified;

    PendingSignIn(long userId, String username, String clientAddress, Instant createdAt) {
        this.userId = userId;
        this.username = username;
        this.clientAddress = clientAddress;
        this.createdAt = createdAt;
    }

    long userId() {
        return userId;
    }

    public String username() {
        return username;
    }

    String clientAddress() {
        return clientAddress;
    }

    boolean verified() {
        return verified;
    }

    void markVerified() {
        verified = true;
    }

    boolean expiredAt(Instant now) {
        return now.isAfter(createdAt.plus(VALID_FOR));
    }
}
