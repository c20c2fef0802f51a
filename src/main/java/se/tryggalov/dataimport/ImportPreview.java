package se.tryggalov.dataimport;

import java.util.List;

/**
 * The result of a dry run: the verdict on every row and the problems of the file as a whole. Nothing has been
 * written. {@link ImportService#apply} writes exactly this change set, or refuses when the database has changed
 * meanwhile ({@link #fingerprint()} differs).
 */
public record ImportPreview(ImportKind kind, List<ImportRowResult> rows, List<ImportProblem> fileProblems,
                            String fingerprint) {

    public ImportPreview {
        rows = List.copyOf(rows);
        fileProblems = List.copyOf(fileProblems);
    }

    public long count(ImportOutcome outcome) {
        return rows.stream().filter(r -> r.outcome() == outcome).count();
    }

    public boolean hasErrors() {
        return !fileProblems.isEmpty() || count(ImportOutcome.ERROR) > 0;
    }

    /** Whether applying would write anything: no errors and at least one new or changed row. */
    public boolean canApply() {
        return !hasErrors() && count(ImportOutcome.NEW) + count(ImportOutcome.CHANGED) > 0;
    }
}
