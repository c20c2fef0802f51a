package se.tryggalov.partner;

import java.time.DayOfWeek;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A standing commitment in numbers, as one line of text in the reader's language, e.g.
 * "1 × Patrull · Alby · risknivå 4 eller högre · fre, lör · 21:00–01:00". Used on screen, in the PDF and in the
 * CSV, so the three say the same thing.
 */
public final class CommitmentWording {

    /** Looks up a translation: the UI's {@code getTranslation} or {@code Translations.get} for files. */
    @FunctionalInterface
    public interface Texts {
        String t(String key, Object... arguments);
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private CommitmentWording() {
    }

    public static String kind(CommitmentKind kind, Texts texts) {
        return texts.t("partners.commitment.kind." + kind.name());
    }

    /** The districts a commitment covers, as names; "the whole municipality" when it covers every district. */
    public static String districts(StandingCommitment c, OrganisationDetail organisation,
                                   List<DistrictRef> allDistricts, Texts texts) {
        if (c.districtId() == null && organisation.districts().isEmpty()) {
            return texts.t("organisations.wholeMunicipality");
        }
        return CommitmentExpansion.districtsOf(c, organisation, allDistricts).stream().map(DistrictRef::name)
                .collect(Collectors.joining(", "));
    }

    public static String summary(StandingCommitment c, OrganisationDetail organisation, List<DistrictRef> allDistricts,
                                 Locale locale, Texts texts) {
        List<String> parts = new ArrayList<>();
        parts.add(texts.t("partners.commitment.quantityOf", c.quantity(), kind(c.kind(), texts)));
        parts.add(districts(c, organisation, allDistricts, texts));
        if (c.minRisk() > 1) {
            parts.add(texts.t("partners.commitment.riskAtLeast", c.minRisk()));
        }
        parts.add(weekdays(c, locale, texts));
        if (c.startsAt() != null) {
            parts.add(c.endsAt() == null ? texts.t("partners.commitment.from", TIME.format(c.startsAt()))
                    : TIME.format(c.startsAt()) + "–" + TIME.format(c.endsAt()));
        }
        if (c.validFrom() != null || c.validTo() != null) {
            if (c.validTo() == null) {
                parts.add(texts.t("partners.commitment.validFrom", c.validFrom().toString()));
            } else if (c.validFrom() == null) {
                parts.add(texts.t("partners.commitment.validTo", c.validTo().toString()));
            } else {
                parts.add(texts.t("partners.commitment.validBetween", c.validFrom().toString(),
                        c.validTo().toString()));
            }
        }
        return String.join(" · ", parts);
    }

    public static String weekdays(StandingCommitment c, Locale locale, Texts texts) {
        if (c.weekdays().isEmpty()) {
            return texts.t("partners.commitment.everyDay");
        }
        return c.weekdays().stream().sorted().map(d -> shortName(d, locale)).collect(Collectors.joining(", "));
    }

    public static String shortName(DayOfWeek day, Locale locale) {
        return day.getDisplayName(TextStyle.SHORT, locale).replace(".", "");
    }
}
