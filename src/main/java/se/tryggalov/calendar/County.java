package se.tryggalov.calendar;

/**
 * The 21 Swedish counties (län) with their letter code and the sportlov ISO week most of the
 * county's municipalities use. Municipalities decide themselves, so this is only a default
 * ({@link MunicipalityRules#winterSportsBreakWeek()} overrides it).
 *
 * <p>Weeks follow the county pattern published each year in compilations of läsårstider
 * (south-west 7, south and middle 8, Stockholm–Mälardalen 9, Norrland 10). Where a county is
 * split, the comment says so and the week of its largest municipality or majority was chosen.
 */
public enum County {
    STOCKHOLM("AB", 9),
    /** Split 8–9 within the county. */
    UPPSALA("C", 9),
    SODERMANLAND("D", 8),
    /** Split 7–8 within the county. */
    OSTERGOTLAND("E", 8),
    JONKOPING("F", 7),
    KRONOBERG("G", 8),
    KALMAR("H", 8),
    GOTLAND("I", 9),
    BLEKINGE("K", 8),
    SKANE("M", 8),
    /** Split 7–8 within the county. */
    HALLAND("N", 7),
    /** Göteborg region week 7; other parts of the county use 8–10. */
    VASTRA_GOTALAND("O", 7),
    VARMLAND("S", 9),
    OREBRO("T", 8),
    VASTMANLAND("U", 9),
    DALARNA("W", 9),
    /** Split 9–10 (Gävle and southern Hälsingland 9, northern Hälsingland 10). */
    GAVLEBORG("X", 9),
    VASTERNORRLAND("Y", 10),
    JAMTLAND("Z", 10),
    VASTERBOTTEN("AC", 10),
    NORRBOTTEN("BD", 10);

    private final String letterCode;
    private final int defaultWinterSportsBreakWeek;

    County(String letterCode, int defaultWinterSportsBreakWeek) {
        this.letterCode = letterCode;
        this.defaultWinterSportsBreakWeek = defaultWinterSportsBreakWeek;
    }

    /** Länsbokstav, also the ISO 3166-2 suffix (SE-AB for Stockholm). */
    public String letterCode() {
        return letterCode;
    }

    /** ISO week (7–10) of sportlov in most of the county. */
    public int defaultWinterSportsBreakWeek() {
        return defaultWinterSportsBreakWeek;
    }
}
