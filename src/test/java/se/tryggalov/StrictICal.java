package se.tryggalov;

import net.fortuna.ical4j.util.CompatibilityHints;

import java.util.List;

/**
 * ical4j in strict mode for the tests that parse what the app serves (RFC 5545 as written, no relaxed parsing,
 * unfolding or validation, no Outlook leniency), and back to its defaults afterwards: the hints are global.
 */
public final class StrictICal {

    private static final List<String> RELAXATIONS = List.of(CompatibilityHints.KEY_RELAXED_PARSING,
            CompatibilityHints.KEY_RELAXED_UNFOLDING, CompatibilityHints.KEY_RELAXED_VALIDATION,
            CompatibilityHints.KEY_OUTLOOK_COMPATIBILITY);

    private StrictICal() {
    }

    public static void on() {
        RELAXATIONS.forEach(key -> CompatibilityHints.setHintEnabled(key, false));
    }

    public static void off() {
        RELAXATIONS.forEach(CompatibilityHints::clearHintEnabled);
    }
}
