package se.tryggalov.followup.ui;

import com.vaadin.flow.component.Component;
import se.tryggalov.followup.Change;
import se.tryggalov.followup.ObservationCategory;
import se.tryggalov.followup.Period;
import se.tryggalov.shared.ui.UiTexts;

import java.util.Locale;
import java.util.function.BiFunction;

/** Periods, categories and changes in the user's language, for the follow-up views. */
final class FollowupTexts extends UiTexts {

    private FollowupTexts(BiFunction<String, Object[], String> translator, Locale locale) {
        super(translator, locale);
    }

    static FollowupTexts of(Component component, Locale locale) {
        return new FollowupTexts(component::getTranslation, locale);
    }

    String category(ObservationCategory category) {
        return category == null ? t("followup.picture.total") : t(category.messageKey());
    }

    /** "2027-03-01 – 2027-03-07 (v. 9)". */
    String period(Period period) {
        return period.isWeek() ? t("followup.period.week", period.first(), period.last(), period.isoWeek())
                : t("followup.period.dates", period.first(), period.last());
    }

    /** "+3 (+50 %)", "−7 (−70 %, more than halved)", "+4 (new)", "±0". */
    String change(Change change) {
        String difference = change.difference() > 0 ? "+" + change.difference()
                : change.difference() < 0 ? "−" + (-change.difference()) : "±0";
        return switch (change.trend()) {
            case SAME -> difference;
            case NEW -> t("followup.change.new", difference);
            case FELL_BY_MORE_THAN_HALF -> t("followup.change.halved", difference, percent(change));
            default -> t("followup.change.percent", difference, percent(change));
        };
    }

    private static String percent(Change change) {
        int p = change.percent();
        return p > 0 ? "+" + p : p < 0 ? "−" + (-p) : "0";
    }
}
