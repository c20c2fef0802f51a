package se.tryggalov.roster;

import java.math.BigDecimal;

/** Follow-up per person: hours walked, no-shows and late cancellations in a period (organisation: its members). */
public record WalkTally(long userId, String name, BigDecimal hours, int walks, int noShows, int lateCancellations) {
}
