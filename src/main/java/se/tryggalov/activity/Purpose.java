package se.tryggalov.activity;

/**
 * The two perspectives of the action plan: preventive (fewer incidents) and promoting (meaningful leisure).
 * Translation keys: {@code activities.purpose.<NAME>}.
 */
public enum Purpose {
    PREVENTIVE,
    PROMOTING;

    public String messageKey() {
        return "activities.purpose." + name();
    }
}
