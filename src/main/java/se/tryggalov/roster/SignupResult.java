package se.tryggalov.roster;

/** What a sign-up did: CONFIRMED, PENDING (waits for approval) or WAITLISTED (with the place in line). */
public record SignupResult(long assignmentId, AssignmentStatus status, Integer waitlistPosition) {
}
