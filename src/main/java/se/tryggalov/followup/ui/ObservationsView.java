package se.tryggalov.followup.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.tryggalov.followup.Observation;
import se.tryggalov.followup.ObservationCategory;
import se.tryggalov.followup.ObservationDraft;
import se.tryggalov.followup.ObservationService;
import se.tryggalov.place.District;
import se.tryggalov.place.Venue;
import se.tryggalov.security.CurrentUser;
import se.tryggalov.security.Role;
import se.tryggalov.shared.i18n.UserMessageException;
import se.tryggalov.shared.time.Zones;
import se.tryggalov.shared.ui.FactChecks;
import se.tryggalov.shared.ui.Notifications;
import se.tryggalov.shared.validation.IdentityNumbers;
import se.tryggalov.shared.validation.PhoneNumbers;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

/**
 * Report an observation on the phone: district, place (optional), category, when, how many and a short note about
 * the place. Below it, for those who read the picture, the last two weeks' observations from every source.
 */
@Route("observations")
@Menu(order = 60, icon = "vaadin:eye", title = "nav.observations")
@RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN, Role.Names.PARTNER_CONTACT, Role.Names.VOLUNTEER})
@StyleSheet("context://styles/followup.css")
public class ObservationsView extends Main implements HasDynamicTitle {

    static final int RECENT_DAYS = 14;

    private final ObservationService observations;
    private final FollowupTexts texts;
    final Select<District> district = new Select<>();
    final ComboBox<Venue> place = new ComboBox<>();
    final Select<ObservationCategory> category = new Select<>();
    final DatePicker date;
    final TimePicker time = new TimePicker();
    final IntegerField count = new IntegerField();
    final TextArea note = new TextArea();
    final Button save = new Button();
    final Paragraph problem = new Paragraph();
    private final Div recent = new Div();
    private final FactChecks checks = new FactChecks();
    private final Clock clock;
    private final boolean reads;

    ObservationsView(ObservationService observations, CurrentUser currentUser, Clock clock) {
        this.observations = observations;
        this.clock = clock;
        this.texts = FollowupTexts.of(this, getLocale());
        this.reads = !currentUser.hasRole(Role.VOLUNTEER) || currentUser.hasRole(Role.COORDINATOR)
                || currentUser.hasRole(Role.PARTNER_CONTACT) || currentUser.hasRole(Role.ADMIN);
        addClassNames("page", "followup");
        add(new H1(getTranslation("followup.observations.title")));
        add(new Paragraph(getTranslation("followup.observations.intro")));

        district.setLabel(getTranslation("followup.observation.district"));
        district.setId("observation-district");
        district.setItems(observations.districts());
        district.setItemLabelGenerator(District::name);
        district.addValueChangeListener(e -> {
            place.clear();
            place.setItems(e.getValue() == null ? List.of() : e.getValue().venues());
        });
        place.setLabel(getTranslation("followup.observation.place"));
        place.setHelperText(getTranslation("followup.observation.placeHelp"));
        place.setId("observation-place");
        place.setItemLabelGenerator(Venue::name);
        place.setClearButtonVisible(true);
        category.setLabel(getTranslation("followup.observation.category"));
        category.setId("observation-category");
        category.setItems(ObservationCategory.values());
        category.setItemLabelGenerator(texts::category);
        date = texts.datePicker(getTranslation("followup.observation.date"));
        date.setId("observation-date");
        time.setLabel(getTranslation("followup.observation.time"));
        time.setId("observation-time");
        count.setLabel(getTranslation("followup.observation.count"));
        count.setId("observation-count");
        count.setMin(1);
        count.setMax(10_000);
        count.setStepButtonsVisible(true);
        note.setLabel(getTranslation("followup.observation.note"));
        note.setHelperText(getTranslation("followup.observation.noteHelp"));
        note.setId("observation-note");
        note.setMaxLength(500);
        note.setWidthFull();
        // the same rules the service applies, shown as the note is typed
        checks.check(note, IdentityNumbers::checkText).check(note, PhoneNumbers::checkText);
        save.setText(getTranslation("followup.observation.save"));
        save.setId("observation-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        problem.setId("observation-problem");
        problem.addClassName("followup-problem");
        problem.getElement().setAttribute("role", "alert");
        Div form = new Div(district, place, category, date, time, count, note);
        form.addClassName("followup-form");
        add(new H2(getTranslation("followup.observation.new")), form, problem, save);
        reset();
        if (!currentUser.hasRole(Role.VOLUNTEER) || currentUser.hasRole(Role.COORDINATOR)) {
            RouterLink importLink = new RouterLink(getTranslation("followup.import.link"),
                    ObservationImportView.class);
            importLink.setId("observation-import-link");
            add(new Paragraph(importLink));
        }
        if (reads) {
            recent.setId("observations-recent");
            add(new H2(getTranslation("followup.observations.recent", RECENT_DAYS)), recent);
            showRecent();
        }
    }

    private void reset() {
        LocalDateTime now = LocalDateTime.now(clock.withZone(Zones.STOCKHOLM));
        date.setValue(now.toLocalDate());
        time.setValue(LocalTime.of(now.getHour(), 0));
        count.setValue(1);
        note.clear();
        problem.setText("");
    }

    private void save() {
        LocalDate day = date.getValue();
        LocalTime at = time.getValue() == null ? LocalTime.NOON : time.getValue();
        java.util.Optional<String> wrong = checks.firstProblem();
        if (wrong.isPresent()) {
            problem.setText(wrong.get());
            return;
        }
        try {
            observations.report(new ObservationDraft(district.getValue() == null ? null : district.getValue().id(),
                    place.getValue() == null ? null : place.getValue().id(), category.getValue(),
                    day == null ? null : day.atTime(at), count.getValue(), note.getValue()));
        } catch (UserMessageException e) {
            problem.setText(getTranslation(e.messageKey(), e.arguments()));
            return;
        }
        Notifications.success(getTranslation("followup.observation.saved"));
        reset();
        if (reads) {
            showRecent();
        }
    }

    private void showRecent() {
        recent.removeAll();
        LocalDate today = LocalDate.now(clock.withZone(Zones.STOCKHOLM));
        List<Observation> list = observations.between(today.minusDays(RECENT_DAYS - 1), today).reversed();
        if (list.isEmpty()) {
            recent.add(new Paragraph(getTranslation("followup.observations.none")));
            return;
        }
        HtmlTable table = new HtmlTable(getTranslation("followup.observations.recent", RECENT_DAYS), List.of(
                getTranslation("followup.observation.when"), getTranslation("followup.observation.district"),
                getTranslation("followup.observation.category"), getTranslation("followup.observation.count"),
                getTranslation("followup.observation.source"), getTranslation("followup.observation.note")));
        for (Observation o : list) {
            table.row(List.of(texts.shortDate(o.observedAt().toLocalDate()) + " " + texts.time(o.observedAt()
                            .toLocalTime()),
                    o.venueName() == null ? o.districtName() : o.districtName() + ", " + o.venueName(),
                    texts.category(o.category()), String.valueOf(o.count()),
                    getTranslation("followup.source." + o.source().name()), o.note() == null ? "" : o.note()));
        }
        recent.add(table.component("observations-table"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("followup.observations.title");
    }
}
