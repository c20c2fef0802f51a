package se.tryggalov.admin;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.tryggalov.security.Role;
import se.tryggalov.shared.audit.AuditAction;
import se.tryggalov.shared.audit.AuditEntry;
import se.tryggalov.shared.audit.AuditLog;

import java.util.List;

/** Administrators read the audit log; reading it is itself logged (it names people and addresses). */
@Service
public class AuditLogService {

    static final int MAX_ROWS = 500;
    private final AuditLog audit;

    AuditLogService(AuditLog audit) {
        this.audit = audit;
    }

    @RolesAllowed(Role.Names.ADMIN)
    @Transactional
    public List<AuditEntry> search(AuditAction action, String actor) {
        audit.record(AuditAction.AUDIT_LOG_VIEWED, "audit_log", null, action == null ? null : action.name());
        return audit.search(action, actor, MAX_ROWS);
    }
}
