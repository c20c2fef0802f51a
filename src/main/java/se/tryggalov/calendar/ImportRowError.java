package se.tryggalov.calendar;

import java.util.List;

/**
 * One problem found in an import file. {@code line} is the physical line of a CSV file (the header is line 1)
 * or the ordinal of the VEVENT in an iCalendar file; 0 means the file as a whole. The text is the translation
 * of {@code messageKey} with {@code args}.
 */
public record ImportRowError(int line, String messageKey, List<Object> args) {

    public ImportRowError {
        args = List.copyOf(args);
    }

    static ImportRowError of(int line, String messageKey, Object... args) {
        return new ImportRowError(line, messageKey, List.of(args));
    }

    /** The arguments for {@code getTranslation(messageKey, arguments())}. */
    public Object[] arguments() {
        return args.toArray();
    }
}
