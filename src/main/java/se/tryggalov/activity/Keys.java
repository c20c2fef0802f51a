package se.tryggalov.activity;

import java.time.LocalDate;

/**
 * The stable identities ({@code rule_key}) that let regenerating and rolling forward find their own records again
 * instead of making duplicates.
 * <ul>
 *   <li>place: {@code R<rule>:D<district>} or {@code R<rule>:V<venue>} for a coverage rule,
 *       {@code C<commitment>:D<district>} for a standing commitment;</li>
 *   <li>activity: place + {@code /I<calendar item>} (the break or key date) or {@code /TERM};</li>
 *   <li>shift: {@code Y<start year>/} + activity + {@code /<date>/G<group>} (unique across years);</li>
 *   <li>a hand-made activity or shift rolled forward: {@code F<source id>} (shift: {@code Y<year>/F<source id>}).</li>
 * </ul>
 * Keys starting with R or C belong to the generator; F keys and null keys are the coordinator's.
 */
final class Keys {

    static final String TERM = "TERM";

    private Keys() {
    }

    static String rulePlace(long ruleId, long districtId, Long venueId) {
        return venueId == null ? "R" + ruleId + ":D" + districtId : "R" + ruleId + ":V" + venueId;
    }

    static String commitmentPlace(long commitmentId, long districtId) {
        return "C" + commitmentId + ":D" + districtId;
    }

    static String period(Long calendarItemId) {
        return calendarItemId == null ? TERM : "I" + calendarItemId;
    }

    static String activity(String place, Long calendarItemId) {
        return place + "/" + period(calendarItemId);
    }

    static String shift(int startYear, String activityKey, LocalDate day, int groupNo) {
        return "Y" + startYear + "/" + activityKey + "/" + day + "/G" + groupNo;
    }

    static String rolledActivity(long sourceActivityId) {
        return "F" + sourceActivityId;
    }

    static String rolledShift(int startYear, long sourceShiftId) {
        return "Y" + startYear + "/F" + sourceShiftId;
    }

    /** The place part of a generated activity's key ({@code R5:D3} of {@code R5:D3/I120}). */
    static String placeOf(String activityKey) {
        int slash = activityKey.indexOf('/');
        return slash < 0 ? activityKey : activityKey.substring(0, slash);
    }

    /** The source part of a generated key ({@code R5} or {@code C7}). */
    static String sourceOf(String activityKey) {
        String place = placeOf(activityKey);
        int colon = place.indexOf(':');
        return colon < 0 ? place : place.substring(0, colon);
    }

    /**
     * A generated shift's key taken apart. {@code source} is {@code R<id>} or {@code C<id>}; {@code districtId} or
     * {@code venueId} is the place; {@code calendarItemId} null means term time.
     */
    record ShiftKey(int startYear, String activityKey, String source, Long districtId, Long venueId,
                    Long calendarItemId, LocalDate day, int groupNo) {

        boolean isRule() {
            return source.startsWith("R");
        }

        long sourceId() {
            return Long.parseLong(source.substring(1));
        }
    }

    /** Parses a generated shift's key; empty for hand-made, rolled-forward or malformed keys. */
    static java.util.Optional<ShiftKey> parseShift(String key) {
        if (key == null || !isGenerated(key)) {
            return java.util.Optional.empty();
        }
        try {
            String[] parts = key.split("/");
            if (parts.length != 5 || !parts[0].startsWith("Y") || !parts[4].startsWith("G")) {
                return java.util.Optional.empty();
            }
            String[] place = parts[1].split(":");
            Long district = place[1].startsWith("D") ? Long.valueOf(place[1].substring(1)) : null;
            Long venue = place[1].startsWith("V") ? Long.valueOf(place[1].substring(1)) : null;
            Long item = parts[2].equals(TERM) ? null : Long.valueOf(parts[2].substring(1));
            return java.util.Optional.of(new ShiftKey(Integer.parseInt(parts[0].substring(1)),
                    parts[1] + "/" + parts[2], place[0], district, venue, item, LocalDate.parse(parts[3]),
                    Integer.parseInt(parts[4].substring(1))));
        } catch (RuntimeException e) {
            return java.util.Optional.empty();
        }
    }

    /** Whether a key (of an activity or a shift) belongs to a coverage rule or a standing commitment. */
    static boolean isGenerated(String key) {
        String rest = key.startsWith("Y") && key.indexOf('/') > 0 ? key.substring(key.indexOf('/') + 1) : key;
        return rest.startsWith("R") || rest.startsWith("C");
    }
}
