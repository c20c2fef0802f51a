package se.tryggalov.shared.audit;

/** What an audit entry records. Each has a translation key {@code audit.action.<NAME>}. */
public enum AuditAction {
    LOGIN_SUCCEEDED,
    LOGIN_FAILED,
    LOGIN_THROTTLED,
    LOGOUT,
    PASSWORD_CHANGED,
    USER_CREATED,
    USER_ENABLED,
    USER_DISABLED,
    USER_UNLOCKED,
    USER_LIST_VIEWED,
    AUDIT_LOG_VIEWED,
    DEMO_DATA_LOADED,
    CALENDAR_GENERATED,
    CALENDAR_CONFIRMED,
    CALENDAR_CHANGED,
    CALENDAR_IMPORTED
}
