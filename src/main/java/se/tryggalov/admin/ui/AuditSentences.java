package se.tryggalov.admin.ui;

import se.tryggalov.security.SystemAuthentication;
import se.tryggalov.shared.audit.AuditDetails;
import se.tryggalov.shared.audit.AuditEntry;
import se.tryggalov.shared.audit.AuditNames;
import se.tryggalov.shared.i18n.Translations;
import se.tryggalov.shared.time.DateTexts;
import se.tryggalov.shared.validation.IpAddresses;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.function.BiFunction;

/**
 * An audit entry as a sentence in the reader's language, written when shown (the stored details stay
 * machine-readable): "Anna Berg ändrade schemat – flyttade från Tumba fre 30 apr. till Alby fre 30 apr.". People
 * and shifts are named from {@link AuditNames}, which only administrators get; an id the names do not know (a
 * removed shift) is said as a number.
 */
final class AuditSentences {

    private final BiFunction<String, Object[], String> translator;
    private final Locale locale;
    private final DateTexts dates;
    private final AuditNames names;

    AuditSentences(BiFunction<String, Object[], String> translator, Locale locale, AuditNames names) {
        this.translator = translator;
        this.locale = Translations.supported(locale);
        this.dates = DateTexts.of(this.locale);
        this.names = names == null ? AuditNames.NONE : names;
    }

    /** Who did what, to what, with the details in words. */
    String sentence(AuditEntry entry) {
        StringBuilder text = new StringBuilder(t("audit.sentence." + entry.action().name(), actor(entry)));
        String subject = subject(entry);
        List<String> details = details(entry);
        if (!subject.isEmpty()) {
            text.append(" – ").append(subject);
        }
        if (!details.isEmpty()) {
            text.append(subject.isEmpty() ? " – " : ": ").append(String.join(", ", details));
        }
        return text.toString();
    }

    /** The stored details when the sentence could not say them (shown beside it, so nothing is lost). */
    String unexplainedDetails(AuditEntry entry) {
        return AuditDetails.parse(entry.details()).understood() ? "" : entry.details();
    }

    /** "lokal dator" for this computer, an IPv4 address as it is, IPv6 shortened; empty when none was kept. */
    String address(AuditEntry entry) {
        String address = entry.clientAddress();
        if (address == null || address.isBlank()) {
            return "";
        }
        return IpAddresses.isLoopback(address) ? t("audit.sentence.localComputer") : IpAddresses.readable(address);
    }

    /** "fre 2 apr. 2027 21:05". */
    String when(AuditEntry entry) {
        return dates.moment(entry.occurredAt());
    }

    private String actor(AuditEntry entry) {
        String username = entry.actorUsername();
        String name = username == null ? null : names.byUsername().get(username);
        if (name != null) {
            return name;
        }
        return username == null || SystemAuthentication.SYSTEM.equals(username) ? t("audit.sentence.system") : username;
    }

    private String subject(AuditEntry entry) {
        String type = entry.subjectType();
        String id = entry.subjectId();
        if (type == null || id == null || id.isBlank()) {
            return "";
        }
        Long number = id.matches("\\d{1,18}") ? Long.valueOf(id) : null;
        switch (type) {
            case "person", "user", "volunteer" -> {
                return number == null ? "" : person(number);
            }
            case "shift" -> {
                return number == null ? "" : shift(number);
            }
            case "shift_assignment", "roster", "audit_log", "outbox", "solver_limits", "solver_constraint_setting",
                 "signup_policy", "signup_rule", "walk_log", "walk_tally", "coverage", "notify_message" -> {
                return "";
            }
            default -> {
                String key = "audit.subject.type." + type;
                if (!Translations.texts(locale).containsKey(key)) {
                    return "";
                }
                return t("audit.subject.other", t(key), id);
            }
        }
    }

    private List<String> details(AuditEntry entry) {
        AuditDetails d = AuditDetails.parse(entry.details());
        List<String> words = new ArrayList<>();
        if (d.word() != null) {
            words.add(t("audit.detail.word." + d.word()));
        }
        d.addedPerson().ifPresent(p -> words.add(t("audit.detail.addedPerson", person(p))));
        if (d.fromShift().isPresent() && d.toShift().isPresent()) {
            words.add(t("audit.detail.moved", shift(d.fromShift().getAsLong()), shift(d.toShift().getAsLong())));
        } else {
            d.fromShift().ifPresent(s -> words.add(t("audit.detail.removed", shift(s))));
        }
        number(d.created()).ifPresent(n -> words.add(t("audit.detail.created", n)));
        number(d.count()).ifPresent(n -> words.add(t("audit.detail.count", n)));
        return words;
    }

    private String person(long id) {
        String name = names.byUserId().get(id);
        return name != null ? name : t("audit.subject.person", String.valueOf(id));
    }

    private String shift(long id) {
        AuditNames.ShiftName shift = names.shifts().get(id);
        return shift == null ? t("audit.subject.shiftUnknown", String.valueOf(id))
                : t("audit.subject.shift", shift.district(), dates.shortDate(shift.day()));
    }

    private static java.util.Optional<Long> number(OptionalLong value) {
        return value.isPresent() ? java.util.Optional.of(value.getAsLong()) : java.util.Optional.empty();
    }

    private String t(String key, Object... arguments) {
        return translator.apply(key, arguments);
    }
}
