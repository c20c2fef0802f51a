package se.tryggalov.security;

/**
 * The signed-in user's second factor: whether it applies (local accounts only), is on, is required by their
 * role, and how many recovery codes are left.
 */
public record SecondFactorStatus(boolean applicable, boolean enrolled, boolean required, int unusedRecoveryCodes) {
}
