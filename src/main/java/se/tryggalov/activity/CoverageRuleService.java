package se.tryggalov.activity;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.tryggalov.calendar.SchoolYear;
import se.tryggalov.security.Role;

import java.util.List;
import java.util.Optional;

/**
 * Coverage rules, and generating a school year's shifts from them and from the organisations' standing commitments
 * (materialised as activities staffed by the organisation, so coverage views can count them). Preview first, then
 * apply. Regenerating after the calendar changed creates, updates and deletes unassigned generated shifts to match;
 * shifts with people on them, and shifts made by hand, are never touched. Coordinators and administrators change
 * rules and apply them; partner contacts and viewers may read rules and previews.
 */
@Service
public class CoverageRuleService {

    /** Every rule, in the coordinators' order. */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN, Role.Names.PARTNER_CONTACT, Role.Names.VIEWER})
    @Transactional(readOnly = true)
    public List<CoverageRule> rules() {
        throw new UnsupportedOperationException();
    }

    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN, Role.Names.PARTNER_CONTACT, Role.Names.VIEWER})
    @Transactional(readOnly = true)
    public Optional<CoverageRule> rule(long ruleId) {
        throw new UnsupportedOperationException();
    }

    /** A new rule at the end of the list; checked (translated refusal, nothing saved) and audited. */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    @Transactional
    public long create(CoverageRuleDraft draft) {
        throw new UnsupportedOperationException();
    }

    /** Saves an edit of a rule; refused if someone else saved first. Shifts change only when the rules are applied. */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    @Transactional
    public void update(long ruleId, CoverageRuleDraft draft, int expectedVersion) {
        throw new UnsupportedOperationException();
    }

    /**
     * Deletes a rule. Its shifts stay until the rules are applied again, which removes the unassigned ones (and lists
     * the assigned ones as needing a decision).
     */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    @Transactional
    public void delete(long ruleId, int expectedVersion) {
        throw new UnsupportedOperationException();
    }

    /**
     * The default rules as drafts (not saved): night walks on evenings with risk ≥ 3 in the districts with hot spots,
     * groups from the risk table, 3–5 adults (4 wanted) with a lead, 21:00–01:00 (02:30 at risk 5); youth centres
     * open 18:00–23:00 on Fridays and Saturdays of breaks; outreach workers 19:00–23:00 on evenings with risk ≥ 4.
     * Responsible organisations are picked among the existing ones by kind, when there is one.
     */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    @Transactional(readOnly = true)
    public List<CoverageRuleDraft> defaults() {
        throw new UnsupportedOperationException();
    }

    /**
     * Saves the default rules that are not there yet (by name), e.g. for a new municipality.
     *
     * @return the number of rules added
     */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    @Transactional
    public int installDefaults() {
        throw new UnsupportedOperationException();
    }

    /** What applying every active rule and the standing commitments to the school year would do. Saves nothing. */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN, Role.Names.PARTNER_CONTACT, Role.Names.VIEWER})
    @Transactional(readOnly = true)
    public GenerationPreview preview(SchoolYear year) {
        throw new UnsupportedOperationException();
    }

    /**
     * Makes the school year's generated shifts match the active rules and standing commitments, as
     * {@link #preview} describes. Two applies at once are serialised, so no shift is ever made twice.
     */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    @Transactional
    public GenerationResult apply(SchoolYear year) {
        throw new UnsupportedOperationException();
    }
}
