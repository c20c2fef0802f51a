package se.tryggalov.activity;

/**
 * Where a coverage rule puts its shifts: every district, the districts with at least one hot spot, the districts
 * the rule lists, or one place per venue of the rule's venue kind (e.g. every youth centre).
 * Translation keys: {@code activities.scope.<NAME>}.
 */
public enum DistrictScope {
    ALL,
    HOT_SPOTS,
    LISTED,
    VENUES;

    public String messageKey() {
        return "activities.scope." + name();
    }
}
