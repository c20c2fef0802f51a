package se.tryggalov.dataimport;

import java.util.List;

/**
 * The dry-run verdict on one row: new, changed (which columns), unchanged, or an error (with every problem).
 *
 * @param subject what the row is about as the file names it (organisation, "contact, organisation", "name,
 *                e-mail"); shown only to the person who uploaded the file
 */
public record ImportRowResult(int line, String subject, ImportOutcome outcome, List<ImportColumn> changed,
                              List<ImportProblem> problems) {

    public ImportRowResult {
        changed = List.copyOf(changed);
        problems = List.copyOf(problems);
    }
}
