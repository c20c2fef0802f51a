package se.tryggalov.roster;

/**
 * Someone who said yes to a shift's evening and could be added to it. {@code busy} = already out on another shift
 * that evening (adding them breaks a rule: the evaluation will say so).
 */
public record Candidate(long userId, String name, boolean lead, boolean adult, boolean busy) {
}
