package se.tryggalov.activity;

/**
 * Who fills a shift: people rostered one by one (volunteers, staff), or an organisation as a whole (a police
 * patrol, a guard car, a youth centre's own staff) that the roster does not fill seat by seat.
 * Translation keys: {@code activities.staffing.<NAME>}.
 */
public enum Staffing {
    PEOPLE,
    ORGANISATION;

    public String messageKey() {
        return "activities.staffing." + name();
    }
}
