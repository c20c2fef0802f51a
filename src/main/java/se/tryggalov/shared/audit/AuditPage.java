package se.tryggalov.shared.audit;

import java.util.List;

/** The newest entries that match a filter, at most {@code limit}; {@code more} says older matching ones exist. */
public record AuditPage(List<AuditEntry> entries, int limit, boolean more) {

    public AuditPage {
        entries = List.copyOf(entries);
    }
}
