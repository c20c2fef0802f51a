package se.tryggalov.shared.ui;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.applayout.AppLayout;
import org.junit.jupiter.api.Test;
import se.tryggalov.IntegrationTest;
import se.tryggalov.KaribuViewTest;
import se.tryggalov.security.Role;

import java.util.List;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The components' own texts come in the UI's language without the view asking (see ComponentTexts). */
@IntegrationTest
class ComponentTextsTest extends KaribuViewTest {

    @Test
    void aDatePickerTheViewLeftAloneGetsSwedishTextsBeforeTheResponse() {
        signInAs("volunteer", Role.VOLUNTEER);
        navigateTo("open-shifts");
        MockVaadin.clientRoundtrip(false);

        DatePicker day = _get(DatePicker.class, s -> s.withId("open-shifts-day"));
        assertThat(day.getI18n()).isNotNull();
        assertThat(day.getI18n().getToday()).isEqualTo("Idag");
        assertThat(day.getI18n().getCancel()).isEqualTo("Avbryt");
        assertThat(day.getI18n().getFirstDayOfWeek()).isEqualTo(1);
        assertThat(day.getI18n().getMonthNames()).startsWith("januari", "februari");
        assertThat(day.getI18n().getWeekdaysShort()).startsWith("sön", "mån");
    }

    @Test
    void theMenuAndItsToggleSpeakTheLanguage() {
        signInAs("volunteer", Role.VOLUNTEER);
        navigateTo("open-shifts");
        MockVaadin.clientRoundtrip(false);

        assertThat(_get(SideNav.class).getI18n().getToggle()).isEqualTo("Visa eller dölj underpunkter");
        assertThat(_get(AppLayout.class).getI18n().getDrawer()).isEqualTo(t("nav.label"));
    }

    @Test
    void inEnglishTheTextsAreEnglishAndAPickerWithItsOwnTextsKeepsThem() {
        signInAs("volunteer", Role.VOLUNTEER);
        navigateTo("open-shifts");
        useLocale(Locale.ENGLISH);
        DatePicker own = new DatePicker();
        own.setI18n(new DatePicker.DatePickerI18n().setToday("Now"));
        UI.getCurrent().add(own);
        ComponentTexts.apply(UI.getCurrent());

        DatePicker day = _get(DatePicker.class, s -> s.withId("open-shifts-day"));
        assertThat(day.getI18n().getToday()).isEqualTo("Today");
        assertThat(day.getI18n().getMonthNames()).startsWith("January");
        assertThat(own.getI18n().getToday()).isEqualTo("Now");
    }

    @Test
    void theBrowserScriptGetsEveryTextInBothLanguages() {
        signInAs("volunteer", Role.VOLUNTEER);
        assertThat(ComponentTexts.browserTexts(UI.getCurrent()).values())
                .containsExactly("Sortera efter {0}", "Markera alla", "Markera raden", "Visa lösenord",
                        "Visa eller dölj menyn", "Visa eller dölj underpunkter");
        useLocale(Locale.ENGLISH);
        assertThat(List.copyOf(ComponentTexts.browserTexts(UI.getCurrent()).values()))
                .contains("Sort by {0}", "Show password");
    }
}
