package se.tryggalov.activity;

/**
 * What generated a group of shifts: a coverage rule (by its name), or an organisation's standing commitment (named
 * after the organisation; {@code id} is the commitment's). A rule deleted since it generated shifts shows with
 * {@code name} null.
 */
public record GenerationSource(Kind kind, long id, String name, ActivityType type) {

    public enum Kind {
        RULE,
        COMMITMENT
    }
}
