package se.tryggalov.followup;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.tryggalov.place.District;
import se.tryggalov.place.PlaceService;
import se.tryggalov.place.Venue;
import se.tryggalov.roster.WalkLogService;
import se.tryggalov.roster.WalkObservation;
import se.tryggalov.security.Account;
import se.tryggalov.security.CurrentUser;
import se.tryggalov.security.Role;
import se.tryggalov.shared.audit.AuditAction;
import se.tryggalov.shared.audit.AuditLog;
import se.tryggalov.shared.i18n.UserMessageException;
import se.tryggalov.shared.validation.IdentityNumbers;
import se.tryggalov.shared.validation.ImportFiles;
import se.tryggalov.shared.validation.PhoneNumbers;
import se.tryggalov.shared.validation.Problem;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Observations about places and categories (never people): partners' reports on the phone form, CSV files of
 * counts from the police or the housing company, and the night walks' logs, which stay the roster's and are read
 * through {@link WalkLogService} (one owner per table; nothing is copied, so a corrected log corrects the picture).
 */
@Service
public class ObservationService {

    static final int MAX_NOTE = 500;
    static final int MAX_COUNT = 10_000;
    static final int MAX_ROWS = 5_000;

    private final ObservationRepository observations;
    private final PlaceService places;
    private final WalkLogService walkLogs;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    ObservationService(ObservationRepository observations, PlaceService places, WalkLogService walkLogs,
                       CurrentUser currentUser, AuditLog audit, Clock clock) {
        this.observations = observations;
        this.places = places;
        this.walkLogs = walkLogs;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** Files one observation from the form; refused with a translated message (nothing saved) when wrong. */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN, Role.Names.PARTNER_CONTACT, Role.Names.VOLUNTEER})
    @Transactional
    public long report(ObservationDraft draft) {
        ObservationDraft clean = check(draft, places.districts());
        Optional<Account> me = currentUser.account();
        long id = observations.insert(clean, ObservationSource.PARTNER, null, me.map(Account::id).orElse(null),
                me.map(Account::organisationId).orElse(null), OffsetDateTime.now(clock));
        audit.record(AuditAction.OBSERVATION_REPORTED, "observation", id, clean.category().name());
        return id;
    }

    /**
     * Start-up code (the demo history): many observations at once, each checked by the same rule as the form, saved
     * in one batch as partner reports.
     */
    @RolesAllowed(Role.Names.ADMIN)
    @Transactional
    public int reportAtStartup(List<ObservationDraft> drafts) {
        List<District> districts = places.districts();
        List<ObservationDraft> clean = drafts.stream().map(d -> check(d, districts)).toList();
        observations.insertAll(clean, ObservationSource.PARTNER, OffsetDateTime.now(clock));
        audit.record(AuditAction.OBSERVATION_REPORTED, "observation", null, "start-up count=" + clean.size());
        return clean.size();
    }

    /** Every observation in the dates (both inclusive): reported, imported and from the walk logs, oldest first. */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN, Role.Names.PARTNER_CONTACT, Role.Names.VIEWER})
    @Transactional(readOnly = true)
    public List<Observation> between(LocalDate first, LocalDate last) {
        List<Observation> all = new ArrayList<>(observations.between(first, last));
        for (WalkObservation w : walkLogs.observations(first, last)) {
            if (w.count() > 0) {
                all.add(new Observation(w.walkLogId(), ObservationSource.WALK_LOG, w.districtId(), w.districtName(),
                        null, null, ObservationCategory.valueOf(w.category().name()), w.day().atStartOfDay(),
                        w.count(), null));
            }
        }
        all.sort(Comparator.comparing(Observation::observedAt).thenComparing(Observation::districtName));
        return all;
    }

    // ---- import ----------------------------------------------------------------------------------------------

    /** The dry run: every row checked, every problem with its line; nothing is saved. */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN, Role.Names.PARTNER_CONTACT})
    @Transactional(readOnly = true)
    public ObservationImport.Result check(byte[] file) {
        return read(file);
    }

    /**
     * Saves the file's new rows, all or nothing: a file with any problem saves nothing. Rows imported before (the
     * same district, place, category, time, count and note) are skipped, so the same file twice changes nothing.
     */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN, Role.Names.PARTNER_CONTACT})
    @Transactional
    public int importFile(byte[] file) {
        ObservationImport.Result result = read(file);
        if (!result.problems().isEmpty()) {
            throw new UserMessageException("followup.import.error.notSaved", result.problems().size());
        }
        Optional<Account> me = currentUser.account();
        OffsetDateTime now = OffsetDateTime.now(clock);
        int saved = 0;
        for (ObservationImport.Row row : result.rows()) {
            if (!row.alreadyImported()) {
                observations.insert(row.draft(), ObservationSource.IMPORT, row.key(), me.map(Account::id).orElse(null),
                        me.map(Account::organisationId).orElse(null), now);
                saved++;
            }
        }
        audit.record(AuditAction.DATA_IMPORTED, "observation", null, "rows=" + result.rows().size() + " new=" + saved);
        return saved;
    }

    private ObservationImport.Result read(byte[] file) {
        if (file == null) {
            throw new UserMessageException("followup.import.error.empty");
        }
        Problem.refuse(ImportFiles.checkSize(file.length));
        List<District> districts = places.districts();
        ObservationImport.Result parsed = ObservationImport.parse(file, districts, MAX_ROWS,
                draft -> problemOf(draft, districts));
        Set<String> stored = observations.existingKeys(parsed.rows().stream().map(ObservationImport.Row::key).toList());
        return parsed.markImported(stored);
    }

    // ---- the rules of an observation ----------------------------------------------------------------------------

    private Optional<Problem> problemOf(ObservationDraft draft, List<District> districts) {
        try {
            check(draft, districts);
            return Optional.empty();
        } catch (UserMessageException e) {
            return Optional.of(new Problem(e.messageKey(), List.of(e.arguments())));
        }
    }

    /** One rule for the form and the import: a known district (and its place), a category, a time not ahead. */
    private ObservationDraft check(ObservationDraft d, List<District> districts) {
        if (d == null || d.districtId() == null || d.category() == null || d.observedAt() == null
                || d.count() == null) {
            throw new UserMessageException("followup.error.required");
        }
        District district = districts.stream().filter(x -> x.id() == d.districtId()).findFirst()
                .orElseThrow(() -> new UserMessageException("followup.error.unknownDistrict"));
        if (d.venueId() != null && district.venues().stream().map(Venue::id).noneMatch(d.venueId()::equals)) {
            throw new UserMessageException("followup.error.placeNotInDistrict", district.name());
        }
        if (d.count() < 1 || d.count() > MAX_COUNT) {
            throw new UserMessageException("followup.error.count", MAX_COUNT);
        }
        LocalDateTime now = LocalDateTime.now(clock.withZone(se.tryggalov.shared.time.Zones.STOCKHOLM));
        if (d.observedAt().isAfter(now.plusMinutes(5))) {
            throw new UserMessageException("followup.error.future");
        }
        if (d.observedAt().isBefore(now.minusYears(10))) {
            throw new UserMessageException("followup.error.tooOld");
        }
        String note = d.note() == null || d.note().isBlank() ? null : d.note().strip();
        if (note != null) {
            if (note.length() > MAX_NOTE) {
                throw new UserMessageException("followup.error.noteTooLong", MAX_NOTE);
            }
            // about places, never people: the product's one rule for identity and phone numbers in free text
            Problem.refuse(IdentityNumbers.checkText(note));
            Problem.refuse(PhoneNumbers.checkText(note));
        }
        return new ObservationDraft(d.districtId(), d.venueId(), d.category(), d.observedAt().withSecond(0).withNano(0),
                d.count(), note);
    }

    /** Districts with their places, for the form. */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN, Role.Names.PARTNER_CONTACT, Role.Names.VOLUNTEER,
            Role.Names.VIEWER})
    @Transactional(readOnly = true)
    public List<District> districts() {
        return places.districts();
    }
}
