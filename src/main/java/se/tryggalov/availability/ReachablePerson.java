package se.tryggalov.availability;

/** A person the caller may enter availability for: only what a picker needs. */
public record ReachablePerson(long userId, String displayName) {
}
