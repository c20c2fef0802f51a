package se.tryggalov.activity.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.timepicker.TimePicker;
import se.tryggalov.activity.Activity;
import se.tryggalov.activity.ActivityService;
import se.tryggalov.activity.ActivityType;
import se.tryggalov.activity.Shift;
import se.tryggalov.activity.ShiftDraft;
import se.tryggalov.activity.ShiftStatus;
import se.tryggalov.activity.Staffing;

import java.time.LocalTime;
import java.util.List;
import java.util.function.Consumer;

/**
 * Adds a shift (one group) to an activity or edits one, with every field; readers see the same fields read-only.
 * The service checks it all (end equal to start, sizes out of order, an evening outside the activity's period): its
 * refusal is shown and nothing is saved. An end before the start is the next morning.
 */
class ShiftDialog extends PlanFormDialog {

    private final ActivityService activities;
    private final Shift shift;

    final ComboBox<Activity> activity = new ComboBox<>();
    final Paragraph activityLine = new Paragraph();
    final DatePicker day;
    final TimePicker startsAt;
    final TimePicker endsAt;
    final IntegerField groupNo = new IntegerField();
    final GroupRuleFields groupRules;
    final Select<Integer> risk = new Select<>();
    final Select<ShiftStatus> status = new Select<>();
    final Select<Staffing> staffing = new Select<>();
    Button delete;
    Button editActivity;

    /**
     * @param shift      the shift to edit or show, or null for a new one
     * @param choices    the activities a new shift may belong to (ignored when editing)
     * @param preset     the activity a new shift belongs to, if already chosen
     * @param openActivity opens an activity's dialog (coordinators), or null
     */
    ShiftDialog(ActivityService activities, PlanTexts texts, boolean canEdit, Shift shift, List<Activity> choices,
                Activity preset, Consumer<Activity> openActivity, Consumer<String> onChanged) {
        super("shift", texts, canEdit, onChanged);
        this.activities = activities;
        this.shift = shift;
        setHeaderTitle(shift == null ? texts.t("plan.shift.new")
                : texts.t(canEdit ? "plan.shift.edit" : "plan.shift.details", shift.activityTitle(),
                texts.group(shift.groupNo())));

        activity.setLabel(texts.t("plan.shift.activity"));
        activity.setItems(choices);
        activity.setItemLabelGenerator(a -> texts.t("plan.activity.option", a.title(), a.districtName(),
                texts.periodName(a.period())));
        activity.setRequiredIndicatorVisible(true);
        activity.setId("shift-activity");
        activity.setWidthFull();
        activityLine.addClassName("shift-activity-line");
        activityLine.setId("shift-activity-line");

        day = texts.datePicker(texts.t("plan.shift.day"));
        day.setHelperText(texts.t("plan.shift.dayHelp"));
        day.setRequiredIndicatorVisible(true);
        day.setId("shift-day");
        startsAt = texts.timePicker(texts.t("plan.shift.startsAt"));
        startsAt.setRequiredIndicatorVisible(true);
        startsAt.setId("shift-starts");
        endsAt = texts.timePicker(texts.t("plan.shift.endsAt"));
        endsAt.setHelperText(texts.t("plan.shift.endsAtHelp"));
        endsAt.setRequiredIndicatorVisible(true);
        endsAt.setId("shift-ends");
        groupNo.setLabel(texts.t("plan.shift.groupNo"));
        groupNo.setHelperText(texts.t("plan.shift.groupNoHelp"));
        groupNo.setMin(1);
        groupNo.setMax(50);
        groupNo.setId("shift-group");
        groupRules = new GroupRuleFields(texts, "shift");
        risk.setLabel(texts.t("plan.shift.risk"));
        risk.setItems(0, 1, 2, 3, 4, 5);
        risk.setEmptySelectionAllowed(true);
        risk.setEmptySelectionCaption(shift == null || shift.riskOverridden()
                ? texts.t("plan.shift.riskFromCalendar")
                : texts.t("plan.shift.riskFromCalendarNow", texts.risk(shift.riskLevel())));
        risk.setItemLabelGenerator(level -> level == null ? risk.getEmptySelectionCaption() : texts.risk(level));
        risk.setHelperText(texts.t("plan.shift.riskHelp"));
        risk.setId("shift-risk");
        status.setLabel(texts.t("plan.shift.status"));
        status.setItems(shift == null ? List.of(ShiftStatus.DRAFT, ShiftStatus.OPEN, ShiftStatus.PUBLISHED)
                : List.of(ShiftStatus.values()));
        status.setItemLabelGenerator(texts::status);
        status.setId("shift-status");
        staffing.setLabel(texts.t("plan.shift.staffing"));
        staffing.setItems(Staffing.values());
        staffing.setItemLabelGenerator(texts::staffing);
        staffing.setHelperText(texts.t("plan.shift.staffingHelp"));
        staffing.setId("shift-staffing");

        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 3));
        if (shift == null) {
            form.add(activity, 3);
        } else {
            activityLine.setText(texts.t("plan.shift.activityLine", shift.activityTitle(), texts.type(shift.type()),
                    shift.districtName(), orEmpty(shift.organisationName())));
            add(activityLine);
            if (canEdit && openActivity != null) {
                editActivity = new Button(texts.t("plan.shift.editActivity"), e -> activities
                        .activity(shift.activityId()).ifPresent(a -> {
                            close();
                            openActivity.accept(a);
                        }));
                editActivity.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                editActivity.setId("shift-edit-activity");
                add(editActivity);
            }
        }
        form.add(day, startsAt, endsAt, groupRules.minSize, groupRules.peopleNeeded, groupRules.maxSize, groupNo, risk,
                status, staffing);
        form.add(groupRules.leadRequired, groupRules.adultsOnly);
        form.add(groupRules.qualifications, 3);
        add(form);

        activity.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                defaultsFor(e.getValue());
            }
        });
        if (shift == null) {
            if (preset != null) {
                activity.setValue(preset);
            }
            defaultsFor(preset);
        } else {
            fill(shift);
            if (canEdit) {
                delete = new Button(texts.t("plan.shift.delete"), e -> attempt(() -> {
                    activities.deleteShift(shift.id(), shift.version());
                    return texts.t("plan.shift.deleted", shift.activityTitle(), texts.group(shift.groupNo()),
                            texts.shortDate(shift.day()));
                }));
                delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
                delete.setId("shift-delete");
                delete.getStyle().set("margin-inline-end", "auto");
                getFooter().addComponentAsFirst(delete);
            }
        }
        finish();
    }


    /** A night walk: 3–5 adults (4 wanted) with a lead, 21:00–01:00; other activities: a small team, 18:00–22:00. */
    private void defaultsFor(Activity a) {
        boolean walk = a == null || a.type() == ActivityType.NIGHT_WALK;
        ShiftDraft d = walk ? ShiftDraft.nightWalk(null, LocalTime.of(21, 0), LocalTime.of(1, 0))
                : new ShiftDraft(null, LocalTime.of(18, 0), LocalTime.of(22, 0), null, 1, 2, 4, false, true,
                java.util.Set.of(), null, null,
                a.type() == ActivityType.PATROL || a.type() == ActivityType.YOUTH_CENTRE_OPENING
                        ? Staffing.ORGANISATION : Staffing.PEOPLE);
        if (day.isEmpty() && a != null && a.period() != null) {
            day.setValue(a.period().firstDay());
        }
        if (a != null && a.period() != null) {
            day.setInitialPosition(a.period().firstDay());
        }
        startsAt.setValue(d.startsAt());
        endsAt.setValue(d.endsAt());
        groupRules.fill(d.minSize(), d.peopleNeeded(), d.maxSize(), d.leadRequired(), d.adultsOnly(), null);
        status.setValue(ShiftStatus.DRAFT);
        staffing.setValue(d.staffing() == null ? Staffing.PEOPLE : d.staffing());
    }

    private void fill(Shift s) {
        day.setValue(s.day());
        startsAt.setValue(s.startsAt());
        endsAt.setValue(s.endsAt());
        groupNo.setValue(s.groupNo());
        groupRules.fill(s.minSize(), s.peopleNeeded(), s.maxSize(), s.leadRequired(), s.adultsOnly(),
                s.qualifications());
        risk.setValue(s.riskOverridden() ? s.riskLevel() : null);
        status.setValue(s.status());
        staffing.setValue(s.staffing());
    }

    ShiftDraft draft() {
        GroupRuleFields g = groupRules;
        return new ShiftDraft(day.getValue(), startsAt.getValue(), endsAt.getValue(), groupNo.getValue(),
                g.minSize.getValue(), g.peopleNeeded.getValue(), g.maxSize.getValue(), g.leadRequired.getValue(),
                g.adultsOnly.getValue(), g.qualifications.getValue(), risk.getValue(), status.getValue(),
                staffing.getValue());
    }

    @Override
    String store() {
        ShiftDraft draft = draft();
        if (shift == null) {
            Activity a = activity.getValue();
            if (a == null) {
                throw new se.tryggalov.shared.i18n.UserMessageException("plan.error.activityRequired");
            }
            activities.addShift(a.id(), draft);
            return texts.t("plan.shift.created", a.title(), texts.shortDate(draft.day()),
                    texts.times(draft.startsAt(), draft.endsAt()));
        }
        activities.updateShift(shift.id(), draft, shift.version());
        return texts.t("plan.shift.saved", shift.activityTitle(), texts.group(shift.groupNo()),
                texts.shortDate(shift.day()));
    }

    @Override
    List<HasValue<?, ?>> fields() {
        return groupRules.between(List.of(activity, day, startsAt, endsAt, groupNo), List.of(risk, status, staffing));
    }
}
