package se.tryggalov.calendar;

import se.tryggalov.shared.i18n.UserMessageException;

/** An import refused as a whole because of one row; says which row and why. */
public class ImportRejectedException extends UserMessageException {

    private final int row;
    private final UserMessageException reason;

    ImportRejectedException(int row, UserMessageException reason) {
        super("calendar.import.error.row", row);
        this.row = row;
        this.reason = reason;
    }

    public int row() {
        return row;
    }

    public UserMessageException reason() {
        return reason;
    }
}
