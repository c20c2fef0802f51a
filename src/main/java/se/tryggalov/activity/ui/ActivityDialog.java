package se.tryggalov.activity.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import se.tryggalov.activity.Activity;
import se.tryggalov.activity.ActivityDraft;
import se.tryggalov.activity.ActivityService;
import se.tryggalov.activity.ActivityType;
import se.tryggalov.activity.Purpose;
import se.tryggalov.activity.TrainingGrant;
import se.tryggalov.volunteer.QualificationKind;
import com.vaadin.flow.component.textfield.IntegerField;
import se.tryggalov.calendar.CalendarItem;
import se.tryggalov.calendar.SchoolYear;
import se.tryggalov.partner.Organisation;
import se.tryggalov.place.District;
import se.tryggalov.place.Venue;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * Creates or edits an activity (insats): what, why, who is responsible, where, in which break or on which key date,
 * and the action plan's measure it serves. Its shifts are added afterwards; deleting it deletes its shifts.
 */
class ActivityDialog extends PlanFormDialog {

    private final ActivityService activities;
    private final SchoolYear year;
    private final Activity existing;
    private final List<District> districtList;
    private final LongConsumer created;

    final Select<CalendarItem> period = new Select<>();
    final Select<ActivityType> type = new Select<>();
    final RadioButtonGroup<Purpose> purpose = new RadioButtonGroup<>();
    final TextField title = new TextField();
    final ComboBox<Organisation> organisation = new ComboBox<>();
    final Select<District> district = new Select<>();
    final ComboBox<Venue> venue = new ComboBox<>();
    final TextField meetingPoint = new TextField();
    final TextArea description = new TextArea();
    final TextField planMeasure = new TextField();
    /** A training evening: the qualification attending it gives, and for how many months. */
    final Select<QualificationKind> grants = new Select<>();
    final IntegerField grantMonths = new IntegerField();
    Button delete;

    /**
     * @param periods  the school year's breaks and key dates
     * @param existing the activity to edit or show, or null for a new one
     * @param created  called with a new activity's id after it was saved (e.g. to add its first shift)
     */
    ActivityDialog(ActivityService activities, PlanTexts texts, boolean canEdit, SchoolYear year,
                   List<CalendarItem> periods, List<District> districts, List<Organisation> organisations,
                   Activity existing, LongConsumer created, Consumer<String> onChanged) {
        super("activity", texts, canEdit, onChanged);
        this.activities = activities;
        this.year = year;
        this.existing = existing;
        this.districtList = districts;
        this.created = created;
        setHeaderTitle(existing == null ? texts.t("plan.activity.new", year.label())
                : texts.t(canEdit ? "plan.activity.edit" : "plan.activity.details", existing.title()));

        type.setLabel(texts.t("plan.activity.type"));
        type.setItems(ActivityType.values());
        type.setItemLabelGenerator(texts::type);
        type.setId("activity-type");
        purpose.setLabel(texts.t("plan.activity.purpose"));
        purpose.setItems(Purpose.values());
        purpose.setItemLabelGenerator(p -> texts.t(p.messageKey()));
        purpose.setHelperText(texts.t("plan.activity.purposeHelp"));
        purpose.setId("activity-purpose");
        title.setLabel(texts.t("plan.activity.title"));
        title.setMaxLength(150);
        title.setRequiredIndicatorVisible(true);
        title.setId("activity-title");
        organisation.setLabel(texts.t("plan.activity.organisation"));
        organisation.setItems(organisations);
        organisation.setItemLabelGenerator(Organisation::name);
        organisation.setClearButtonVisible(true);
        organisation.setId("activity-organisation");
        district.setLabel(texts.t("plan.activity.district"));
        district.setItems(districts);
        district.setItemLabelGenerator(d -> d == null ? "" : d.name());
        district.setRequiredIndicatorVisible(true);
        district.setId("activity-district");
        venue.setLabel(texts.t("plan.activity.venue"));
        venue.setItemLabelGenerator(v -> texts.t("plan.activity.venueOption", v.name(),
                texts.t("places.kind." + v.kind().name())));
        venue.setClearButtonVisible(true);
        venue.setHelperText(texts.t("plan.activity.venueHelp"));
        venue.setId("activity-venue");
        meetingPoint.setLabel(texts.t("plan.activity.meetingPoint"));
        meetingPoint.setMaxLength(200);
        meetingPoint.setHelperText(texts.t("plan.activity.meetingPointHelp"));
        meetingPoint.setId("activity-meeting-point");
        period.setLabel(texts.t("plan.activity.period"));
        period.setItems(periods);
        period.setEmptySelectionAllowed(true);
        period.setEmptySelectionCaption(texts.t("plan.period.term"));
        period.setItemLabelGenerator(i -> i == null ? texts.t("plan.period.term") : texts.itemWithDates(i));
        period.setHelperText(texts.t("plan.activity.periodHelp"));
        period.setId("activity-period");
        description.setLabel(texts.t("plan.activity.description"));
        description.setMaxLength(2000);
        description.setId("activity-description");
        planMeasure.setLabel(texts.t("plan.activity.planMeasure"));
        planMeasure.setHelperText(texts.t("plan.activity.planMeasureHelp"));
        planMeasure.setMaxLength(300);
        planMeasure.setId("activity-plan-measure");

        district.addValueChangeListener(e -> venuesOf(e.getValue()));

        if (existing != null && existing.generated()) {
            Paragraph generated = new Paragraph(texts.t("plan.activity.generatedNote"));
            generated.addClassName("hint");
            add(generated);
        }
        grants.setId("activity-grants");
        grants.setLabel(texts.t("plan.activity.grants"));
        grants.setItems(QualificationKind.values());
        grants.setEmptySelectionAllowed(true);
        grants.setEmptySelectionCaption(texts.t("plan.activity.grantsNothing"));
        grants.setItemLabelGenerator(k -> k == null ? texts.t("plan.activity.grantsNothing")
                : texts.t("volunteers.qualification." + k.name()));
        grantMonths.setId("activity-grant-months");
        grantMonths.setLabel(texts.t("plan.activity.grantMonths"));
        grantMonths.setHelperText(texts.t("plan.activity.grantMonthsHelp"));
        grantMonths.setMin(1);
        grantMonths.setMax(240);
        grantMonths.setClearButtonVisible(true);
        type.addValueChangeListener(e -> showGrant());
        FormLayout form = new FormLayout(type, purpose, title, period, district, venue, organisation, meetingPoint,
                planMeasure, description, grants, grantMonths);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        form.setColspan(title, 2);
        form.setColspan(period, 2);
        form.setColspan(planMeasure, 2);
        form.setColspan(description, 2);
        add(form);

        if (existing == null) {
            type.setValue(ActivityType.NIGHT_WALK);
            purpose.setValue(Purpose.PREVENTIVE);
        } else {
            fill(existing, periods, organisations);
            if (canEdit) {
                delete = new Button(texts.t("plan.activity.delete"), e -> attempt(() -> {
                    activities.deleteActivity(existing.id(), existing.version());
                    return texts.t("plan.activity.deleted", existing.title());
                }));
                delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
                delete.setId("activity-delete");
                delete.getStyle().set("margin-inline-end", "auto");
                getFooter().addComponentAsFirst(delete);
            }
        }
        showGrant();
        finish();
    }

    private void showGrant() {
        boolean training = type.getValue() == ActivityType.TRAINING;
        grants.setVisible(training);
        grantMonths.setVisible(training);
    }

    private void venuesOf(District d) {
        Venue chosen = venue.getValue();
        List<Venue> venues = d == null ? List.of() : d.venues();
        venue.setItems(venues);
        if (chosen != null && venues.stream().anyMatch(v -> v.id() == chosen.id())) {
            venue.setValue(venues.stream().filter(v -> v.id() == chosen.id()).findFirst().orElseThrow());
        } else {
            venue.clear();
        }
    }

    private void fill(Activity a, List<CalendarItem> periods, List<Organisation> organisations) {
        type.setValue(a.type());
        purpose.setValue(a.purpose());
        title.setValue(orEmpty(a.title()));
        periods.stream().filter(i -> Objects.equals(i.id(), a.calendarItemId())).findFirst().ifPresent(period::setValue);
        organisations.stream().filter(o -> Objects.equals(o.id(), a.organisationId())).findFirst()
                .ifPresent(organisation::setValue);
        districtList.stream().filter(d -> d.id() == a.districtId()).findFirst().ifPresent(district::setValue);
        if (a.venueId() != null) {
            venue.getListDataView().getItems().filter(v -> v.id() == a.venueId()).findFirst().ifPresent(venue::setValue);
        }
        meetingPoint.setValue(orEmpty(a.meetingPoint()));
        description.setValue(orEmpty(a.description()));
        planMeasure.setValue(orEmpty(a.planMeasure()));
        if (a.type() == ActivityType.TRAINING) {
            activities.trainingGrant(a.id()).ifPresent(g -> {
                grants.setValue(g.qualification());
                grantMonths.setValue(g.validMonths());
            });
        }
    }

    ActivityDraft draft() {
        return new ActivityDraft(year, period.getValue() == null ? null : period.getValue().id(), type.getValue(),
                purpose.getValue(), title.getValue(),
                organisation.getValue() == null ? null : organisation.getValue().id(),
                district.getValue() == null ? null : district.getValue().id(),
                venue.getValue() == null ? null : venue.getValue().id(), blankToNull(meetingPoint.getValue()),
                blankToNull(description.getValue()), blankToNull(planMeasure.getValue()));
    }

    @Override
    String store() {
        if (existing == null) {
            long id = activities.createActivity(draft());
            storeGrant(id);
            created.accept(id);
            return texts.t("plan.activity.created", title.getValue().strip());
        }
        activities.updateActivity(existing.id(), draft(), existing.version());
        storeGrant(existing.id());
        return texts.t("plan.activity.saved", title.getValue().strip());
    }

    /** A training's grant, saved (and checked by the service) right after the activity itself. */
    private void storeGrant(long activityId) {
        if (type.getValue() != ActivityType.TRAINING) {
            return;
        }
        TrainingGrant was = activities.trainingGrant(activityId).orElse(new TrainingGrant(null, null));
        if (Objects.equals(was.qualification(), grants.getValue())
                && Objects.equals(was.validMonths(), grantMonths.getValue())) {
            return;
        }
        Activity saved = activities.activity(activityId)
                .orElseThrow(() -> new se.tryggalov.shared.i18n.UserMessageException("error.notFound"));
        activities.setTrainingGrant(activityId, grants.getValue(), grantMonths.getValue(), saved.version());
    }

    @Override
    List<HasValue<?, ?>> fields() {
        return List.of(period, type, purpose, title, organisation, district, venue, meetingPoint, description,
                planMeasure, grants, grantMonths);
    }
}
