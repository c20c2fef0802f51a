package se.tryggalov.security;

import org.springframework.context.ApplicationContext;

import java.time.Instant;

/** Test access to the package-private constructors of a pending sign-in and its exception. */
public final class PendingSignIns {

    private PendingSignIns() {
    }

    /** A pending sign-in as a right password leaves it. */
    public static PendingSignIn afterPassword(ApplicationContext context, String username, Instant now) {
        long id = context.getBean(AccountRepository.class).findByUsername(username).orElseThrow().id();
        return new PendingSignIn(id, username, "127.0.0.1", now);
    }

    public static SecondFactorRequiredException required(PendingSignIn pending) {
        return new SecondFactorRequiredException(pending);
    }
}
