package se.tryggalov.followup;

/** When the weekly picture suggests raising the risk of the coming Friday and Saturday evenings. */
final class SuggestionRule {

    /** A district's observations must rise by at least this many (and by half, or from zero). */
    static final int MIN_RISE = 3;

    private SuggestionRule() {
    }
}
