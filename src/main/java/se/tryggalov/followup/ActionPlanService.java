package se.tryggalov.followup;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.tryggalov.activity.ActivityService;
import se.tryggalov.partner.Organisation;
import se.tryggalov.partner.PartnerService;
import se.tryggalov.place.District;
import se.tryggalov.place.PlaceService;
import se.tryggalov.security.Account;
import se.tryggalov.security.CurrentUser;
import se.tryggalov.security.Role;
import se.tryggalov.shared.audit.AuditAction;
import se.tryggalov.shared.audit.AuditLog;
import se.tryggalov.shared.i18n.UserMessageException;
import se.tryggalov.shared.validation.IdentityNumbers;
import se.tryggalov.shared.validation.PhoneNumbers;
import se.tryggalov.shared.validation.Problem;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The action plan register (åtgärdsplan): measures with an owner organisation, partners, districts, a period, a
 * follow-up date and a status, carried out by activities of the plan and answering observations of given
 * categories. Coordinators keep it; partners and viewers read it.
 */
@Service
public class ActionPlanService {

    static final int MAX_TITLE = 200;
    static final int MAX_DESCRIPTION = 2000;

    private final ActionPlanRepository measures;
    private final PartnerService partners;
    private final PlaceService places;
    private final ActivityService activities;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    ActionPlanService(ActionPlanRepository measures, PartnerService partners, PlaceService places,
                      ActivityService activities, CurrentUser currentUser, AuditLog audit, Clock clock) {
        this.measures = measures;
        this.partners = partners;
        this.places = places;
        this.activities = activities;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every measure, the next follow-up first. */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN, Role.Names.PARTNER_CONTACT, Role.Names.VIEWER})
    @Transactional(readOnly = true)
    public List<Measure> measures() {
        return measures.all();
    }

    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    @Transactional
    public long create(MeasureDraft draft) {
        MeasureDraft clean = check(draft);
        long id = measures.insert(clean, me(), OffsetDateTime.now(clock));
        audit.record(AuditAction.FOLLOWUP_CHANGED, "action_measure", id, "created");
        return id;
    }

    /** Saves an edit; refused (nothing changed) when someone else saved first. */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    @Transactional
    public void update(long id, MeasureDraft draft, int expectedVersion) {
        MeasureDraft clean = check(draft);
        if (!measures.update(id, clean, expectedVersion, me(), OffsetDateTime.now(clock))) {
            throw new UserMessageException("error.changedByOthers");
        }
        audit.record(AuditAction.FOLLOWUP_CHANGED, "action_measure", id, "updated " + clean.status());
    }

    private MeasureDraft check(MeasureDraft d) {
        if (d == null || d.title() == null || d.title().isBlank() || d.ownerOrganisationId() == null
                || d.firstDay() == null || d.lastDay() == null || d.followUpOn() == null || d.status() == null) {
            throw new UserMessageException("followup.measure.error.required");
        }
        String title = d.title().strip();
        if (title.length() > MAX_TITLE) {
            throw new UserMessageException("followup.measure.error.titleTooLong", MAX_TITLE);
        }
        String description = d.description() == null || d.description().isBlank() ? null : d.description().strip();
        if (description != null && description.length() > MAX_DESCRIPTION) {
            throw new UserMessageException("followup.measure.error.descriptionTooLong", MAX_DESCRIPTION);
        }
        for (String text : new String[] {title, description}) {
            Problem.refuse(IdentityNumbers.checkText(text));
            Problem.refuse(PhoneNumbers.checkText(text));
        }
        if (d.lastDay().isBefore(d.firstDay())) {
            throw new UserMessageException("followup.measure.error.endBeforeStart");
        }
        Set<Long> organisations = partners.organisations().stream().map(Organisation::id).collect(Collectors.toSet());
        if (!organisations.contains(d.ownerOrganisationId()) || !organisations.containsAll(d.partnerIds())) {
            throw new UserMessageException("followup.measure.error.unknownOrganisation");
        }
        Set<Long> districts = places.districts().stream().map(District::id).collect(Collectors.toSet());
        if (!districts.containsAll(d.districtIds())) {
            throw new UserMessageException("followup.measure.error.unknownDistrict");
        }
        for (long activity : d.activityIds()) {
            if (activities.activity(activity).isEmpty()) {
                throw new UserMessageException("followup.measure.error.unknownActivity");
            }
        }
        return new MeasureDraft(title, description, d.ownerOrganisationId(), d.partnerIds(), d.districtIds(),
                d.categories(), d.activityIds(), d.firstDay(), d.lastDay(), d.followUpOn(), d.status());
    }

    private Long me() {
        return currentUser.account().map(Account::id).orElse(null);
    }
}
