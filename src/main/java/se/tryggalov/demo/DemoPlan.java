package se.tryggalov.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import se.tryggalov.activity.CoverageRule;
import se.tryggalov.activity.CoverageRuleDraft;
import se.tryggalov.activity.CoverageRuleService;
import se.tryggalov.activity.GenerationResult;
import se.tryggalov.calendar.CalendarService;
import se.tryggalov.calendar.SchoolYear;
import se.tryggalov.partner.Organisation;
import se.tryggalov.partner.PartnerService;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The demo year's plan: the default coverage rules (outreach handed to social services' outreach workers, youth
 * centres to culture and leisure) applied to the demo's current school year, and to the next one if its calendar
 * exists. Standing commitments of the demo partners become organisation-staffed activities on the same run. Call
 * {@link #load()} as a coordinator inside the demo loading transaction, after the calendar and the partners.
 */
@Component
class DemoPlan {

    static final String OUTREACH_ORGANISATION = "Socialförvaltningen – fältassistenter";
    static final String YOUTH_CENTRE_ORGANISATION = "Kultur- och fritidsförvaltningen";

    private static final Logger log = LoggerFactory.getLogger(DemoPlan.class);

    private final CoverageRuleService rules;
    private final CalendarService calendar;
    private final PartnerService partners;

    DemoPlan(CoverageRuleService rules, CalendarService calendar, PartnerService partners) {
        this.rules = rules;
        this.calendar = calendar;
        this.partners = partners;
    }

    void load() {
        long started = System.nanoTime();
        rules.installDefaults();
        Map<String, Long> organisations = partners.organisations().stream()
                .collect(Collectors.toMap(Organisation::name, Organisation::id, (a, b) -> a));
        List<CoverageRule> installed = rules.rules();
        assign(installed, "activities.type.OUTREACH", organisations.get(OUTREACH_ORGANISATION));
        assign(installed, "activities.type.YOUTH_CENTRE_OPENING", organisations.get(YOUTH_CENTRE_ORGANISATION));
        SchoolYear current = calendar.currentYear();
        for (SchoolYear year : List.of(current, current.next())) {
            if (calendar.plan(year).isPresent()) {
                GenerationResult result = rules.apply(year);
                log.info("Demo plan {}: {} shifts per risk level {}", year.label(), result.created(),
                        result.shiftsByRisk());
            }
        }
        log.info("Demo plan generated in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    /** Gives the rule of that type without an organisation the demo organisation responsible for it. */
    private void assign(List<CoverageRule> installed, String typeKey, Long organisationId) {
        if (organisationId == null) {
            return;
        }
        Optional<CoverageRule> rule = installed.stream()
                .filter(r -> r.type().messageKey().equals(typeKey) && r.organisationId() == null).findFirst();
        rule.ifPresent(r -> {
            CoverageRuleDraft d = r.draft();
            rules.update(r.id(), new CoverageRuleDraft(d.name(), d.type(), d.purpose(), organisationId, d.minRisk(),
                    d.weekdays(), d.inBreaksOnly(), d.scope(), d.venueKind(), d.districtIds(), d.groupsPerPlace(),
                    d.startsAt(), d.endsAt(), d.lateFromRisk(), d.lateEndsAt(), d.minSize(), d.peopleNeeded(),
                    d.maxSize(), d.leadRequired(), d.adultsOnly(), d.qualifications(), d.staffing(), d.active()),
                    r.version());
        });
    }
}
