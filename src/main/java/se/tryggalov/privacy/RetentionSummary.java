package se.tryggalov.privacy;

import java.util.HashMap;
import java.util.Map;

/**
 * What one retention run did, in counts only. Stored language-neutral ("anonymised=2;availability=130;...") so
 * each reader sees it in their own language.
 */
public record RetentionSummary(int anonymisedProfiles, int deletedAvailability, int deletedTokens,
                               int deletedInvitations) {

    String stored() {
        return "anonymised=" + anonymisedProfiles + ";availability=" + deletedAvailability + ";tokens="
                + deletedTokens + ";invitations=" + deletedInvitations;
    }

    /** Null for null; an unreadable part counts as 0 rather than hiding the rest. */
    static RetentionSummary parse(String stored) {
        if (stored == null) {
            return null;
        }
        Map<String, Integer> counts = new HashMap<>();
        for (String part : stored.split(";")) {
            String[] pair = part.split("=", 2);
            if (pair.length == 2) {
                try {
                    counts.put(pair[0].trim(), Integer.parseInt(pair[1].trim()));
                } catch (NumberFormatException ignored) {
                    // keep the other counts
                }
            }
        }
        return new RetentionSummary(counts.getOrDefault("anonymised", 0), counts.getOrDefault("availability", 0),
                counts.getOrDefault("tokens", 0), counts.getOrDefault("invitations", 0));
    }
}
