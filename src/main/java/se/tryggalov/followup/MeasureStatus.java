package se.tryggalov.followup;

/** Where a measure of the action plan stands. */
public enum MeasureStatus {
    PLANNED,
    ONGOING,
    DONE,
    CANCELLED;

    public String messageKey() {
        return "followup.measure.status." + name();
    }

    public boolean open() {
        return this == PLANNED || this == ONGOING;
    }
}
