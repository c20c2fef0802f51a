package se.tryggalov.followup;

import java.util.Arrays;
import java.util.Optional;

/**
 * What partners and walking groups observe (EST's categories): places and things, never people. The walk log's
 * categories are a subset with the same names, so a walk log's count maps by name.
 */
public enum ObservationCategory {
    DAMAGE,
    GRAFFITI,
    BROKEN_GLASS,
    FIRE,
    LITTERING,
    UNSAFE_PLACE,
    YOUTH_GATHERING,
    MOPEDS,
    DRUGS,
    DISTURBANCE,
    OTHER;

    /** The category of the same name (any case), if there is one. */
    public static Optional<ObservationCategory> of(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String clean = name.strip().toUpperCase(java.util.Locale.ROOT).replace(' ', '_').replace('-', '_');
        return Arrays.stream(values()).filter(c -> c.name().equals(clean)).findFirst();
    }

    public String messageKey() {
        return "followup.category." + name();
    }
}
