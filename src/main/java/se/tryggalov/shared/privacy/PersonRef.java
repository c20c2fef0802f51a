package se.tryggalov.shared.privacy;

/**
 * A person as the owners of personal data find their rows for an export or an erasure: by account, or by the
 * username or e-mail address written where no account id was kept (a sign-in name, a mail's recipient).
 */
public record PersonRef(long userId, String username, String email) {
}
