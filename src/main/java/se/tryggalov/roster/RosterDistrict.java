package se.tryggalov.roster;

/** A district column of the board. */
public record RosterDistrict(long id, String name) {
}
