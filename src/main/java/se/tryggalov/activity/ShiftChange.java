package se.tryggalov.activity;

import java.util.List;

/**
 * An existing unassigned generated shift that regenerating changes to {@code wanted}. {@code changes} are
 * translation keys of what differs ({@code activities.field.times}, {@code activities.field.sizes}, ...).
 */
public record ShiftChange(long shiftId, PlannedShift wanted, List<String> changes) {

    public ShiftChange {
        changes = List.copyOf(changes);
    }
}
