package se.tryggalov.calendar;

/**
 * What a risk level (0 = none, 1 = low … 5 = highest; DOMAIN.md "Risk levels") means for planning, named once so
 * views and services draw the same line. Levels are plain integers where they are stored and computed.
 */
public final class RiskLevel {

    /** The highest level. */
    public static final int HIGHEST = RiskDefaults.MAX_LEVEL;
    /**
     * From here a date is raised above an ordinary term-time weekend (level 2): break weekends, eves of long
     * weekends and everything above. Levels 3 and 4 both suggest two walking groups per area.
     */
    public static final int RAISED = 3;
    /** "High risk" (levels 4 and 5): the nights that run late and whose share is spread fairly. */
    public static final int HIGH = 4;

    private RiskLevel() {
    }

    /** Whether a level (null = none) is {@value #RAISED} or higher. */
    public static boolean isRaised(Integer level) {
        return level != null && level >= RAISED;
    }

    /** Whether a level (null = none) is {@value #HIGH} or higher. */
    public static boolean isHigh(Integer level) {
        return level != null && level >= HIGH;
    }
}
