package se.tryggalov.shared.db;

import java.sql.SQLException;

/**
 * The database's own rules on people and shifts (V9) as SQLSTATEs, so the service that caused a refusal can name
 * it: a group over its maximum (the trigger raises {@code 23TLF}, an integrity violation of class 23) and one person
 * on two shifts that overlap (the exclusion constraint, {@code 23P01}).
 */
public final class PlaceRules {

    public static final String FULL = "23TLF";
    public static final String OVERLAP = "23P01";

    private PlaceRules() {
    }

    /** The first SQLSTATE in the exception's causes, or null. */
    public static String sqlState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    public static boolean isFull(Throwable e) {
        return FULL.equals(sqlState(e));
    }

    public static boolean isOverlap(Throwable e) {
        return OVERLAP.equals(sqlState(e));
    }
}
