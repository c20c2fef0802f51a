package se.tryggalov.activity.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import se.tryggalov.volunteer.QualificationKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The group rules a shift and a coverage rule share: minimum, needed and maximum size, a lead required, adults only,
 * required qualifications. Ids are {@code <prefix>-min}, {@code -needed}, {@code -max}, {@code -lead},
 * {@code -adults} and {@code -qualifications}.
 */
final class GroupRuleFields {

    final IntegerField minSize = new IntegerField();
    final IntegerField peopleNeeded = new IntegerField();
    final IntegerField maxSize = new IntegerField();
    final Checkbox leadRequired = new Checkbox();
    final Checkbox adultsOnly = new Checkbox();
    final CheckboxGroup<QualificationKind> qualifications = new CheckboxGroup<>();

    GroupRuleFields(PlanTexts texts, String idPrefix) {
        sizeField(texts, minSize, "plan.shift.minSize", idPrefix + "-min");
        sizeField(texts, peopleNeeded, "plan.shift.peopleNeeded", idPrefix + "-needed");
        sizeField(texts, maxSize, "plan.shift.maxSize", idPrefix + "-max");
        leadRequired.setLabel(texts.t("plan.shift.leadRequired"));
        leadRequired.setId(idPrefix + "-lead");
        adultsOnly.setLabel(texts.t("plan.shift.adultsOnly"));
        adultsOnly.setId(idPrefix + "-adults");
        qualifications.setLabel(texts.t("plan.shift.qualifications"));
        qualifications.setItems(QualificationKind.values());
        qualifications.setItemLabelGenerator(texts::qualification);
        qualifications.setId(idPrefix + "-qualifications");
    }

    private static void sizeField(PlanTexts texts, IntegerField field, String key, String id) {
        field.setLabel(texts.t(key));
        field.setMin(1);
        field.setMax(50);
        field.setStepButtonsVisible(true);
        field.setRequiredIndicatorVisible(true);
        field.setId(id);
    }

    /**
     * A dialog's fields in form order (for change tracking and read-only): {@code before}, these six, then
     * {@code after}.
     */
    List<HasValue<?, ?>> between(List<HasValue<?, ?>> before, List<HasValue<?, ?>> after) {
        List<HasValue<?, ?>> fields = new ArrayList<>(before);
        fields.addAll(List.of(minSize, peopleNeeded, maxSize, leadRequired, adultsOnly, qualifications));
        fields.addAll(after);
        return fields;
    }

    void fill(int min, int needed, int max, boolean lead, boolean adults, Set<QualificationKind> required) {
        minSize.setValue(min);
        peopleNeeded.setValue(needed);
        maxSize.setValue(max);
        leadRequired.setValue(lead);
        adultsOnly.setValue(adults);
        if (required != null) {
            qualifications.setValue(required);
        }
    }
}
