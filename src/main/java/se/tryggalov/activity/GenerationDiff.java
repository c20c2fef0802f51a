package se.tryggalov.activity;

import se.tryggalov.calendar.YearPlan;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The difference between what the rules and commitments want in a school year and the generated shifts it holds:
 * what to create, update and delete, and which shifts people hold that no longer match (left alone, listed for a
 * decision). Shifts edited by hand keep their times, sizes and group rules; an overridden risk level stays.
 */
final class GenerationDiff {

    private record Update(ActivityRepository.ShiftRow row, ShiftValues values, List<String> changes) {
    }

    /** One source's part, filled while comparing. */
    private static final class Part {
        final GenerationSource source;
        final List<CoveragePlanner.Wanted> creates = new ArrayList<>();
        final List<Update> updates = new ArrayList<>();
        final List<ActivityRepository.ShiftRow> deletes = new ArrayList<>();
        final List<NeedsDecision> decisions = new ArrayList<>();
        final SortedMap<Integer, Integer> byRisk = new TreeMap<>();
        final Map<Long, Integer> byDistrict = new LinkedHashMap<>();
        int unchanged;

        Part(GenerationSource source) {
            this.source = source;
        }

        void count(CoveragePlanner.Wanted w) {
            byRisk.merge(w.values().riskLevel(), 1, Integer::sum);
            byDistrict.merge(w.activity().districtId(), 1, Integer::sum);
        }
    }

    private final YearPlan plan;
    private final Map<String, CoveragePlanner.Wanted> wanted;
    private final Map<String, ActivityRepository.ActivityRow> activitiesByKey;
    private final Map<String, Part> parts = new LinkedHashMap<>();

    GenerationDiff(YearPlan plan, CoveragePlanner planner, List<CoverageRule> allRules,
                   Map<String, ActivityRepository.ActivityRow> activitiesByKey,
                   List<ActivityRepository.ShiftRow> keyedShifts) {
        this.plan = plan;
        this.wanted = planner.wanted();
        this.activitiesByKey = activitiesByKey;
        for (GenerationSource source : planner.sources()) {
            parts.put(code(source), new Part(source));
        }
        Set<String> seen = new HashSet<>();
        for (ActivityRepository.ShiftRow row : keyedShifts) {
            Optional<Keys.ShiftKey> parsed = Keys.parseShift(row.values().ruleKey());
            if (parsed.isEmpty()) {
                continue; // made by hand or rolled forward from one made by hand: never the generator's
            }
            Keys.ShiftKey key = parsed.get();
            Part part = parts.computeIfAbsent(key.source(), code -> new Part(orphan(key, row, allRules)));
            CoveragePlanner.Wanted w = wanted.get(row.values().ruleKey());
            if (w != null) {
                seen.add(w.key());
                part.count(w);
                List<String> changes = changes(row, w.values());
                if (changes.isEmpty()) {
                    part.unchanged++;
                } else if (row.people() > 0) {
                    part.decisions.add(decision(row, "activities.decision.changed", List.of(), changes));
                } else {
                    part.updates.add(new Update(row, merged(row, w.values()), changes));
                }
            } else if (row.people() > 0) {
                CoveragePlanner.NeedsDecisionReason why = planner.whyNotWanted(key);
                part.decisions.add(decision(row, why.key(), why.args(), List.of()));
            } else if (row.edited()) {
                part.decisions.add(decision(row, "activities.decision.editedByHand", List.of(), List.of()));
            } else {
                part.deletes.add(row);
            }
        }
        for (CoveragePlanner.Wanted w : wanted.values()) {
            if (!seen.contains(w.key())) {
                Part part = parts.get(code(w.source()));
                part.creates.add(w);
                part.count(w);
            }
        }
    }

    private static String code(GenerationSource source) {
        return (source.kind() == GenerationSource.Kind.RULE ? "R" : "C") + source.id();
    }

    /** A source that wants nothing any more (a rule deleted or switched off, a commitment removed). */
    private GenerationSource orphan(Keys.ShiftKey key, ActivityRepository.ShiftRow row, List<CoverageRule> rules) {
        ActivityRepository.ActivityRow activity = activitiesByKey.get(row.activityKey());
        ActivityType type = activity == null ? ActivityType.OTHER : activity.type();
        if (key.isRule()) {
            String name = rules.stream().filter(r -> r.id() == key.sourceId()).map(CoverageRule::name).findFirst()
                    .orElse(null);
            return new GenerationSource(GenerationSource.Kind.RULE, key.sourceId(), name, type);
        }
        return new GenerationSource(GenerationSource.Kind.COMMITMENT, key.sourceId(), null, type);
    }

    /** What regenerating would change on a shift (translation keys); the risk only when not overridden. */
    private static List<String> changes(ActivityRepository.ShiftRow row, ShiftValues want) {
        ShiftValues have = row.values();
        List<String> changes = new ArrayList<>();
        if (!row.edited()) {
            if (!have.startsAt().equals(want.startsAt()) || !have.endsAt().equals(want.endsAt())) {
                changes.add("activities.field.times");
            }
            if (have.minSize() != want.minSize() || have.peopleNeeded() != want.peopleNeeded()
                    || have.maxSize() != want.maxSize()) {
                changes.add("activities.field.sizes");
            }
            if (have.leadRequired() != want.leadRequired() || have.adultsOnly() != want.adultsOnly()) {
                changes.add("activities.field.groupRules");
            }
            if (!have.qualifications().equals(want.qualifications())) {
                changes.add("activities.field.qualifications");
            }
            if (have.staffing() != want.staffing()) {
                changes.add("activities.field.staffing");
            }
        }
        if (!have.riskOverridden() && have.riskLevel() != want.riskLevel()) {
            changes.add("activities.field.risk");
        }
        return changes;
    }

    /** The wanted values, keeping the shift's status, an overridden risk, and hand-edited values. */
    private static ShiftValues merged(ActivityRepository.ShiftRow row, ShiftValues want) {
        ShiftValues have = row.values();
        ShiftValues base = row.edited() ? have : want;
        int risk = have.riskOverridden() ? have.riskLevel() : want.riskLevel();
        return new ShiftValues(have.day(), base.startsAt(), base.endsAt(), have.groupNo(), base.minSize(),
                base.peopleNeeded(), base.maxSize(), base.leadRequired(), base.adultsOnly(), base.qualifications(),
                risk, have.riskOverridden(), have.status(), base.staffing(), have.ruleKey());
    }

    private static NeedsDecision decision(ActivityRepository.ShiftRow row, String reasonKey, List<Object> args,
                                          List<String> changes) {
        return new NeedsDecision(row.id(), row.activityId(), row.activityTitle(), row.values().day(),
                row.districtId(), row.districtName(), row.values().groupNo(), row.people(), reasonKey, args, changes);
    }

    GenerationPreview preview() {
        List<GenerationPreview.SourcePreview> sources = new ArrayList<>();
        for (Part p : parts.values()) {
            sources.add(new GenerationPreview.SourcePreview(p.source,
                    p.creates.stream().map(GenerationDiff::planned).toList(),
                    p.updates.stream().map(u -> new ShiftChange(u.row().id(), planned(u.row(), u.values()),
                            u.changes())).toList(),
                    p.deletes.stream().map(r -> planned(r, r.values())).toList(),
                    p.decisions, p.unchanged, p.byRisk, p.byDistrict));
        }
        return new GenerationPreview(plan.year(), sources);
    }

    private static PlannedShift planned(CoveragePlanner.Wanted w) {
        ShiftValues v = w.values();
        return new PlannedShift(null, v.day(), w.activity().districtId(), w.districtName(), w.venueName(),
                v.groupNo(), v.riskLevel(), v.startsAt(), v.endsAt());
    }

    private static PlannedShift planned(ActivityRepository.ShiftRow row, ShiftValues v) {
        return new PlannedShift(row.id(), v.day(), row.districtId(), row.districtName(), null, v.groupNo(),
                v.riskLevel(), v.startsAt(), v.endsAt());
    }

    /** Writes the difference; the caller holds the year's plan lock. */
    GenerationResult apply(ActivityRepository repository, OffsetDateTime now) {
        Map<String, Long> activityIds = new LinkedHashMap<>();
        Map<String, CoveragePlanner.ActivitySpec> specs = new LinkedHashMap<>();
        wanted.values().forEach(w -> specs.putIfAbsent(w.activity().key(), w.activity()));
        List<ActivityValues> newActivities = new ArrayList<>();
        for (CoveragePlanner.ActivitySpec spec : specs.values()) {
            ActivityRepository.ActivityRow existing = activitiesByKey.get(spec.key());
            if (existing == null) {
                newActivities.add(new ActivityValues(spec.calendarItemId(), spec.type(), spec.purpose(), spec.title(),
                        spec.organisationId(), spec.districtId(), spec.venueId(), null, spec.description(), null,
                        spec.ruleId(), spec.key()));
            } else {
                activityIds.put(spec.key(), existing.id());
                if (existing.type() != spec.type() || existing.purpose() != spec.purpose()
                        || !existing.title().equals(spec.title())
                        || !Objects.equals(existing.organisationId(), spec.organisationId())
                        || !Objects.equals(existing.ruleId(), spec.ruleId())) {
                    ActivityValues v = existing.values();
                    repository.updateActivity(existing.id(), new ActivityValues(v.calendarItemId(), spec.type(),
                            spec.purpose(), spec.title(), spec.organisationId(), v.districtId(), v.venueId(),
                            v.meetingPoint(), v.description(), v.planMeasure(), spec.ruleId(), v.ruleKey()),
                            existing.version(), now);
                }
            }
        }
        activityIds.putAll(repository.insertActivities(plan.schoolYearId(), newActivities));
        int activitiesCreated = newActivities.size();
        int created = 0;
        int updated = 0;
        List<Long> deletes = new ArrayList<>();
        List<Map.Entry<Long, ShiftValues>> inserts = new ArrayList<>();
        List<NeedsDecision> decisions = new ArrayList<>();
        int unchanged = 0;
        SortedMap<Integer, Integer> byRisk = new TreeMap<>();
        for (Part p : parts.values()) {
            for (Update u : p.updates) {
                repository.regenerateShift(u.row().id(), u.values(), now);
                updated++;
            }
            p.deletes.forEach(r -> deletes.add(r.id()));
            for (CoveragePlanner.Wanted w : p.creates) {
                inserts.add(Map.entry(activityIds.get(w.activity().key()), w.values()));
                created++;
            }
            decisions.addAll(p.decisions);
            unchanged += p.unchanged;
            p.byRisk.forEach((k, v) -> byRisk.merge(k, v, Integer::sum));
        }
        int deleted = repository.deleteUnheldShifts(deletes);
        repository.insertShifts(inserts);
        List<Long> generatedActivities = activitiesByKey.values().stream()
                .filter(a -> Keys.isGenerated(a.ruleKey())).map(ActivityRepository.ActivityRow::id).toList();
        int activitiesDeleted = repository.deleteEmptyActivities(generatedActivities);
        return new GenerationResult(plan.year(), created, updated, deleted, unchanged, activitiesCreated,
                activitiesDeleted, decisions, byRisk);
    }
}
