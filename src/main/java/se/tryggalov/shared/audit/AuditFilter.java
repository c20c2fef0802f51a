package se.tryggalov.shared.audit;

import java.time.LocalDate;

/**
 * What an administrator looks for in the audit log; every part is optional. {@code subjectType} and {@code subjectId}
 * name a record exactly ("user", "42": every entry about person 42); {@code actor} matches part of a username;
 * {@code from} and {@code to} are whole days in Swedish time, both included.
 */
public record AuditFilter(AuditAction action, String actor, String subjectType, String subjectId, LocalDate from,
                          LocalDate to) {

    public AuditFilter {
        actor = blankToNull(actor);
        subjectType = blankToNull(subjectType);
        subjectId = blankToNull(subjectId);
    }

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null);
    }

    public static AuditFilter of(AuditAction action, String actor) {
        return new AuditFilter(action, actor, null, null, null, null);
    }

    /** Every entry about one record, e.g. {@code subject("user", 42)}. */
    public static AuditFilter subject(String type, Object id) {
        return new AuditFilter(null, null, type, id == null ? null : id.toString(), null, null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
