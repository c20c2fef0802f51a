package se.tryggalov.roster;

/**
 * A person on a shift as the board shows them. {@code lead} = holds a valid lead qualification on the evening.
 * {@code status} is PROPOSED or CONFIRMED; {@code version} guards hand edits against concurrent ones.
 */
public record BoardPerson(long assignmentId, long userId, String name, AssignmentStatus status, boolean pinned,
                          boolean lead, int version) {
}
