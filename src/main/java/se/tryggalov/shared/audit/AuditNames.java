package se.tryggalov.shared.audit;

import java.time.LocalDate;
import java.util.Map;

/**
 * The names an audit page's entries refer to by id, for a reader allowed to see them (callers check the role):
 * accounts by username and by id, and shifts as district and day.
 */
public record AuditNames(Map<String, String> byUsername, Map<Long, String> byUserId, Map<Long, ShiftName> shifts) {

    public static final AuditNames NONE = new AuditNames(Map.of(), Map.of(), Map.of());

    /** A shift as people say it: "Tumba, fre 30 apr.". */
    public record ShiftName(String district, LocalDate day) {
    }
}
