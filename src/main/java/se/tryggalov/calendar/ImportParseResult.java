package se.tryggalov.calendar;

import java.util.List;

/**
 * What an import file holds: the drafts of its good rows and every problem of its bad ones. Import only when
 * {@link #ok()}: {@link CalendarService#importItems} takes all drafts or none.
 *
 * @param lines the file line (CSV) or VEVENT ordinal (iCalendar) of each draft, in the same order
 */
public record ImportParseResult(List<ItemDraft> drafts, List<Integer> lines, List<ImportRowError> errors) {

    public ImportParseResult {
        drafts = List.copyOf(drafts);
        lines = List.copyOf(lines);
        errors = List.copyOf(errors);
        if (drafts.size() != lines.size()) {
            throw new IllegalArgumentException("One line number per draft");
        }
    }

    static ImportParseResult failed(ImportRowError error) {
        return new ImportParseResult(List.of(), List.of(), List.of(error));
    }

    public boolean ok() {
        return errors.isEmpty() && !drafts.isEmpty();
    }

    /** The file line of the draft an {@link ImportRejectedException} names (its 1-based {@code row()}). */
    public int lineOf(int row) {
        return row >= 1 && row <= lines.size() ? lines.get(row - 1) : row;
    }
}
