package se.tryggalov.activity;

import se.tryggalov.calendar.CalendarItem;
import se.tryggalov.calendar.CoverageDefaults;
import se.tryggalov.calendar.DayInfo;
import se.tryggalov.calendar.ItemKind;
import se.tryggalov.calendar.YearPlan;
import se.tryggalov.partner.CommitmentExpansion;
import se.tryggalov.partner.CommitmentKind;
import se.tryggalov.partner.DistrictRef;
import se.tryggalov.partner.OrganisationDetail;
import se.tryggalov.partner.StandingCommitment;
import se.tryggalov.place.District;
import se.tryggalov.place.Venue;
import se.tryggalov.place.VenueKind;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the coverage rules and the standing commitments want in a school year, shift by shift, with stable keys.
 * Pure logic on the year plan, the districts with their venues and the organisations; no database.
 */
final class CoveragePlanner {

    /** A standing commitment without times covers the evening 18:00–23:00. */
    static final LocalTime COMMITMENT_START = LocalTime.of(18, 0);
    static final LocalTime COMMITMENT_END = LocalTime.of(23, 0);
    static final int MAX_TITLE = 150;
    static final int MAX_GROUPS = 50;

    /** What an activity a rule or commitment wants looks like. */
    record ActivitySpec(String key, Long calendarItemId, ActivityType type, Purpose purpose, String title,
                        Long organisationId, long districtId, Long venueId, String description, Long ruleId) {
    }

    /** One wanted shift. */
    record Wanted(GenerationSource source, ActivitySpec activity, ShiftValues values, String districtName,
                  String venueName) {

        String key() {
            return values.ruleKey();
        }
    }

    /** A place a rule covers: a district (with its first gathering point), or one venue. */
    record Place(long districtId, String districtName, Long venueId, String venueName, Long meetingVenueId) {

        String name() {
            return venueName != null ? venueName : districtName;
        }
    }

    private final YearPlan plan;
    private final List<CoverageRule> rules;
    private final List<District> districts;
    private final List<OrganisationDetail> organisations;
    private final List<DistrictRef> allDistricts;
    private final CoverageDefaults defaults;
    private final List<DayInfo> days;

    CoveragePlanner(YearPlan plan, List<CoverageRule> rules, List<District> districts,
                    List<OrganisationDetail> organisations, List<DistrictRef> allDistricts,
                    CoverageDefaults defaults) {
        this.plan = plan;
        this.rules = rules.stream().filter(CoverageRule::active).toList();
        this.districts = districts;
        this.organisations = organisations;
        this.allDistricts = allDistricts;
        this.defaults = defaults;
        this.days = plan.days();
    }

    /** The sources in the order a preview lists them: active rules in their order, then commitments by organisation. */
    List<GenerationSource> sources() {
        List<GenerationSource> sources = new ArrayList<>();
        rules.forEach(r -> sources.add(source(r)));
        for (OrganisationDetail org : organisations) {
            for (StandingCommitment c : org.commitments()) {
                sources.add(source(org, c));
            }
        }
        return sources;
    }

    static GenerationSource source(CoverageRule rule) {
        return new GenerationSource(GenerationSource.Kind.RULE, rule.id(), rule.name(), rule.type());
    }

    static GenerationSource source(OrganisationDetail org, StandingCommitment c) {
        return new GenerationSource(GenerationSource.Kind.COMMITMENT, c.id(), org.name(), typeOf(c.kind()));
    }

    /** Every shift the rules and commitments want, keyed; in date order per source. */
    Map<String, Wanted> wanted() {
        Map<String, Wanted> wanted = new LinkedHashMap<>();
        for (CoverageRule rule : rules) {
            GenerationSource source = source(rule);
            List<Place> places = places(rule);
            for (DayInfo day : days) {
                int groups = groupsOn(rule, day);
                if (groups == 0) {
                    continue;
                }
                CalendarItem period = periodOf(day).orElse(null);
                Long itemId = period == null ? null : period.id();
                LocalTime ends = rule.lateFromRisk() != null && day.riskLevel() >= rule.lateFromRisk()
                        ? rule.lateEndsAt() : rule.endsAt();
                for (Place place : places) {
                    String activityKey = Keys.activity(Keys.rulePlace(rule.id(), place.districtId(), place.venueId()),
                            itemId);
                    ActivitySpec activity = new ActivitySpec(activityKey, itemId, rule.type(), rule.purpose(),
                            title(rule.name(), place.name()), rule.organisationId(), place.districtId(),
                            place.venueId() != null ? place.venueId() : place.meetingVenueId(), null, rule.id());
                    for (int g = 1; g <= groups; g++) {
                        String key = Keys.shift(plan.year().startYear(), activityKey, day.date(), g);
                        wanted.put(key, new Wanted(source, activity, new ShiftValues(day.date(), rule.startsAt(), ends,
                                g, rule.minSize(), rule.peopleNeeded(), rule.maxSize(), rule.leadRequired(),
                                rule.adultsOnly(), rule.qualifications(), day.riskLevel(), false, ShiftStatus.DRAFT,
                                rule.staffing(), key), place.districtName(), place.venueName()));
                    }
                }
            }
        }
        for (OrganisationDetail org : organisations) {
            for (StandingCommitment c : org.commitments()) {
                addCommitment(wanted, org, c);
            }
        }
        return wanted;
    }

    private void addCommitment(Map<String, Wanted> wanted, OrganisationDetail org, StandingCommitment c) {
        GenerationSource source = source(org, c);
        List<DistrictRef> covered = CommitmentExpansion.districtsOf(c, org, allDistricts);
        LocalTime start = c.startsAt() != null ? c.startsAt() : COMMITMENT_START;
        LocalTime end = c.endsAt() != null ? c.endsAt() : COMMITMENT_END;
        if (end.equals(start)) {
            end = start.plusHours(4);
        }
        int units = Math.min(c.quantity(), MAX_GROUPS);
        for (DayInfo day : days) {
            if (!c.appliesOn(day.date(), day.riskLevel())) {
                continue;
            }
            Long itemId = periodOf(day).map(CalendarItem::id).orElse(null);
            for (DistrictRef district : covered) {
                String activityKey = Keys.activity(Keys.commitmentPlace(c.id(), district.id()), itemId);
                ActivitySpec activity = new ActivitySpec(activityKey, itemId, typeOf(c.kind()), purposeOf(c.kind()),
                        title(org.name(), district.name()), org.id(), district.id(), null, c.description(), null);
                for (int g = 1; g <= units; g++) {
                    String key = Keys.shift(plan.year().startYear(), activityKey, day.date(), g);
                    wanted.put(key, new Wanted(source, activity, new ShiftValues(day.date(), start, end, g, 1, 1, 1,
                            false, true, Set.of(), day.riskLevel(), false, ShiftStatus.DRAFT, Staffing.ORGANISATION,
                            key), district.name(), null));
                }
            }
        }
    }

    /** Groups per place the rule wants on a day; 0 when the rule does not apply that day. */
    int groupsOn(CoverageRule rule, DayInfo day) {
        if (day.riskLevel() < rule.minRisk()) {
            return 0;
        }
        if (!rule.weekdays().isEmpty() && !rule.weekdays().contains(day.date().getDayOfWeek())) {
            return 0;
        }
        if (rule.inBreaksOnly() && !inBreak(day)) {
            return 0;
        }
        return rule.groupsPerPlace() != null ? rule.groupsPerPlace() : defaults.groupsFor(day.riskLevel());
    }

    /** The places a rule covers, in district order. */
    List<Place> places(CoverageRule rule) {
        List<Place> places = new ArrayList<>();
        for (District d : districts) {
            Long meeting = d.venues().stream().filter(v -> v.kind() == VenueKind.GATHERING_POINT)
                    .min(Comparator.comparing(Venue::name)).map(Venue::id).orElse(null);
            switch (rule.scope()) {
                case ALL -> places.add(new Place(d.id(), d.name(), null, null, meeting));
                case HOT_SPOTS -> {
                    if (d.count(VenueKind.HOT_SPOT) > 0) {
                        places.add(new Place(d.id(), d.name(), null, null, meeting));
                    }
                }
                case LISTED -> {
                    if (rule.districtIds().contains(d.id())) {
                        places.add(new Place(d.id(), d.name(), null, null, meeting));
                    }
                }
                case VENUES -> d.venues().stream().filter(v -> v.kind() == rule.venueKind())
                        .forEach(v -> places.add(new Place(d.id(), d.name(), v.id(), v.name(), null)));
            }
        }
        return places;
    }

    /** A break or a day off covers the date (as the calendar counts break days). */
    static boolean inBreak(DayInfo day) {
        return day.items().stream().anyMatch(i -> i.kind() == ItemKind.BREAK || i.kind() == ItemKind.DAY_OFF);
    }

    /**
     * The period an evening belongs to: the break (or day off) covering it, else its riskiest key date, else none
     * (term time).
     */
    static Optional<CalendarItem> periodOf(DayInfo day) {
        Comparator<CalendarItem> byStart = Comparator.comparing(CalendarItem::firstDay).thenComparing(CalendarItem::id);
        Optional<CalendarItem> brk = day.items().stream().filter(i -> i.kind() == ItemKind.BREAK).min(byStart);
        if (brk.isPresent()) {
            return brk;
        }
        Optional<CalendarItem> off = day.items().stream().filter(i -> i.kind() == ItemKind.DAY_OFF).min(byStart);
        if (off.isPresent()) {
            return off;
        }
        return day.items().stream().filter(i -> i.kind() == ItemKind.KEY_DATE && i.riskLevel() != null)
                .min(Comparator.comparing((CalendarItem i) -> -i.riskLevel()).thenComparing(CalendarItem::id));
    }

    /**
     * Why a generated shift that people hold is no longer wanted: a translation key and its arguments.
     */
    NeedsDecisionReason whyNotWanted(Keys.ShiftKey key) {
        if (!plan.covers(key.day())) {
            return new NeedsDecisionReason("activities.decision.outsideYear", List.of(key.day()));
        }
        DayInfo day = plan.day(key.day());
        Long period = periodOf(day).map(CalendarItem::id).orElse(null);
        if (key.isRule()) {
            Optional<CoverageRule> rule = rules.stream().filter(r -> r.id() == key.sourceId()).findFirst();
            if (rule.isEmpty()) {
                return new NeedsDecisionReason("activities.decision.ruleGone", List.of());
            }
            boolean placeCovered = places(rule.get()).stream().anyMatch(p -> key.venueId() != null
                    ? key.venueId().equals(p.venueId()) : p.venueId() == null && key.districtId() == p.districtId());
            if (!placeCovered) {
                return new NeedsDecisionReason("activities.decision.placeGone", List.of());
            }
            if (!java.util.Objects.equals(period, key.calendarItemId())) {
                return new NeedsDecisionReason("activities.decision.periodChanged", List.of(key.day()));
            }
            if (day.riskLevel() < rule.get().minRisk()) {
                return new NeedsDecisionReason("activities.decision.riskTooLow",
                        List.of(day.riskLevel(), rule.get().minRisk()));
            }
            int groups = groupsOn(rule.get(), day);
            if (groups == 0) {
                return new NeedsDecisionReason("activities.decision.dayNotCovered", List.of(key.day()));
            }
            return new NeedsDecisionReason("activities.decision.fewerGroups", List.of(groups));
        }
        Optional<StandingCommitment> commitment = organisations.stream().flatMap(o -> o.commitments().stream())
                .filter(c -> c.id() == key.sourceId()).findFirst();
        if (commitment.isEmpty()) {
            return new NeedsDecisionReason("activities.decision.commitmentGone", List.of());
        }
        if (!java.util.Objects.equals(period, key.calendarItemId())) {
            return new NeedsDecisionReason("activities.decision.periodChanged", List.of(key.day()));
        }
        if (!commitment.get().appliesOn(key.day(), day.riskLevel())) {
            return new NeedsDecisionReason("activities.decision.dayNotCovered", List.of(key.day()));
        }
        return new NeedsDecisionReason("activities.decision.noLongerNeeded", List.of());
    }

    /** A reason as a translation key with arguments. */
    record NeedsDecisionReason(String key, List<Object> args) {
    }

    static ActivityType typeOf(CommitmentKind kind) {
        return switch (kind) {
            case PATROL, GUARD -> ActivityType.PATROL;
            case STAFF -> ActivityType.OUTREACH;
            case OPENING -> ActivityType.YOUTH_CENTRE_OPENING;
            case STANDBY, OTHER -> ActivityType.OTHER;
        };
    }

    static Purpose purposeOf(CommitmentKind kind) {
        return kind == CommitmentKind.OPENING ? Purpose.PROMOTING : Purpose.PREVENTIVE;
    }

    static String title(String name, String place) {
        String title = name.strip() + " – " + place;
        return title.length() <= MAX_TITLE ? title : title.substring(0, MAX_TITLE - 1).strip() + "…";
    }

    /** District names by id, for previews. */
    Map<Long, String> districtNames() {
        Map<Long, String> names = new HashMap<>();
        districts.forEach(d -> names.put(d.id(), d.name()));
        return names;
    }
}
