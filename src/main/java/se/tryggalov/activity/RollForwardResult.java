package se.tryggalov.activity;

import se.tryggalov.calendar.SchoolYear;

import java.util.List;

/**
 * What a roll-forward did: activities and shifts created next school year (all shifts as drafts without
 * assignments), and the shifts not copied with their reasons.
 */
public record RollForwardResult(SchoolYear from, SchoolYear to, int activitiesCreated, int shiftsCreated,
                                int alreadyThere, List<RollForwardItem> notRolled) {

    public RollForwardResult {
        notRolled = List.copyOf(notRolled);
    }
}
