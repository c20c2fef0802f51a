package se.tryggalov.roster;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * What the roster tells the rest of the app, as Spring events published inside the transaction of the change
 * (listeners that write, such as notifications, write in the same transaction: the change and its consequences
 * commit or roll back together).
 */
public final class RosterEvents {

    private RosterEvents() {
    }

    /** A roster was published: these shifts are now visible with their people. */
    public record Published(Set<Long> shiftIds) {
    }

    /** How a coordinator changed a person's place. */
    public enum Change { MOVED, TAKEN_OFF }

    /**
     * A coordinator changed a person's place: moved it to {@code shiftId} from {@code fromShiftId}, or took the person
     * off {@code shiftId} ({@code fromShiftId} null).
     */
    public record PlaceChanged(long shiftId, long userId, Change change, Long fromShiftId) {
    }

    /** A person gave up their place on the shift themselves (cancelled, or "I can't come"). */
    public record PlaceLeft(long shiftId, long userId) {
    }

    /** A place on the shift freed up and is offered to the person from the waitlist until {@code expiresAt}. */
    public record OfferMade(long shiftId, long userId, Instant expiresAt) {
    }

    /**
     * The person said "I can't come" after the cancel deadline; {@code told} are whom the roster's rule says to tell
     * (the shift's responsible coordinators and its organisation's contact persons, each address once).
     */
    public record CannotCome(long shiftId, long userId, String personName, List<Told> told) {

        public CannotCome {
            told = List.copyOf(told);
        }
    }

    /** Someone to tell: an account ({@code userId}) or a contact person without one (null), with their language. */
    public record Told(Long userId, String email, String language) {
    }
}
