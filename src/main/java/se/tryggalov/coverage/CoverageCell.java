package se.tryggalov.coverage;

import se.tryggalov.activity.ShiftRef;

import java.time.LocalDate;
import java.util.List;

/**
 * One evening in one district of the read model. Coverage is counted in units of "something out there": a group
 * of people that walks (at least its minimum size on it, proposed or confirmed), or one unit an organisation puts
 * out as a whole (a patrol, a guard car, a youth centre's extended opening, from its standing commitment).
 * <ul>
 *   <li>{@code need}: the units the evening's risk level asks for (the risk table, 5 → 3 … 1 → 0), or the units
 *       planned there (groups and commitments, the municipality's own rules) when that is more: a planned group that
 *       does not walk is a gap, and commitments alone do not make an evening look covered when its planned groups
 *       stand empty;</li>
 *   <li>{@code volunteerGroups}: night-walking groups that walk; {@code staffGroups}: other groups staffed person by
 *       person (outreach workers, hosts: paid staff); {@code commitmentUnits}: what organisations put out;</li>
 *   <li>{@code shortGroups}: groups with people on them but fewer than their minimum (they do not walk and do not
 *       count); {@code emptyGroups}: groups nobody is on yet;</li>
 *   <li>{@code seatsNeeded} / {@code seatsBooked}: places in groups staffed by people, and how many are taken;</li>
 *   <li>{@code openable}: the draft groups still missing people, which "open for sign-up" opens.</li>
 * </ul>
 * Cancelled shifts count nowhere.
 */
public record CoverageCell(LocalDate date, long districtId, String districtName, int riskLevel, int need,
                           int volunteerGroups, int staffGroups, int commitmentUnits, int shortGroups,
                           int emptyGroups, int seatsNeeded, int seatsBooked, List<ShiftRef> openable) {

    public CoverageCell {
        openable = List.copyOf(openable);
    }

    public int covered() {
        return volunteerGroups + staffGroups + commitmentUnits;
    }

    /** Units still missing (never negative: more than enough in one place does not cover another). */
    public int gap() {
        return Math.max(0, need - covered());
    }

    /** Need weighted by the risk level: a missing unit on Valborg (5) weighs five times one on risk 1. */
    public int weightedNeed() {
        return need * riskLevel;
    }

    public int weightedGap() {
        return gap() * riskLevel;
    }

    /** Covered share of the need in per cent, 0–100 (100 when nothing is needed). */
    public int percent() {
        return need == 0 ? 100 : Math.min(100, covered() * 100 / need);
    }
}
