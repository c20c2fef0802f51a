package se.tryggalov.activity;

/**
 * Where a shift is in its life: planned (draft), open for volunteers' sign-up, published with its roster, or
 * cancelled. Translation keys: {@code activities.status.<NAME>}.
 */
public enum ShiftStatus {
    DRAFT,
    OPEN,
    PUBLISHED,
    CANCELLED;

    public String messageKey() {
        return "activities.status." + name();
    }
}
