package se.tryggalov.activity;

/** What an activity (insats) is. Translation keys: {@code activities.type.<NAME>}. */
public enum ActivityType {
    /** Night walking (nattvandring) in groups of volunteers. */
    NIGHT_WALK,
    /** A youth centre (fritidsgård) open longer than usual. */
    YOUTH_CENTRE_OPENING,
    /** Outreach workers (fältassistenter) out in the area. */
    OUTREACH,
    /** A police or security-guard patrol. */
    PATROL,
    /** An event (e.g. a party in a school, a concert). */
    EVENT,
    /** Sports (e.g. a night football tournament). */
    SPORTS,
    /** A training evening (a basic course, a deepening evening): attending records a qualification. */
    TRAINING,
    OTHER;

    public String messageKey() {
        return "activities.type." + name();
    }
}
