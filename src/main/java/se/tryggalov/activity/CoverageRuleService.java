package se.tryggalov.activity;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.tryggalov.calendar.CalendarService;
import se.tryggalov.calendar.CoverageDefaults;
import se.tryggalov.calendar.SchoolYear;
import se.tryggalov.calendar.YearPlan;
import se.tryggalov.partner.OrganisationDetail;
import se.tryggalov.partner.OrganisationKind;
import se.tryggalov.partner.PartnerService;
import se.tryggalov.place.PlaceService;
import se.tryggalov.place.VenueKind;
import se.tryggalov.security.Role;
import se.tryggalov.shared.audit.AuditAction;
import se.tryggalov.shared.audit.AuditLog;
import se.tryggalov.shared.i18n.Translations;
import se.tryggalov.shared.i18n.UserMessageException;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Coverage rules, and generating a school year's shifts from them and from the organisations' standing commitments
 * (materialised as activities staffed by the organisation, so coverage views can count them). Preview first, then
 * apply. Regenerating after the calendar changed creates, updates and deletes unassigned generated shifts to match;
 * shifts with people on them, and shifts made by hand, are never touched. Coordinators and administrators change
 * rules and apply them; partner contacts and viewers may read rules and previews.
 */
@Service
public class CoverageRuleService {

    private final CoverageRuleRepository rules;
    private final ActivityRepository activities;
    private final CalendarService calendar;
    private final PlaceService places;
    private final PartnerService partners;
    private final Translations translations;
    private final AuditLog audit;
    private final Clock clock;

    CoverageRuleService(CoverageRuleRepository rules, ActivityRepository activities, CalendarService calendar,
                        PlaceService places, PartnerService partners, Translations translations, AuditLog audit,
                        Clock clock) {
        this.rules = rules;
        this.activities = activities;
        this.calendar = calendar;
        this.places = places;
        this.partners = partners;
        this.translations = translations;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every rule, in the coordinators' order. */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN, Role.Names.PARTNER_CONTACT, Role.Names.VIEWER})
    @Transactional(readOnly = true)
    public List<CoverageRule> rules() {
        return rules.rules();
    }

    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN, Role.Names.PARTNER_CONTACT, Role.Names.VIEWER})
    @Transactional(readOnly = true)
    public Optional<CoverageRule> rule(long ruleId) {
        return rules.rule(ruleId);
    }

    /** A new rule at the end of the list; checked (translated refusal, nothing saved) and audited. */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    @Transactional
    public long create(CoverageRuleDraft draft) {
        CoverageRuleDraft clean = check(draft);
        long id = saving(() -> rules.insert(clean));
        audit.record(AuditAction.COVERAGE_RULE_CHANGED, "coverage_rule", id, "created");
        return id;
    }

    /** Saves an edit of a rule; refused if someone else saved first. Shifts change only when the rules are applied. */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    @Transactional
    public void update(long ruleId, CoverageRuleDraft draft, int expectedVersion) {
        if (!rules.exists(ruleId)) {
            throw new UserMessageException("error.notFound");
        }
        CoverageRuleDraft clean = check(draft);
        if (!saving(() -> rules.update(ruleId, clean, expectedVersion))) {
            throw new UserMessageException("error.changedByOthers");
        }
        audit.record(AuditAction.COVERAGE_RULE_CHANGED, "coverage_rule", ruleId, "updated");
    }

    /**
     * Deletes a rule. Its shifts stay until the rules are applied again, which removes the unassigned ones (and lists
     * the assigned ones as needing a decision).
     */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    @Transactional
    public void delete(long ruleId, int expectedVersion) {
        if (!rules.delete(ruleId, expectedVersion)) {
            throw new UserMessageException(rules.exists(ruleId) ? "error.changedByOthers" : "error.notFound");
        }
        audit.record(AuditAction.COVERAGE_RULE_CHANGED, "coverage_rule", ruleId, "deleted");
    }

    /**
     * The default rules as drafts (not saved): night walks on evenings with risk ≥ 3 in the districts with hot spots,
     * groups from the risk table, 3–5 adults (4 wanted) with a lead, 21:00–01:00 (02:30 at risk 5); youth centres
     * open 18:00–23:00 on Fridays and Saturdays of breaks; outreach workers 19:00–23:00 on evenings with risk ≥ 4.
     * The night walks' responsible organisation is the first night-walking organisation, when there is one. Rule
     * names are in Swedish, the municipality's language (they are data, not interface text).
     */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    @Transactional(readOnly = true)
    public List<CoverageRuleDraft> defaults() {
        Long nightWalkers = partners.organisations().stream()
                .filter(o -> o.kind() == OrganisationKind.NIGHT_WALKERS)
                .min(Comparator.comparing(o -> o.name().toLowerCase(java.util.Locale.ROOT)))
                .map(o -> o.id()).orElse(null);
        Set<DayOfWeek> fridaySaturday = Set.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
        return List.of(
                new CoverageRuleDraft(defaultName("activities.defaultRule.nightWalk"), ActivityType.NIGHT_WALK,
                        Purpose.PREVENTIVE, nightWalkers, 3, Set.of(), false, DistrictScope.HOT_SPOTS, null,
                        Set.of(), null, LocalTime.of(21, 0), LocalTime.of(1, 0), 5, LocalTime.of(2, 30), 3, 4, 5,
                        true, true, Set.of(), Staffing.PEOPLE, true),
                new CoverageRuleDraft(defaultName("activities.defaultRule.youthCentres"),
                        ActivityType.YOUTH_CENTRE_OPENING, Purpose.PROMOTING, null, 1, fridaySaturday, true,
                        DistrictScope.VENUES, VenueKind.YOUTH_CENTRE, Set.of(), 1, LocalTime.of(18, 0),
                        LocalTime.of(23, 0), null, null, 2, 2, 4, true, true, Set.of(), Staffing.ORGANISATION, true),
                new CoverageRuleDraft(defaultName("activities.defaultRule.outreach"), ActivityType.OUTREACH,
                        Purpose.PREVENTIVE, null, 4, Set.of(), false, DistrictScope.ALL, null, Set.of(), 1,
                        LocalTime.of(19, 0), LocalTime.of(23, 0), null, null, 2, 2, 3, false, true, Set.of(),
                        Staffing.PEOPLE, true));
    }

    private String defaultName(String key) {
        return translations.get(Translations.SWEDISH, key);
    }

    /**
     * Saves the default rules that are not there yet (by name), e.g. for a new municipality.
     *
     * @return the number of rules added
     */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    @Transactional
    public int installDefaults() {
        Set<String> names = new HashSet<>();
        rules.rules().forEach(r -> names.add(r.name()));
        int added = 0;
        for (CoverageRuleDraft draft : defaults()) {
            if (!names.contains(draft.name())) {
                create(draft);
                added++;
            }
        }
        return added;
    }

    /** What applying every active rule and the standing commitments to the school year would do. Saves nothing. */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN, Role.Names.PARTNER_CONTACT, Role.Names.VIEWER})
    @Transactional(readOnly = true)
    public GenerationPreview preview(SchoolYear year) {
        return diff(year).preview();
    }

    /**
     * Makes the school year's generated shifts match the active rules and standing commitments, as
     * {@link #preview} describes. Two applies at once are serialised, so no shift is ever made twice.
     */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    @Transactional
    public GenerationResult apply(SchoolYear year) {
        if (year == null) {
            throw new UserMessageException("activities.error.required");
        }
        activities.lockYearPlan(year.startYear());
        GenerationDiff diff = diff(year);
        GenerationResult result;
        try {
            result = diff.apply(activities, OffsetDateTime.now(clock));
        } catch (DataIntegrityViolationException e) {
            throw new UserMessageException("error.changedByOthers");
        }
        audit.record(AuditAction.SHIFTS_GENERATED, "school_year", year.label(), "created=" + result.created()
                + " updated=" + result.updated() + " deleted=" + result.deleted() + " decisions="
                + result.needsDecision().size());
        return result;
    }

    GenerationDiff diff(SchoolYear year) {
        if (year == null) {
            throw new UserMessageException("activities.error.required");
        }
        YearPlan plan = calendar.plan(year)
                .orElseThrow(() -> new UserMessageException("activities.error.noCalendar", year.label()));
        List<OrganisationDetail> organisations = partners.organisationDetails();
        CoveragePlanner planner = new CoveragePlanner(plan, rules.rules(), places.districts(), organisations,
                partners.districts(), CoverageDefaults.standard());
        var keyed = activities.keyedShifts(plan.schoolYearId());
        return new GenerationDiff(plan, planner, rules.rules(), activities.keyedActivities(plan.schoolYearId(),
                year.startYear()), keyed);
    }

    // ---- checks --------------------------------------------------------------------------------------------

    private CoverageRuleDraft check(CoverageRuleDraft d) {
        if (d == null || d.type() == null || d.purpose() == null || d.scope() == null || d.staffing() == null) {
            throw new UserMessageException("activities.error.required");
        }
        String name = PlanChecks.text(d.name(), PlanChecks.MAX_TITLE, "activities.error.ruleNameTooLong");
        if (name == null) {
            throw new UserMessageException("activities.error.ruleNameRequired");
        }
        if (d.minRisk() < 0 || d.minRisk() > 5) {
            throw new UserMessageException("activities.error.minRisk");
        }
        if (d.groupsPerPlace() != null && (d.groupsPerPlace() < 1 || d.groupsPerPlace() > 20)) {
            throw new UserMessageException("activities.error.groupsPerPlace", 20);
        }
        PlanChecks.times(d.startsAt(), d.endsAt());
        if ((d.lateFromRisk() == null) != (d.lateEndsAt() == null)) {
            throw new UserMessageException("activities.error.lateIncomplete");
        }
        if (d.lateFromRisk() != null) {
            if (d.lateFromRisk() < 1 || d.lateFromRisk() > 5) {
                throw new UserMessageException("activities.error.lateFromRisk");
            }
            PlanChecks.times(d.startsAt(), d.lateEndsAt());
        }
        PlanChecks.sizes(d.minSize(), d.peopleNeeded(), d.maxSize());
        if (d.scope() == DistrictScope.VENUES && d.venueKind() == null) {
            throw new UserMessageException("activities.error.venueKindRequired");
        }
        if (d.scope() == DistrictScope.LISTED && d.districtIds().isEmpty()) {
            throw new UserMessageException("activities.error.districtsRequired");
        }
        for (Long districtId : d.districtIds()) {
            if (districtId == null || !activities.districtExists(districtId)) {
                throw new UserMessageException("activities.error.unknownDistrict");
            }
        }
        if (d.organisationId() != null && !activities.organisationExists(d.organisationId())) {
            throw new UserMessageException("activities.error.unknownOrganisation");
        }
        return new CoverageRuleDraft(name, d.type(), d.purpose(), d.organisationId(), d.minRisk(), d.weekdays(),
                d.inBreaksOnly(), d.scope(), d.scope() == DistrictScope.VENUES ? d.venueKind() : null,
                d.scope() == DistrictScope.LISTED ? d.districtIds() : Set.of(), d.groupsPerPlace(), d.startsAt(),
                d.endsAt(), d.lateFromRisk(), d.lateEndsAt(), d.minSize(), d.peopleNeeded(), d.maxSize(),
                d.leadRequired(), d.adultsOnly(), d.qualifications(), d.staffing(), d.active());
    }

    private static <T> T saving(java.util.function.Supplier<T> write) {
        try {
            return write.get();
        } catch (DataIntegrityViolationException e) {
            throw new UserMessageException("error.changedByOthers");
        }
    }
}
