package se.tryggalov.calendar;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * Editable default risk levels (0 = none, 1 = low … 5 = highest).
 *
 * @param keyDateRisk            risk of each key-date kind; every kind must be present
 * @param ordinaryFridaySaturday any Friday or Saturday not raised by a key date
 * @param breakDay               any day inside a break (weekday evenings in break weeks)
 */
public record RiskDefaults(Map<KeyDateKind, Integer> keyDateRisk, int ordinaryFridaySaturday, int breakDay) {

    public static final int MAX_LEVEL = 5;

    public RiskDefaults {
        var copy = new EnumMap<KeyDateKind, Integer>(KeyDateKind.class);
        copy.putAll(keyDateRisk);
        for (KeyDateKind kind : KeyDateKind.values()) {
            Integer level = copy.get(kind);
            if (level == null) {
                throw new IllegalArgumentException("No risk level for " + kind);
            }
            checkLevel(level);
        }
        checkLevel(ordinaryFridaySaturday);
        checkLevel(breakDay);
        keyDateRisk = Collections.unmodifiableMap(copy);
    }

    /** The DOMAIN.md table; kinds the table does not name are our documented choices. */
    public static RiskDefaults standard() {
        var risk = new EnumMap<KeyDateKind, Integer>(KeyDateKind.class);
        // A holiday evening is like a weekend evening: people are off, young people are out.
        for (KeyDateKind kind : KeyDateKind.values()) {
            risk.put(kind, 2);
        }
        // Level 5 (table).
        risk.put(KeyDateKind.WALPURGIS_EVE, 5);
        risk.put(KeyDateKind.NEW_YEARS_EVE, 5);
        risk.put(KeyDateKind.SCHOOL_END_SUMMER, 5);
        // Level 4 (table).
        risk.put(KeyDateKind.MIDSUMMER_EVE, 4);
        risk.put(KeyDateKind.HALLOWEEN_WEEKEND, 4);
        risk.put(KeyDateKind.STUDENTEN, 4);
        risk.put(KeyDateKind.LAST_SCHOOL_DAY_BEFORE_WINTER_SPORTS_BREAK, 4);
        risk.put(KeyDateKind.LAST_SCHOOL_DAY_BEFORE_AUTUMN_BREAK, 4);
        // Level 3 (table): break weekends, first/last summer weekends, eves of long weekends.
        risk.put(KeyDateKind.BREAK_FRIDAY_OR_SATURDAY, 3);
        risk.put(KeyDateKind.SUMMER_BREAK_FIRST_WEEKEND, 3);
        risk.put(KeyDateKind.SUMMER_BREAK_LAST_WEEKEND, 3);
        risk.put(KeyDateKind.LONG_WEEKEND_EVE, 3);
        // Our choice: named eves before holidays count like long-weekend eves...
        risk.put(KeyDateKind.EASTER_EVE, 3);
        risk.put(KeyDateKind.TWELFTH_NIGHT, 3);
        risk.put(KeyDateKind.ALL_SAINTS_EVE, 3);
        // ...and the Christmas school ending like a last day before a break.
        risk.put(KeyDateKind.SCHOOL_END_CHRISTMAS, 3);
        // Pingstafton stays at 2: Whit Monday is no holiday since 2005, so it is a plain Saturday.
        risk.put(KeyDateKind.WHITSUN_EVE, 2);
        return new RiskDefaults(risk, 2, 1);
    }

    public int riskOf(KeyDateKind kind) {
        return keyDateRisk.get(kind);
    }

    public RiskDefaults with(KeyDateKind kind, int level) {
        var copy = new EnumMap<>(keyDateRisk);
        copy.put(kind, level);
        return new RiskDefaults(copy, ordinaryFridaySaturday, breakDay);
    }

    public RiskDefaults withOrdinaryFridaySaturday(int level) {
        return new RiskDefaults(keyDateRisk, level, breakDay);
    }

    public RiskDefaults withBreakDay(int level) {
        return new RiskDefaults(keyDateRisk, ordinaryFridaySaturday, level);
    }

    static int checkLevel(int level) {
        if (level < 0 || level > MAX_LEVEL) {
            throw new IllegalArgumentException("Risk level must be 0.." + MAX_LEVEL + ": " + level);
        }
        return level;
    }
}
