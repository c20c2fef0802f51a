package se.tryggalov.volunteer;


/**
 * One-time link secrets: 32 random bytes, base64url. Only the SHA-256 of a secret is stored, so a copy of the
 * database does not open anyone's invitation.
 */
final class Secrets {

    private Secrets() {
    }

    static String newSecret() {
        return se.tryggalov.shared.secrets.Secrets.newSecret();
    }

    static String hash(String secret) {
        return se.tryggalov.shared.secrets.Secrets.hash(secret);
    }

    /** Whether a string can be a secret made by {@link #newSecret()}: anything else is refused without a query. */
    static boolean wellFormed(String secret) {
        return secret != null && secret.matches("[A-Za-z0-9_-]{43}");
    }
}
