package se.tryggalov.admin;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.tryggalov.security.Role;
import se.tryggalov.shared.audit.AuditAction;
import se.tryggalov.shared.audit.AuditEntry;
import se.tryggalov.shared.audit.AuditNames;
import se.tryggalov.shared.audit.AuditFilter;
import se.tryggalov.shared.audit.AuditLog;
import se.tryggalov.shared.audit.AuditPage;
import se.tryggalov.shared.i18n.UserMessageException;

import java.util.ArrayList;
import java.util.List;

/** Administrators read the audit log; reading it is itself logged (it names people and addresses). */
@Service
public class AuditLogService {

    static final int MAX_ROWS = 500;
    static final int MAX_SUBJECT_LENGTH = 100;
    private final AuditLog audit;

    AuditLogService(AuditLog audit) {
        this.audit = audit;
    }

    @RolesAllowed(Role.Names.ADMIN)
    @Transactional
    public List<AuditEntry> search(AuditAction action, String actor) {
        return search(AuditFilter.of(action, actor)).entries();
    }

    /** The newest {@value #MAX_ROWS} entries that match, and whether older ones match too. */
    @RolesAllowed(Role.Names.ADMIN)
    @Transactional
    public AuditPage search(AuditFilter filter) {
        if (filter.from() != null && filter.to() != null && filter.to().isBefore(filter.from())) {
            throw new UserMessageException("auditlog.error.dateRange");
        }
        if (length(filter.subjectType()) > MAX_SUBJECT_LENGTH || length(filter.subjectId()) > MAX_SUBJECT_LENGTH
                || length(filter.actor()) > MAX_SUBJECT_LENGTH) {
            throw new UserMessageException("auditlog.error.tooLong", MAX_SUBJECT_LENGTH);
        }
        audit.record(AuditAction.AUDIT_LOG_VIEWED, "audit_log", null, describe(filter));
        return audit.search(filter, MAX_ROWS);
    }

    @RolesAllowed(Role.Names.ADMIN)
    @Transactional(readOnly = true)
    public List<String> subjectTypes() {
        return audit.subjectTypes();
    }

    private static int length(String value) {
        return value == null ? 0 : value.length();
    }

    /** What was looked for, without the actor's name: the log of the log holds ids, not people. */
    private static String describe(AuditFilter f) {
        List<String> parts = new ArrayList<>();
        if (f.action() != null) {
            parts.add(f.action().name());
        }
        if (f.subjectType() != null || f.subjectId() != null) {
            parts.add("subject=" + (f.subjectType() == null ? "*" : f.subjectType()) + "#"
                    + (f.subjectId() == null ? "*" : f.subjectId()));
        }
        if (f.from() != null || f.to() != null) {
            parts.add("from=" + (f.from() == null ? "" : f.from()) + " to=" + (f.to() == null ? "" : f.to()));
        }
        return parts.isEmpty() ? null : String.join(" ", parts);
    }

    /** The names the entries refer to (people, shifts), for writing them as sentences. */
    @RolesAllowed(Role.Names.ADMIN)
    @Transactional(readOnly = true)
    public AuditNames names(List<AuditEntry> entries) {
        return audit.names(entries);
    }
}
