package se.tryggalov.activity.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.timepicker.TimePicker;
import se.tryggalov.activity.ActivityService;
import se.tryggalov.activity.Shift;
import se.tryggalov.activity.ShiftRef;

import java.util.List;
import java.util.function.Consumer;

/**
 * Gives the chosen shifts one new start and end time; each keeps its evening, and an end before the start is the
 * next morning. All or nothing: if one of them changed since the list was loaded, none is changed.
 */
class BulkTimesDialog extends PlanFormDialog {

    private final ActivityService activities;
    private final List<ShiftRef> shifts;

    final TimePicker startsAt;
    final TimePicker endsAt;

    BulkTimesDialog(ActivityService activities, PlanTexts texts, List<Shift> selected, Consumer<String> onChanged) {
        super("bulk-times", texts, true, onChanged);
        this.activities = activities;
        this.shifts = selected.stream().map(Shift::ref).toList();
        setHeaderTitle(texts.t("plan.bulk.times.title", selected.size()));
        startsAt = texts.timePicker(texts.t("plan.shift.startsAt"));
        startsAt.setId("bulk-starts");
        startsAt.setRequiredIndicatorVisible(true);
        endsAt = texts.timePicker(texts.t("plan.shift.endsAt"));
        endsAt.setId("bulk-ends");
        endsAt.setHelperText(texts.t("plan.shift.endsAtHelp"));
        endsAt.setRequiredIndicatorVisible(true);
        if (!selected.isEmpty()) {
            startsAt.setValue(selected.getFirst().startsAt());
            endsAt.setValue(selected.getFirst().endsAt());
        }
        add(new Paragraph(texts.t("plan.bulk.times.intro", selected.size())));
        FormLayout form = new FormLayout(startsAt, endsAt);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("20em", 2));
        add(form);
        setWidth("min(30rem, 100vw)");
        finish();
    }

    @Override
    String store() {
        int changed = activities.changeTimes(shifts, startsAt.getValue(), endsAt.getValue());
        return texts.t("plan.bulk.times.done", changed, texts.times(startsAt.getValue(), endsAt.getValue()));
    }

    @Override
    List<HasValue<?, ?>> fields() {
        return List.of(startsAt, endsAt);
    }
}
