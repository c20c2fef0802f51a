package se.tryggalov.calendar;

/**
 * Stable codes for every dated thing the calendar knows: statutory holidays (from jollyday),
 * eves (partly our own rules), school milestones and risk events. UI text is looked up by
 * {@link #messageKey()}; the enum name is what gets stored.
 */
public enum KeyDateKind {
    // Statutory holidays (lag 1989:253), as jollyday's SE calendar has them.
    NEW_YEARS_DAY(Category.STATUTORY_HOLIDAY, true),
    EPIPHANY(Category.STATUTORY_HOLIDAY, true),
    GOOD_FRIDAY(Category.STATUTORY_HOLIDAY, true),
    EASTER_SUNDAY(Category.STATUTORY_HOLIDAY, true),
    EASTER_MONDAY(Category.STATUTORY_HOLIDAY, true),
    MAY_DAY(Category.STATUTORY_HOLIDAY, true),
    ASCENSION_DAY(Category.STATUTORY_HOLIDAY, true),
    WHIT_SUNDAY(Category.STATUTORY_HOLIDAY, true),
    NATIONAL_DAY(Category.STATUTORY_HOLIDAY, true),
    MIDSUMMER_DAY(Category.STATUTORY_HOLIDAY, true),
    ALL_SAINTS_DAY(Category.STATUTORY_HOLIDAY, true),
    CHRISTMAS_DAY(Category.STATUTORY_HOLIDAY, true),
    BOXING_DAY(Category.STATUTORY_HOLIDAY, true),

    // Eves jollyday lists as holidays: not statutory, but days off in practice
    // (collective agreements), so no meetings are put on them.
    CHRISTMAS_EVE(Category.EVE, true),
    MIDSUMMER_EVE(Category.EVE, true),
    NEW_YEARS_EVE(Category.EVE, true),

    // Eves jollyday lacks: ordinary working days (or Saturdays) with an evening that matters.
    WALPURGIS_EVE(Category.EVE, false),
    EASTER_EVE(Category.EVE, false),
    WHITSUN_EVE(Category.EVE, false),
    TWELFTH_NIGHT(Category.EVE, false),
    ALL_SAINTS_EVE(Category.EVE, false),

    // School milestones.
    SCHOOL_END_CHRISTMAS(Category.SCHOOL, false),
    SCHOOL_END_SUMMER(Category.SCHOOL, false),
    LAST_SCHOOL_DAY_BEFORE_AUTUMN_BREAK(Category.SCHOOL, false),
    LAST_SCHOOL_DAY_BEFORE_WINTER_SPORTS_BREAK(Category.SCHOOL, false),
    STUDENTEN(Category.SCHOOL, false),

    // Risk events derived from the calendar.
    LUCIA(Category.RISK_EVENT, false),
    HALLOWEEN_WEEKEND(Category.RISK_EVENT, false),
    /** A Friday or Saturday in or around höstlov, sportlov or påsklov. */
    BREAK_FRIDAY_OR_SATURDAY(Category.RISK_EVENT, false),
    SUMMER_BREAK_FIRST_WEEKEND(Category.RISK_EVENT, false),
    SUMMER_BREAK_LAST_WEEKEND(Category.RISK_EVENT, false),
    /** The working day before three or more days off in a row (helgdagsafton för långhelg). */
    LONG_WEEKEND_EVE(Category.RISK_EVENT, false);

    /** What sort of key date a kind is. */
    public enum Category {
        STATUTORY_HOLIDAY,
        EVE,
        SCHOOL,
        RISK_EVENT
    }

    private final Category category;
    private final boolean dayOff;

    KeyDateKind(Category category, boolean dayOff) {
        this.category = category;
        this.dayOff = dayOff;
    }

    public Category category() {
        return category;
    }

    /** True when people in general do not work that day (statutory holidays and the big three eves). */
    public boolean isDayOff() {
        return dayOff;
    }

    /** Key for the UI's message bundle, e.g. {@code calendar.keyDate.WALPURGIS_EVE}. */
    public String messageKey() {
        return "calendar.keyDate." + name();
    }
}
