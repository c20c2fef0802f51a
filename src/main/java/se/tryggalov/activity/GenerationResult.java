package se.tryggalov.activity;

import se.tryggalov.calendar.SchoolYear;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What applying the coverage rules did: shifts created, updated and deleted (activities left empty are removed
 * too), shifts already right, the generated shifts with people on them that were left alone and need a decision,
 * and the year's generated shifts per risk level afterwards.
 */
public record GenerationResult(SchoolYear year, int created, int updated, int deleted, int unchanged,
                               int activitiesCreated, int activitiesDeleted, List<NeedsDecision> needsDecision,
                               SortedMap<Integer, Integer> shiftsByRisk) {

    public GenerationResult {
        needsDecision = List.copyOf(needsDecision);
        shiftsByRisk = new TreeMap<>(shiftsByRisk);
    }
}
