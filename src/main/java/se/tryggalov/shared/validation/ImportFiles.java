package se.tryggalov.shared.validation;

import java.util.Optional;

/**
 * The size limit of every file a user uploads for import (people, organisations, the calendar's CSV and
 * iCalendar files): checked on the server before a byte is parsed, whatever the browser was told.
 */
public final class ImportFiles {

    public static final int MAX_MEGABYTES = 2;
    public static final int MAX_BYTES = MAX_MEGABYTES * 1024 * 1024;
    public static final String TOO_LARGE = "validation.fileTooLarge";

    private ImportFiles() {
    }

    /** A problem if a file of this many bytes is over the limit; the argument is the limit in MB. */
    public static Optional<Problem> checkSize(long bytes) {
        return bytes > MAX_BYTES ? Optional.of(Problem.of(TOO_LARGE, MAX_MEGABYTES)) : Optional.empty();
    }
}
