package se.tryggalov.activity;

import se.tryggalov.calendar.SchoolYear;

import java.util.List;

/**
 * What rolling a break's (or a whole year's) shifts forward would do: every shift with its date next school year,
 * or the reason it has none. {@code calendarItemId} is the break or key date rolled forward, null for the whole
 * year. Nothing is saved by a preview.
 */
public record RollForwardPreview(SchoolYear from, SchoolYear to, Long calendarItemId, List<RollForwardItem> items) {

    public RollForwardPreview {
        items = List.copyOf(items);
    }

    public long count(RollForwardItem.Outcome outcome) {
        return items.stream().filter(i -> i.outcome() == outcome).count();
    }

    public List<RollForwardItem> notMatched() {
        return items.stream().filter(i -> i.outcome() == RollForwardItem.Outcome.NO_MATCH).toList();
    }
}
