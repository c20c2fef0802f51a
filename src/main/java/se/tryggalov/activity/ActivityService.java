package se.tryggalov.activity;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.tryggalov.calendar.SchoolYear;
import se.tryggalov.security.Role;

import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/**
 * Activities (insatser) and their shifts (pass): ONE SHIFT IS ONE GROUP. Coordinators and administrators change
 * them; partner contacts and viewers read the plan and the board (shifts hold no personal data: assignments are only
 * counted). Every change is checked here (a refusal is a {@code UserMessageException} with an
 * {@code activities.error.*} key and saves nothing), made against the version the user saw, and audited.
 */
@Service
public class ActivityService {

    // ---- reading -------------------------------------------------------------------------------------------

    /** The activities of a school year, by period, district and title, each with its number of shifts. */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN, Role.Names.PARTNER_CONTACT, Role.Names.VIEWER})
    @Transactional(readOnly = true)
    public List<Activity> activities(SchoolYear year) {
        throw new UnsupportedOperationException();
    }

    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN, Role.Names.PARTNER_CONTACT, Role.Names.VIEWER})
    @Transactional(readOnly = true)
    public Optional<Activity> activity(long activityId) {
        throw new UnsupportedOperationException();
    }

    /** The shifts matching the filter, by evening, start, district, activity and group; at most {@code limit}. */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN, Role.Names.PARTNER_CONTACT, Role.Names.VIEWER})
    @Transactional(readOnly = true)
    public List<Shift> shifts(ShiftFilter filter, int limit) {
        throw new UnsupportedOperationException();
    }

    /** The shifts matching the filter (at most 20 000). */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN, Role.Names.PARTNER_CONTACT, Role.Names.VIEWER})
    @Transactional(readOnly = true)
    public List<Shift> shifts(ShiftFilter filter) {
        throw new UnsupportedOperationException();
    }

    /** How many shifts match the filter. */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN, Role.Names.PARTNER_CONTACT, Role.Names.VIEWER})
    @Transactional(readOnly = true)
    public int count(ShiftFilter filter) {
        throw new UnsupportedOperationException();
    }

    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN, Role.Names.PARTNER_CONTACT, Role.Names.VIEWER})
    @Transactional(readOnly = true)
    public Optional<Shift> shift(long shiftId) {
        throw new UnsupportedOperationException();
    }

    /**
     * The date × district board of one break or key date (a calendar item): every evening it covers, its risk level,
     * and per district the groups planned (needed against assigned) and what organisations put out.
     */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN, Role.Names.PARTNER_CONTACT, Role.Names.VIEWER})
    @Transactional(readOnly = true)
    public PlanBoard board(long calendarItemId) {
        throw new UnsupportedOperationException();
    }

    // ---- activities ----------------------------------------------------------------------------------------

    /** A new activity; its district, venue (in that district), organisation and period must exist. */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    @Transactional
    public long createActivity(ActivityDraft draft) {
        throw new UnsupportedOperationException();
    }

    /**
     * Saves an edit of an activity. Refused if someone else saved first, or if a new period (break or key date)
     * would leave some of its shifts outside it. The school year cannot change.
     */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    @Transactional
    public void updateActivity(long activityId, ActivityDraft draft, int expectedVersion) {
        throw new UnsupportedOperationException();
    }

    /** Deletes an activity with its shifts; refused while anyone is assigned to one of them. */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    @Transactional
    public void deleteActivity(long activityId, int expectedVersion) {
        throw new UnsupportedOperationException();
    }

    // ---- shifts --------------------------------------------------------------------------------------------

    /**
     * Adds one shift (one group) to an activity. Refused: end equal to start, longer than 16 hours, sizes not
     * 1 ≤ min ≤ needed ≤ max ≤ 50, an evening outside the activity's break or key date (or its school year), a group
     * number already taken that evening.
     *
     * @return the new shift's id
     */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    @Transactional
    public long addShift(long activityId, ShiftDraft draft) {
        throw new UnsupportedOperationException();
    }

    /** Adds several shifts to an activity, all or nothing (one bad draft saves none). */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    @Transactional
    public List<Long> addShifts(long activityId, List<ShiftDraft> drafts) {
        throw new UnsupportedOperationException();
    }

    /** Saves an edit of one shift, checked like {@link #addShift}; refused if someone else saved first. */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    @Transactional
    public void updateShift(long shiftId, ShiftDraft draft, int expectedVersion) {
        throw new UnsupportedOperationException();
    }

    /** Deletes a shift; refused while anyone is assigned to it (cancel it instead). */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    @Transactional
    public void deleteShift(long shiftId, int expectedVersion) {
        throw new UnsupportedOperationException();
    }

    // ---- bulk ----------------------------------------------------------------------------------------------

    /**
     * Gives every shift the same start and end time (each keeps its evening), all or nothing: refused as a whole if
     * any shift changed since the caller saw it or the times are invalid.
     *
     * @return the number of shifts changed
     */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    @Transactional
    public int changeTimes(List<ShiftRef> shifts, LocalTime startsAt, LocalTime endsAt) {
        throw new UnsupportedOperationException();
    }

    /** Cancels the shifts (assignments stay, for the roster to tell people), all or nothing. */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    @Transactional
    public int cancel(List<ShiftRef> shifts) {
        throw new UnsupportedOperationException();
    }

    /** Brings cancelled shifts back as drafts (others are left as they are), all or nothing. */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    @Transactional
    public int reopen(List<ShiftRef> shifts) {
        throw new UnsupportedOperationException();
    }

    /** Sets the status of every shift, all or nothing. */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    @Transactional
    public int setStatus(List<ShiftRef> shifts, ShiftStatus status) {
        throw new UnsupportedOperationException();
    }
}
