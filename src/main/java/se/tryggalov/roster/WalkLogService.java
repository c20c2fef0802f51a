package se.tryggalov.roster;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.tryggalov.security.Account;
import se.tryggalov.security.CurrentUser;
import se.tryggalov.security.Role;
import se.tryggalov.security.SystemAuthentication;
import se.tryggalov.shared.audit.AuditAction;
import se.tryggalov.shared.audit.AuditLog;
import se.tryggalov.shared.i18n.UserMessageException;
import se.tryggalov.shared.time.Zones;
import se.tryggalov.shared.validation.IdentityNumbers;
import se.tryggalov.shared.validation.PhoneNumbers;
import se.tryggalov.shared.validation.Problem;
import se.tryggalov.volunteer.QualificationKind;
import se.tryggalov.volunteer.VolunteerService;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * Check-in and the walk log: after the walk the group's lead (confirmed on the shift with a valid lead
 * qualification) or a coordinator marks who came, the actual start and end, and files the evening's report. Who came
 * gets the hours; who did not is a no-show. The report is about places, never people: a note or a list of places
 * holding a personal identity number or a phone number is refused. Follow-up reads tallies and counts from here.
 */
@Service
public class WalkLogService {

    static final int MAX_COUNT = 10_000;
    static final int MAX_PLACES = 1000;
    static final int MAX_NOTE = 2000;

    private final WalkLogRepository logs;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;
    private final VolunteerService volunteers;
    private final SystemAuthentication system;

    WalkLogService(WalkLogRepository logs, CurrentUser currentUser, AuditLog audit, Clock clock,
                   VolunteerService volunteers, SystemAuthentication system) {
        this.volunteers = volunteers;
        this.system = system;
        this.logs = logs;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** The shift's people and its report so far, for its lead or a coordinator. */
    @RolesAllowed({Role.Names.VOLUNTEER, Role.Names.COORDINATOR, Role.Names.ADMIN})
    @Transactional
    public CheckInSheet sheet(long shiftId) {
        WalkLogRepository.ShiftHead shift = allowed(shiftId);
        List<CheckInSheet.Walker> people = logs.walkers(shiftId);
        audit.record(AuditAction.PERSON_LIST_VIEWED, "shift", shiftId, "check-in count=" + people.size());
        return new CheckInSheet(shift.id(), shift.day(), shift.startsAt(), shift.endsAt(), shift.districtName(),
                shift.title(), people, logs.report(shiftId, Zones.STOCKHOLM).orElse(null));
    }

    /** Marks who came and files (or corrects) the report; refused with a message, changing nothing, when wrong. */
    @RolesAllowed({Role.Names.VOLUNTEER, Role.Names.COORDINATOR, Role.Names.ADMIN})
    @Transactional
    public void file(long shiftId, WalkReport report) {
        WalkLogRepository.ShiftHead shift = allowed(shiftId);
        LocalDateTime now = LocalDateTime.now(clock.withZone(Zones.STOCKHOLM));
        if (shift.start().isAfter(now)) {
            throw new UserMessageException("walklog.error.notYet");
        }
        if (report == null || report.actualStart() == null || report.actualEnd() == null) {
            throw new UserMessageException("walklog.error.timesRequired");
        }
        if (!report.actualEnd().isAfter(report.actualStart())
                || Duration.between(report.actualStart(), report.actualEnd()).toHours() >= 24) {
            throw new UserMessageException("walklog.error.endBeforeStart");
        }
        if (Duration.between(shift.start(), report.actualStart()).abs().toHours() >= 12
                || report.actualEnd().isAfter(now)) {
            throw new UserMessageException("walklog.error.timesOutsideEvening");
        }
        text(report.placesVisited(), MAX_PLACES);
        text(report.note(), MAX_NOTE);
        for (Map.Entry<WalkCategory, Integer> count : report.counts().entrySet()) {
            if (count.getKey() == null || count.getValue() == null || count.getValue() < 0
                    || count.getValue() > MAX_COUNT) {
                throw new UserMessageException("walklog.error.count", MAX_COUNT);
            }
        }
        List<Long> onShift = logs.walkers(shiftId).stream().map(CheckInSheet.Walker::assignmentId).toList();
        if (!onShift.containsAll(report.present())) {
            throw new UserMessageException("error.changedByOthers");
        }
        OffsetDateTime start = report.actualStart().atZone(Zones.STOCKHOLM).toOffsetDateTime();
        OffsetDateTime end = report.actualEnd().atZone(Zones.STOCKHOLM).toOffsetDateTime();
        OffsetDateTime filedAt = OffsetDateTime.now(clock);
        logs.markAttendance(shiftId, report.present(), start, end, filedAt);
        long id = logs.saveLog(shiftId, report, start, end, filer(), filedAt);
        audit.record(AuditAction.ROSTER_CHANGED, "walk_log", id,
                "shift " + shiftId + " present=" + report.present().size() + " of " + onShift.size());
        recordTraining(shift, report.present());
    }

    /**
     * A training evening gives those who came its qualification, obtained on the evening. The volunteer feature
     * writes it; the caller was checked above (a coordinator, or the evening's lead, for whom the write runs with a
     * coordinator's right to the volunteer records, as the lead's filing is the authority here).
     */
    private void recordTraining(WalkLogRepository.ShiftHead shift, java.util.Set<Long> present) {
        var grant = logs.trainingGrant(shift.id());
        if (grant.isEmpty() || present.isEmpty()) {
            return;
        }
        List<Long> people = logs.userIdsOf(shift.id(), present);
        QualificationKind kind = QualificationKind.valueOf(grant.get().qualification());
        LocalDate expires = grant.get().validMonths() == null ? null : shift.day().plusMonths(grant.get().validMonths());
        boolean coordinator = currentUser.hasRole(Role.COORDINATOR) || currentUser.hasRole(Role.ADMIN);
        if (coordinator) {
            volunteers.recordTraining(people, kind, shift.day(), expires);
        } else {
            system.callAs(() -> volunteers.recordTraining(people, kind, shift.day(), expires), Role.COORDINATOR);
        }
    }

    /** A text about places: neither an identity number nor a phone number, and not too long. */
    private static void text(String text, int max) {
        if (text == null) {
            return;
        }
        if (text.length() > max) {
            throw new UserMessageException("walklog.error.tooLong", max);
        }
        Problem.refuse(IdentityNumbers.checkText(text));
        Problem.refuse(PhoneNumbers.checkText(text));
    }

    /** Hours, walks, no-shows and late cancellations per person (optionally one organisation's people). */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    @Transactional
    public List<WalkTally> tally(LocalDate first, LocalDate last, Long organisationId) {
        List<WalkTally> rows = logs.tally(first, last, organisationId);
        audit.record(AuditAction.PERSON_LIST_VIEWED, "walk_tally", first + ".." + last, "count=" + rows.size());
        return rows;
    }

    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    @Transactional(readOnly = true)
    public Map<String, BigDecimal> hoursPerOrganisation(LocalDate first, LocalDate last) {
        return logs.hoursPerOrganisation(first, last);
    }

    /** The counts of filed walk logs in the period (no people in them), for follow-up. */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN, Role.Names.PARTNER_CONTACT, Role.Names.VIEWER})
    @Transactional(readOnly = true)
    public List<WalkObservation> observations(LocalDate first, LocalDate last) {
        return logs.observations(first, last);
    }

    /** Night-walk evenings per organisation of the walkers, with their logs (no names), for the grant basis. */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    @Transactional(readOnly = true)
    public List<WalkEvening> evenings(LocalDate first, LocalDate last) {
        return logs.evenings(first, last);
    }

    private WalkLogRepository.ShiftHead allowed(long shiftId) {
        WalkLogRepository.ShiftHead shift = logs.lockShift(shiftId)
                .orElseThrow(() -> new UserMessageException("error.notFound"));
        boolean coordinator = currentUser.hasRole(Role.COORDINATOR) || currentUser.hasRole(Role.ADMIN);
        if (!coordinator) {
            Account me = currentUser.account().orElseThrow(() -> new UserMessageException("walklog.error.notLead"));
            if (!logs.leadsShift(shiftId, me.id())) {
                throw new UserMessageException("walklog.error.notLead");
            }
        }
        return shift;
    }

    /** Who files: the signed-in account; null for start-up code (the demo data) running as the system. */
    private Long filer() {
        return currentUser.account().map(Account::id).orElse(null);
    }
}
