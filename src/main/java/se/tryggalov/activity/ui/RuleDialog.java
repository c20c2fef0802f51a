package se.tryggalov.activity.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import se.tryggalov.activity.ActivityType;
import se.tryggalov.activity.CoverageRule;
import se.tryggalov.activity.CoverageRuleDraft;
import se.tryggalov.activity.CoverageRuleService;
import se.tryggalov.activity.DistrictScope;
import se.tryggalov.activity.Purpose;
import se.tryggalov.activity.Staffing;
import se.tryggalov.partner.Organisation;
import se.tryggalov.place.District;
import se.tryggalov.place.VenueKind;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Adds or edits a coverage rule: when (lowest risk, weekdays, breaks only), where (every district, those with hot
 * spots, chosen ones, or one place per venue of a kind), how many groups, at what times (later on high-risk
 * evenings) and what a group needs. Saving changes no shift: that happens when the rules are applied.
 */
class RuleDialog extends PlanFormDialog {

    private final CoverageRuleService rules;
    private final CoverageRule existing;

    final TextField name = new TextField();
    final Select<ActivityType> type = new Select<>();
    final RadioButtonGroup<Purpose> purpose = new RadioButtonGroup<>();
    final ComboBox<Organisation> organisation = new ComboBox<>();
    final Select<Integer> minRisk = new Select<>();
    final CheckboxGroup<DayOfWeek> weekdays = new CheckboxGroup<>();
    final Checkbox inBreaksOnly = new Checkbox();
    final Select<DistrictScope> scope = new Select<>();
    final Select<VenueKind> venueKind = new Select<>();
    final MultiSelectComboBox<District> districts = new MultiSelectComboBox<>();
    final IntegerField groupsPerPlace = new IntegerField();
    final TimePicker startsAt;
    final TimePicker endsAt;
    final Select<Integer> lateFromRisk = new Select<>();
    final TimePicker lateEndsAt;
    final GroupRuleFields groupRules;
    final Select<Staffing> staffing = new Select<>();
    final Checkbox active = new Checkbox();

    RuleDialog(CoverageRuleService rules, PlanTexts texts, CoverageRule existing, List<District> districtList,
               List<Organisation> organisations, Consumer<String> onChanged) {
        super("rule", texts, true, onChanged);
        this.rules = rules;
        this.existing = existing;
        setHeaderTitle(existing == null ? texts.t("plan.rule.new") : texts.t("plan.rule.edit", existing.name()));
        setWidth("min(52rem, 100vw)");

        name.setLabel(texts.t("plan.rule.name"));
        name.setMaxLength(150);
        name.setRequiredIndicatorVisible(true);
        name.setId("rule-name");
        type.setLabel(texts.t("plan.activity.type"));
        type.setItems(ActivityType.values());
        type.setItemLabelGenerator(texts::type);
        type.setId("rule-type");
        purpose.setLabel(texts.t("plan.activity.purpose"));
        purpose.setItems(Purpose.values());
        purpose.setItemLabelGenerator(p -> texts.t(p.messageKey()));
        purpose.setId("rule-purpose");
        organisation.setLabel(texts.t("plan.activity.organisation"));
        organisation.setItems(organisations);
        organisation.setItemLabelGenerator(Organisation::name);
        organisation.setClearButtonVisible(true);
        organisation.setId("rule-organisation");
        minRisk.setLabel(texts.t("plan.rule.minRisk"));
        minRisk.setItems(0, 1, 2, 3, 4, 5);
        minRisk.setItemLabelGenerator(level -> texts.t("plan.rule.minRiskOption", texts.risk(level)));
        minRisk.setId("rule-min-risk");
        weekdays.setLabel(texts.t("plan.rule.weekdays"));
        weekdays.setHelperText(texts.t("plan.rule.weekdaysHelp"));
        weekdays.setItems(DayOfWeek.values());
        weekdays.setItemLabelGenerator(texts::weekday);
        weekdays.addClassName("weekday-choice");
        weekdays.setId("rule-weekdays");
        inBreaksOnly.setLabel(texts.t("plan.rule.inBreaksOnly"));
        inBreaksOnly.setId("rule-breaks-only");
        scope.setLabel(texts.t("plan.rule.scope"));
        scope.setItems(DistrictScope.values());
        scope.setItemLabelGenerator(s -> texts.t(s.messageKey()));
        scope.setId("rule-scope");
        venueKind.setLabel(texts.t("plan.rule.venueKind"));
        venueKind.setItems(VenueKind.values());
        venueKind.setItemLabelGenerator(k -> k == null ? "" : texts.t("places.kind." + k.name()));
        venueKind.setId("rule-venue-kind");
        districts.setLabel(texts.t("plan.rule.districts"));
        districts.setItems(districtList);
        districts.setItemLabelGenerator(District::name);
        districts.setId("rule-districts");
        groupsPerPlace.setLabel(texts.t("plan.rule.groupsPerPlace"));
        groupsPerPlace.setHelperText(texts.t("plan.rule.groupsPerPlaceHelp"));
        groupsPerPlace.setMin(1);
        groupsPerPlace.setMax(20);
        groupsPerPlace.setStepButtonsVisible(true);
        groupsPerPlace.setId("rule-groups");
        startsAt = texts.timePicker(texts.t("plan.shift.startsAt"));
        startsAt.setId("rule-starts");
        endsAt = texts.timePicker(texts.t("plan.shift.endsAt"));
        endsAt.setHelperText(texts.t("plan.shift.endsAtHelp"));
        endsAt.setId("rule-ends");
        lateFromRisk.setLabel(texts.t("plan.rule.lateFromRisk"));
        lateFromRisk.setItems(1, 2, 3, 4, 5);
        lateFromRisk.setEmptySelectionAllowed(true);
        lateFromRisk.setEmptySelectionCaption(texts.t("plan.rule.noLateEnd"));
        lateFromRisk.setItemLabelGenerator(level -> level == null ? texts.t("plan.rule.noLateEnd")
                : texts.t("plan.rule.minRiskOption", texts.risk(level)));
        lateFromRisk.setId("rule-late-risk");
        lateEndsAt = texts.timePicker(texts.t("plan.rule.lateEndsAt"));
        lateEndsAt.setId("rule-late-ends");
        groupRules = new GroupRuleFields(texts, "rule");
        staffing.setLabel(texts.t("plan.shift.staffing"));
        staffing.setItems(Staffing.values());
        staffing.setItemLabelGenerator(texts::staffing);
        staffing.setId("rule-staffing");
        active.setLabel(texts.t("plan.rule.active"));
        active.setId("rule-active");

        scope.addValueChangeListener(e -> scopeChanged(e.getValue()));
        lateFromRisk.addValueChangeListener(e -> lateEndsAt.setEnabled(e.getValue() != null));

        FormLayout what = form(name, type, purpose, organisation, staffing, active);
        what.setColspan(name, 2);
        FormLayout when = form(minRisk, inBreaksOnly, weekdays, startsAt, endsAt, lateFromRisk, lateEndsAt);
        when.setColspan(weekdays, 2);
        FormLayout where = form(scope, groupsPerPlace, venueKind, districts);
        where.setColspan(districts, 2);
        FormLayout group = form(groupRules.minSize, groupRules.peopleNeeded, groupRules.maxSize,
                groupRules.leadRequired, groupRules.adultsOnly, groupRules.qualifications);
        group.setColspan(groupRules.qualifications, 2);
        add(heading("plan.rule.section.what"), what, heading("plan.rule.section.when"), when,
                heading("plan.rule.section.where"), where, heading("plan.rule.section.group"), group);

        if (existing == null) {
            fill(new CoverageRuleDraft("", ActivityType.NIGHT_WALK, Purpose.PREVENTIVE, null, 3, Set.of(), false,
                    DistrictScope.HOT_SPOTS, null, Set.of(), null, LocalTime.of(21, 0), LocalTime.of(1, 0), 5,
                    LocalTime.of(2, 30), 3, 4, 5, true, true, Set.of(), Staffing.PEOPLE, true), districtList,
                    organisations);
        } else {
            fill(existing.draft(), districtList, organisations);
        }
        finish();
    }


    private H3 heading(String key) {
        H3 h = new H3(texts.t(key));
        h.addClassName("rule-section");
        return h;
    }

    private static FormLayout form(com.vaadin.flow.component.Component... fields) {
        FormLayout form = new FormLayout(fields);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        return form;
    }

    private void scopeChanged(DistrictScope s) {
        venueKind.setVisible(s == DistrictScope.VENUES);
        districts.setVisible(s == DistrictScope.LISTED);
    }

    private void fill(CoverageRuleDraft d, List<District> districtList, List<Organisation> organisations) {
        name.setValue(orEmpty(d.name()));
        type.setValue(d.type());
        purpose.setValue(d.purpose());
        organisations.stream().filter(o -> Objects.equals(o.id(), d.organisationId())).findFirst()
                .ifPresent(organisation::setValue);
        minRisk.setValue(d.minRisk());
        weekdays.setValue(d.weekdays());
        inBreaksOnly.setValue(d.inBreaksOnly());
        scope.setValue(d.scope());
        scopeChanged(d.scope());
        venueKind.setValue(d.venueKind());
        districts.setValue(districtList.stream().filter(x -> d.districtIds().contains(x.id()))
                .collect(Collectors.toSet()));
        groupsPerPlace.setValue(d.groupsPerPlace());
        startsAt.setValue(d.startsAt());
        endsAt.setValue(d.endsAt());
        lateFromRisk.setValue(d.lateFromRisk());
        lateEndsAt.setValue(d.lateEndsAt());
        lateEndsAt.setEnabled(d.lateFromRisk() != null);
        groupRules.fill(d.minSize(), d.peopleNeeded(), d.maxSize(), d.leadRequired(), d.adultsOnly(),
                d.qualifications());
        staffing.setValue(d.staffing());
        active.setValue(d.active());
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    CoverageRuleDraft draft() {
        GroupRuleFields g = groupRules;
        DistrictScope s = scope.getValue();
        return new CoverageRuleDraft(name.getValue(), type.getValue(), purpose.getValue(),
                organisation.getValue() == null ? null : organisation.getValue().id(), orZero(minRisk.getValue()),
                weekdays.getValue(), inBreaksOnly.getValue(), s,
                s == DistrictScope.VENUES ? venueKind.getValue() : null,
                s == DistrictScope.LISTED ? districts.getValue().stream().map(District::id).collect(Collectors.toSet())
                        : Set.of(),
                groupsPerPlace.getValue(), startsAt.getValue(), endsAt.getValue(), lateFromRisk.getValue(),
                lateFromRisk.getValue() == null ? null : lateEndsAt.getValue(), orZero(g.minSize.getValue()),
                orZero(g.peopleNeeded.getValue()), orZero(g.maxSize.getValue()), g.leadRequired.getValue(),
                g.adultsOnly.getValue(), g.qualifications.getValue(), staffing.getValue(), active.getValue());
    }

    @Override
    String store() {
        if (existing == null) {
            rules.create(draft());
            return texts.t("plan.rule.created", name.getValue().strip());
        }
        rules.update(existing.id(), draft(), existing.version());
        return texts.t("plan.rule.saved", name.getValue().strip());
    }

    @Override
    List<HasValue<?, ?>> fields() {
        return groupRules.between(List.of(name, type, purpose, organisation, minRisk, weekdays, inBreaksOnly, scope,
                venueKind, districts, groupsPerPlace, startsAt, endsAt, lateFromRisk, lateEndsAt),
                List.of(staffing, active));
    }
}
