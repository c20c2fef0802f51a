package se.tryggalov.roster;

/** What a walking group counts on its evening (walk_log_count.category): places and things, never people. */
public enum WalkCategory {
    DAMAGE,
    GRAFFITI,
    BROKEN_GLASS,
    FIRE,
    YOUTH_GATHERING,
    MOPEDS,
    DRUGS,
    DISTURBANCE,
    OTHER
}
