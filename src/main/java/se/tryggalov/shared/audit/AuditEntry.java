package se.tryggalov.shared.audit;

import java.time.OffsetDateTime;

/** One row of the audit log as administrators read it. */
public record AuditEntry(long id, OffsetDateTime occurredAt, String actorUsername, AuditAction action,
                         String subjectType, String subjectId, String details, String clientAddress) {
}
