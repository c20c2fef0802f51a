package se.tryggalov.followup.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.tryggalov.activity.Activity;
import se.tryggalov.activity.ActivityService;
import se.tryggalov.calendar.CalendarService;
import se.tryggalov.followup.ActionPlanService;
import se.tryggalov.followup.Measure;
import se.tryggalov.followup.MeasureDraft;
import se.tryggalov.followup.MeasureStatus;
import se.tryggalov.followup.ObservationCategory;
import se.tryggalov.partner.Organisation;
import se.tryggalov.partner.PartnerService;
import se.tryggalov.place.District;
import se.tryggalov.place.PlaceService;
import se.tryggalov.security.CurrentUser;
import se.tryggalov.security.Role;
import se.tryggalov.shared.i18n.UserMessageException;
import se.tryggalov.shared.time.Zones;
import se.tryggalov.shared.ui.Notifications;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The action plan register: every measure with its owner, partners, districts, period, follow-up date and status
 * (a follow-up that is due is marked), and, for coordinators, a form to add or change one, linked to the activities
 * that carry it out and the observation categories it answers.
 */
@Route("action-plan")
@Menu(order = 63, icon = "vaadin:tasks", title = "nav.actionPlan")
@RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN, Role.Names.PARTNER_CONTACT, Role.Names.VIEWER})
@StyleSheet("context://styles/followup.css")
public class ActionPlanView extends Main implements HasDynamicTitle {

    private final ActionPlanService plan;
    private final FollowupTexts texts;
    private final LocalDate today;
    private final Map<Long, String> organisationNames;
    private final Map<Long, String> districtNames;
    final Div list = new Div();
    final TextField title = new TextField();
    final TextArea description = new TextArea();
    final ComboBox<Organisation> owner = new ComboBox<>();
    final MultiSelectComboBox<Organisation> partnersField = new MultiSelectComboBox<>();
    final MultiSelectComboBox<District> districts = new MultiSelectComboBox<>();
    final MultiSelectComboBox<ObservationCategory> categories = new MultiSelectComboBox<>();
    final MultiSelectComboBox<Activity> activitiesField = new MultiSelectComboBox<>();
    final DatePicker first;
    final DatePicker last;
    final DatePicker followUp;
    final Select<MeasureStatus> status = new Select<>();
    final Button save = new Button();
    final Paragraph problem = new Paragraph();
    private Measure editing;

    ActionPlanView(ActionPlanService plan, PartnerService partners, PlaceService places, ActivityService activities,
                   CalendarService calendar, CurrentUser currentUser, Clock clock) {
        this.plan = plan;
        this.texts = FollowupTexts.of(this, getLocale());
        this.today = LocalDate.now(clock.withZone(Zones.STOCKHOLM));
        List<Organisation> organisations = partners.organisations();
        List<District> allDistricts = places.districts();
        organisationNames = organisations.stream().collect(Collectors.toMap(Organisation::id, Organisation::name));
        districtNames = allDistricts.stream().collect(Collectors.toMap(District::id, District::name));
        addClassNames("page", "followup");
        add(new H1(getTranslation("followup.measure.title")));
        add(new Paragraph(getTranslation("followup.measure.intro")));
        list.setId("action-plan");
        add(list);
        first = texts.datePicker(getTranslation("followup.measure.first"));
        last = texts.datePicker(getTranslation("followup.measure.last"));
        followUp = texts.datePicker(getTranslation("followup.measure.followUp"));
        if (currentUser.hasRole(Role.COORDINATOR) || currentUser.hasRole(Role.ADMIN)) {
            title.setLabel(getTranslation("followup.measure.name"));
            title.setId("measure-title");
            title.setMaxLength(200);
            description.setLabel(getTranslation("followup.measure.description"));
            description.setHelperText(getTranslation("followup.observation.noteHelp"));
            description.setId("measure-description");
            description.setMaxLength(2000);
            owner.setLabel(getTranslation("followup.measure.owner"));
            owner.setId("measure-owner");
            owner.setItems(organisations);
            owner.setItemLabelGenerator(Organisation::name);
            partnersField.setLabel(getTranslation("followup.measure.partners"));
            partnersField.setId("measure-partners");
            partnersField.setItems(organisations);
            partnersField.setItemLabelGenerator(Organisation::name);
            districts.setLabel(getTranslation("followup.measure.districts"));
            districts.setId("measure-districts");
            districts.setItems(allDistricts);
            districts.setItemLabelGenerator(District::name);
            categories.setLabel(getTranslation("followup.measure.categories"));
            categories.setId("measure-categories");
            categories.setItems(ObservationCategory.values());
            categories.setItemLabelGenerator(texts::category);
            activitiesField.setLabel(getTranslation("followup.measure.activities"));
            activitiesField.setId("measure-activities");
            activitiesField.setItems(activities.activities(calendar.currentYear()));
            activitiesField.setItemLabelGenerator(a -> a.title() + " (" + a.districtName() + ")");
            first.setId("measure-first");
            last.setId("measure-last");
            followUp.setId("measure-follow-up");
            status.setLabel(getTranslation("followup.measure.status"));
            status.setId("measure-status");
            status.setItems(MeasureStatus.values());
            status.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
            save.setText(getTranslation("followup.measure.save"));
            save.setId("measure-save");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.addClickListener(e -> save());
            problem.setId("measure-problem");
            problem.addClassName("followup-problem");
            problem.getElement().setAttribute("role", "alert");
            Div form = new Div(title, owner, partnersField, districts, categories, activitiesField, first, last,
                    followUp, status, description);
            form.addClassName("followup-form");
            add(new H2(getTranslation("followup.measure.new")), form, problem, save);
            clear();
        }
        showList();
    }

    private void clear() {
        editing = null;
        title.clear();
        description.clear();
        owner.clear();
        partnersField.clear();
        districts.clear();
        categories.clear();
        activitiesField.clear();
        first.setValue(today);
        last.setValue(today.plusMonths(3));
        followUp.setValue(today.plusMonths(1));
        status.setValue(MeasureStatus.PLANNED);
        problem.setText("");
    }

    private void edit(Measure m) {
        editing = m;
        MeasureDraft d = m.draft();
        title.setValue(d.title());
        description.setValue(d.description() == null ? "" : d.description());
        owner.getListDataView().getItems().filter(o -> o.id() == d.ownerOrganisationId()).findFirst()
                .ifPresent(owner::setValue);
        partnersField.setValue(pick(partnersField.getListDataView().getItems().toList(), Organisation::id,
                d.partnerIds()));
        districts.setValue(pick(districts.getListDataView().getItems().toList(), District::id, d.districtIds()));
        categories.setValue(d.categories());
        activitiesField.setValue(pick(activitiesField.getListDataView().getItems().toList(), Activity::id,
                d.activityIds()));
        first.setValue(d.firstDay());
        last.setValue(d.lastDay());
        followUp.setValue(d.followUpOn());
        status.setValue(d.status());
        title.focus();
    }

    private static <T> Set<T> pick(List<T> items, Function<T, Long> id, Set<Long> ids) {
        return items.stream().filter(i -> ids.contains(id.apply(i))).collect(Collectors.toSet());
    }

    private void save() {
        MeasureDraft draft = new MeasureDraft(title.getValue(), description.getValue(),
                owner.getValue() == null ? null : owner.getValue().id(),
                partnersField.getValue().stream().map(Organisation::id).collect(Collectors.toSet()),
                districts.getValue().stream().map(District::id).collect(Collectors.toSet()), categories.getValue(),
                activitiesField.getValue().stream().map(Activity::id).collect(Collectors.toSet()), first.getValue(),
                last.getValue(), followUp.getValue(), status.getValue());
        try {
            if (editing == null) {
                plan.create(draft);
            } else {
                plan.update(editing.id(), draft, editing.version());
            }
        } catch (UserMessageException e) {
            problem.setText(getTranslation(e.messageKey(), e.arguments()));
            return;
        }
        Notifications.success(getTranslation("followup.measure.saved"));
        clear();
        showList();
    }

    private void showList() {
        list.removeAll();
        List<Measure> measures = plan.measures();
        if (measures.isEmpty()) {
            list.add(new Paragraph(getTranslation("followup.measure.none")));
            return;
        }
        boolean edits = save.getElement().getParent() != null;
        List<String> heads = new java.util.ArrayList<>(List.of(getTranslation("followup.measure.name"),
                getTranslation("followup.measure.owner"), getTranslation("followup.measure.districts"),
                getTranslation("followup.measure.period"), getTranslation("followup.measure.followUp"),
                getTranslation("followup.measure.status")));
        if (edits) {
            heads.add(getTranslation("followup.measure.change"));
        }
        HtmlTable table = new HtmlTable(getTranslation("followup.measure.title"), heads);
        for (Measure m : measures) {
            MeasureDraft d = m.draft();
            List<String> cells = List.of(d.title(), organisationNames.getOrDefault(d.ownerOrganisationId(), ""),
                    d.districtIds().stream().map(id -> districtNames.getOrDefault(id, "")).sorted()
                            .collect(Collectors.joining(", ")),
                    d.firstDay() + " – " + d.lastDay(),
                    m.followUpDue(today) ? getTranslation("followup.measure.due", d.followUpOn())
                            : d.followUpOn().toString(),
                    getTranslation(d.status().messageKey()));
            if (edits) {
                Button change = new Button(getTranslation("followup.measure.change"), e -> edit(m));
                change.setId("measure-edit-" + m.id());
                change.getElement().setAttribute("aria-label",
                        getTranslation("followup.measure.changeNamed", d.title()));
                table.row(cells, change);
            } else {
                table.row(cells);
            }
        }
        list.add(table.component("action-plan-table"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("followup.measure.title");
    }
}
