package se.tryggalov.calendar;

/**
 * Suggested night-walking groups per area per evening for each risk level; editable per
 * municipality. Risk 0 (nothing known) always suggests none.
 */
public record CoverageDefaults(int level1, int level2, int level3, int level4, int level5) {

    public CoverageDefaults {
        for (int groups : new int[] {level1, level2, level3, level4, level5}) {
            if (groups < 0) {
                throw new IllegalArgumentException("Group count must not be negative: " + groups);
            }
        }
    }

    /** DOMAIN.md: 5 → 3, 4 → 2, 3 → 2, 2 → 1, 1 → 0. */
    public static CoverageDefaults standard() {
        return new CoverageDefaults(0, 1, 2, 2, 3);
    }

    public int groupsFor(int riskLevel) {
        return switch (RiskDefaults.checkLevel(riskLevel)) {
            case 0 -> 0;
            case 1 -> level1;
            case 2 -> level2;
            case 3 -> level3;
            case 4 -> level4;
            default -> level5;
        };
    }
}
