package se.tryggalov.activity;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.tryggalov.calendar.SchoolYear;
import se.tryggalov.security.Role;

/**
 * Copies a break's (or a whole school year's) activities and shifts onto the next school year's matching dates: the
 * n-th Friday of sportlov lands on the n-th Friday of next sportlov, Valborg on Valborg, a term-time evening on the
 * same weekday of the same week of term. Copies are drafts without assignments, taking the risk level of their new
 * date. Doing it again copies nothing twice, and generated shifts land where regenerating the next year would put
 * them, so that does not duplicate them either. The next year's calendar must exist.
 */
@Service
public class RollForwardService {

    /**
     * Where every shift of the year (or of one break or key date, {@code calendarItemId}; null = the whole year)
     * would land next school year. Saves nothing.
     */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    @Transactional(readOnly = true)
    public RollForwardPreview preview(SchoolYear from, Long calendarItemId) {
        throw new UnsupportedOperationException();
    }

    /** Copies what {@link #preview} matched. */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    @Transactional
    public RollForwardResult apply(SchoolYear from, Long calendarItemId) {
        throw new UnsupportedOperationException();
    }
}
