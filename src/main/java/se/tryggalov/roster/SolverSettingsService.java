package se.tryggalov.roster;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.tryggalov.roster.solver.RosterSolver;
import se.tryggalov.security.Role;
import se.tryggalov.shared.audit.AuditAction;
import se.tryggalov.shared.audit.AuditLog;
import se.tryggalov.shared.i18n.UserMessageException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The municipality's switches and weights for the solver's constraints. Coordinators and administrators read and
 * change them; every change is made against the version the coordinator saw and logged.
 */
@Service
public class SolverSettingsService {

    public static final int MIN_WEIGHT = 0;
    public static final int MAX_WEIGHT = 1000;

    private final RosterRepository roster;
    private final AuditLog audit;

    SolverSettingsService(RosterRepository roster, AuditLog audit) {
        this.roster = roster;
        this.audit = audit;
    }

    /** Every constraint the solver knows, in its order, with the saved setting or the default (on, weight 1). */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    @Transactional(readOnly = true)
    public List<ConstraintSetting> settings() {
        Map<String, RosterRepository.SettingRow> saved = roster.settings();
        return RosterSolver.constraints().stream().map(c -> {
            RosterRepository.SettingRow row = saved.get(c.name());
            return row == null
                    ? new ConstraintSetting(c.name(), c.level(), c.defaultWeight(), true, 1, 0, false)
                    : new ConstraintSetting(c.name(), c.level(), c.defaultWeight(), row.enabled(), row.weight(),
                    row.version(), true);
        }).toList();
    }

    /** The municipality's default night limits and paid staff's rest rules. */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    @Transactional(readOnly = true)
    public SolverLimits limits() {
        return roster.limits();
    }

    /** Saves changed constraint settings only; see {@link #save(List, SolverLimits)}. */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    @Transactional
    public int save(List<ConstraintSetting> settings) {
        return save(settings, null);
    }

    /**
     * Saves the settings the coordinator changed (each as read, with its new values) and the limits (as read, with
     * their new values; null or unchanged = left alone); all or nothing. Refused with a message when a weight or a
     * limit is out of range, a constraint is unknown, or someone else changed one of them since it was read.
     * Returns how many rules and limits were saved.
     */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    @Transactional
    public int save(List<ConstraintSetting> settings, SolverLimits limits) {
        if (limits != null) {
            checkRange(limits.maxNightsPerMonth(), SolverLimits.MAX_NIGHTS_PER_MONTH, "maxNightsPerMonth");
            checkRange(limits.maxNightsPerWeekend(), SolverLimits.MAX_NIGHTS_PER_WEEKEND, "maxNightsPerWeekend");
            checkRange(limits.dailyRestHours(), SolverLimits.MAX_DAILY_REST_HOURS, "dailyRestHours");
            checkRange(limits.weeklyRestHours(), SolverLimits.MAX_WEEKLY_REST_HOURS, "weeklyRestHours");
        }
        int savedLimits = 0;
        if (limits != null) {
            SolverLimits stored = roster.limits();
            if (!stored.sameValues(limits)) {
                if (stored.version() != limits.version() || !roster.saveLimits(limits)) {
                    throw new UserMessageException("error.changedByOthers");
                }
                audit.record(AuditAction.SOLVER_SETTINGS_CHANGED, "solver_limits", 1L, String.format(
                        "nightsPerMonth=%d nightsPerWeekend=%d dailyRestHours=%d weeklyRestHours=%d",
                        limits.maxNightsPerMonth(), limits.maxNightsPerWeekend(), limits.dailyRestHours(),
                        limits.weeklyRestHours()));
                savedLimits = 1;
            }
        }
        return savedLimits + saveConstraints(settings);
    }

    private static void checkRange(int value, int max, String limit) {
        if (value < 1 || value > max) {
            throw new UserMessageException("roster.settings.error." + limit, "1", String.valueOf(max));
        }
    }

    private int saveConstraints(List<ConstraintSetting> settings) {
        Map<String, RosterRepository.SettingRow> stored = roster.settings();
        List<String> known = RosterSolver.constraints().stream().map(RosterSolver.SolverConstraint::name).toList();
        List<String> changed = new ArrayList<>();
        for (ConstraintSetting s : settings) {
            if (!known.contains(s.name())) {
                throw new UserMessageException("error.notFound");
            }
            if (s.weight() < MIN_WEIGHT || s.weight() > MAX_WEIGHT) {
                throw new UserMessageException("roster.settings.error.weight", String.valueOf(MIN_WEIGHT),
                        String.valueOf(MAX_WEIGHT));
            }
        }
        for (ConstraintSetting s : settings) {
            RosterRepository.SettingRow row = stored.get(s.name());
            boolean same = row == null ? s.enabled() && s.weight() == 1
                    : row.enabled() == s.enabled() && row.weight() == s.weight();
            if (same) {
                continue;
            }
            if (row != null && !s.saved() || !roster.saveSetting(s.name(), s.enabled(), s.weight(), s.version(),
                    row != null)) {
                throw new UserMessageException("error.changedByOthers");
            }
            changed.add(s.name() + "=" + (s.enabled() ? s.weight() : "off"));
        }
        if (!changed.isEmpty()) {
            audit.record(AuditAction.SOLVER_SETTINGS_CHANGED, "solver_constraint_setting", null,
                    String.join(" ", changed));
        }
        return changed.size();
    }
}
