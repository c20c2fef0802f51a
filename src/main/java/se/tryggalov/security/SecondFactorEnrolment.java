package se.tryggalov.security;

/** What the enrolment page shows: the secret for typing in by hand, and the address the QR code carries. */
public record SecondFactorEnrolment(String secret, String otpauthUri) {
}
