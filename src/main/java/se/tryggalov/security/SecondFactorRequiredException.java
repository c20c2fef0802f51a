package se.tryggalov.security;

import org.springframework.security.core.AuthenticationException;

import java.io.Serial;

/**
 * The password was right but the account has (or must enrol) a second factor: nobody is signed in yet. The login
 * page turns it into a {@link PendingSignIn} and shows the code page.
 */
public class SecondFactorRequiredException extends AuthenticationException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final PendingSignIn pending;

    SecondFactorRequiredException(PendingSignIn pending) {
        super("second factor required");
        this.pending = pending;
    }

    public PendingSignIn pending() {
        return pending;
    }
}
