package se.tryggalov.roster;

import java.time.Duration;
import java.time.Instant;

/**
 * The municipality's self sign-up rules: the cancel deadline before a shift starts, how long a waitlist offer
 * stands, whether a published roster waits for each volunteer's yes, and the sign-up window when no rule for the
 * activity type or break says otherwise ({@code defaultOpensDaysBefore} null: as soon as the shift is open).
 */
public record SignupPolicy(int cancelDeadlineHours, int offerHours, boolean acceptanceRequired, boolean defaultOpen,
                           Integer defaultOpensDaysBefore, boolean defaultNeedsApproval, int version) {

    /** The last moment a person may cancel without it counting as late. */
    public Instant cancelDeadline(Instant shiftStart) {
        return shiftStart.minus(Duration.ofHours(cancelDeadlineHours));
    }

    /**
     * When an offer made now runs out: after the offer time, but never later than half the time left before the
     * shift starts, so the next in line still has a chance. Null when the shift has started.
     */
    public Instant offerExpiry(Instant now, Instant shiftStart) {
        if (!now.isBefore(shiftStart)) {
            return null;
        }
        Instant full = now.plus(Duration.ofHours(offerHours));
        Instant half = now.plus(Duration.between(now, shiftStart).dividedBy(2));
        return full.isBefore(half) ? full : half;
    }
}
