package se.tryggalov.roster;

/** What publishing did: how many assignments were confirmed and on how many shifts, now published. */
public record PublishResult(int confirmedAssignments, int publishedShifts) {
}
