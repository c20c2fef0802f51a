package se.tryggalov.roster;

import java.time.LocalDateTime;
import java.util.Map;
import java.util.Set;

/**
 * What the lead files after the walk: who came (the ids of their places on the shift; everyone else confirmed on it
 * did not come), the actual start and end (Stockholm time), the places visited, counts per category and a note.
 */
public record WalkReport(Set<Long> present, LocalDateTime actualStart, LocalDateTime actualEnd, String placesVisited,
                         Map<WalkCategory, Integer> counts, String note) {

    public WalkReport {
        present = present == null ? Set.of() : Set.copyOf(present);
        counts = counts == null ? Map.of() : Map.copyOf(counts);
    }
}
