package se.tryggalov.activity;

import se.tryggalov.calendar.SchoolYear;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What applying the coverage rules (and the standing commitments) to a school year would do, per source: shifts
 * to create, to update and to delete, generated shifts with people on them that need a decision, and how many
 * shifts the source wants per risk level and per district. Nothing is saved by a preview.
 */
public record GenerationPreview(SchoolYear year, List<SourcePreview> sources) {

    public GenerationPreview {
        sources = List.copyOf(sources);
    }

    /**
     * One rule's or commitment's part. {@code shiftsByRisk} and {@code shiftsByDistrict} count the shifts it wants
     * (what the year holds for it after applying); {@code unchanged} are wanted shifts already as they should be.
     */
    public record SourcePreview(GenerationSource source, List<PlannedShift> toCreate, List<ShiftChange> toUpdate,
                                List<PlannedShift> toDelete, List<NeedsDecision> needsDecision, int unchanged,
                                SortedMap<Integer, Integer> shiftsByRisk, Map<Long, Integer> shiftsByDistrict) {

        public SourcePreview {
            toCreate = List.copyOf(toCreate);
            toUpdate = List.copyOf(toUpdate);
            toDelete = List.copyOf(toDelete);
            needsDecision = List.copyOf(needsDecision);
            shiftsByRisk = new TreeMap<>(shiftsByRisk);
            shiftsByDistrict = new LinkedHashMap<>(shiftsByDistrict);
        }

        public int wanted() {
            return shiftsByRisk.values().stream().mapToInt(Integer::intValue).sum();
        }

        public boolean changesAnything() {
            return !toCreate.isEmpty() || !toUpdate.isEmpty() || !toDelete.isEmpty();
        }
    }

    public int toCreate() {
        return sources.stream().mapToInt(s -> s.toCreate().size()).sum();
    }

    public int toUpdate() {
        return sources.stream().mapToInt(s -> s.toUpdate().size()).sum();
    }

    public int toDelete() {
        return sources.stream().mapToInt(s -> s.toDelete().size()).sum();
    }

    public int unchanged() {
        return sources.stream().mapToInt(SourcePreview::unchanged).sum();
    }

    public List<NeedsDecision> needsDecision() {
        return sources.stream().flatMap(s -> s.needsDecision().stream()).toList();
    }

    public boolean changesAnything() {
        return sources.stream().anyMatch(SourcePreview::changesAnything);
    }

    /** Wanted shifts of every source per risk level. */
    public SortedMap<Integer, Integer> shiftsByRisk() {
        SortedMap<Integer, Integer> total = new TreeMap<>();
        sources.forEach(s -> s.shiftsByRisk().forEach((k, v) -> total.merge(k, v, Integer::sum)));
        return total;
    }

    /** Wanted shifts of every source per district id. */
    public Map<Long, Integer> shiftsByDistrict() {
        Map<Long, Integer> total = new LinkedHashMap<>();
        sources.forEach(s -> s.shiftsByDistrict().forEach((k, v) -> total.merge(k, v, Integer::sum)));
        return total;
    }
}
