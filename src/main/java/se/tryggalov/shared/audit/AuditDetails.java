package se.tryggalov.shared.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the machine-readable details of an entry say, for writing the entry as a sentence: the stored text stays as
 * it was written ("added person 4", "moved from shift 187 to shift 190", "roster count=48", "created").
 */
public record AuditDetails(OptionalLong count, OptionalLong created, OptionalLong addedPerson, OptionalLong fromShift,
                           OptionalLong toShift, String word, boolean understood) {

    private static final Pattern COUNT = Pattern.compile("(?:^|\\s)count=(\\d+)\\b");
    private static final Pattern CREATED = Pattern.compile("^created=(\\d+)\\b");
    private static final Pattern ADDED = Pattern.compile("^added person (\\d+)\\b");
    private static final Pattern MOVED = Pattern.compile("^moved from shift (\\d+) to shift (\\d+)$");
    private static final Pattern REMOVED = Pattern.compile("^removed from shift (\\d+)$");
    /** Single words the services write; each has a translation {@code audit.detail.word.<word>}. */
    static final List<String> WORDS = List.of("created", "updated", "deleted", "renamed", "pinned", "unpinned",
            "approved", "rejected", "waitlisted", "interrupted");

    public static AuditDetails parse(String details) {
        OptionalLong none = OptionalLong.empty();
        if (details == null || details.isBlank()) {
            return new AuditDetails(none, none, none, none, none, null, true);
        }
        String text = details.strip();
        if (WORDS.contains(text)) {
            return new AuditDetails(none, none, none, none, none, text, true);
        }
        Matcher m = MOVED.matcher(text);
        if (m.find()) {
            return new AuditDetails(none, none, none, number(m, 1), number(m, 2), null, true);
        }
        m = REMOVED.matcher(text);
        if (m.find()) {
            return new AuditDetails(none, none, none, number(m, 1), none, null, true);
        }
        m = ADDED.matcher(text);
        if (m.find()) {
            return new AuditDetails(none, none, number(m, 1), none, none, null, true);
        }
        m = CREATED.matcher(text);
        if (m.find()) {
            return new AuditDetails(none, number(m, 1), none, none, none, null, text.equals(m.group()));
        }
        m = COUNT.matcher(text);
        if (m.find()) {
            return new AuditDetails(number(m, 1), none, none, none, none, null,
                    text.matches("[a-z-]*\\s*count=\\d+"));
        }
        return new AuditDetails(none, none, none, none, none, null, false);
    }

    /** The shift ids the details name (to look up their district and day). */
    public List<Long> shiftIds() {
        List<Long> ids = new ArrayList<>();
        fromShift.ifPresent(ids::add);
        toShift.ifPresent(ids::add);
        return ids;
    }

    private static OptionalLong number(Matcher m, int group) {
        try {
            return OptionalLong.of(Long.parseLong(m.group(group)));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}
