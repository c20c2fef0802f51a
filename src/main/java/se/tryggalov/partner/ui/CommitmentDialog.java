package se.tryggalov.partner.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.timepicker.TimePicker;
import se.tryggalov.partner.CommitmentDraft;
import se.tryggalov.partner.CommitmentKind;
import se.tryggalov.partner.CommitmentWording;
import se.tryggalov.partner.DistrictRef;
import se.tryggalov.partner.OrganisationDetail;
import se.tryggalov.partner.PartnerService;
import se.tryggalov.partner.StandingCommitment;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Adds or edits a standing commitment in numbers (what, how many, where, from which risk level, on which
 * weekdays, at what time, in which period) and in words.
 */
class CommitmentDialog extends FormDialog {

    private final PartnerService partners;
    private final OrganisationDetail organisation;
    private final StandingCommitment existing;
    private final Runnable saved;

    final Select<CommitmentKind> kind = new Select<>();
    final IntegerField quantity = new IntegerField();
    final Select<DistrictRef> district = new Select<>();
    final Select<Integer> minRisk = new Select<>();
    final CheckboxGroup<DayOfWeek> weekdays = new CheckboxGroup<>();
    final TimePicker startsAt = new TimePicker();
    final TimePicker endsAt = new TimePicker();
    final DatePicker validFrom = new DatePicker();
    final DatePicker validTo = new DatePicker();
    final TextArea description = new TextArea();

    CommitmentDialog(PartnerService partners, OrganisationDetail organisation, List<DistrictRef> allDistricts,
                     StandingCommitment existing, Runnable saved) {
        super("commitment");
        this.partners = partners;
        this.organisation = organisation;
        this.existing = existing;
        this.saved = saved;
        setHeaderTitle(existing == null ? getTranslation("partners.commitment.add")
                : getTranslation("partners.commitment.editTitle"));

        kind.setLabel(getTranslation("partners.commitment.kind"));
        kind.setItems(CommitmentKind.values());
        kind.setItemLabelGenerator(k -> CommitmentWording.kind(k, this::getTranslation));
        kind.setRequiredIndicatorVisible(true);
        kind.setId("commitment-kind");
        quantity.setLabel(getTranslation("partners.commitment.quantity"));
        quantity.setMin(1);
        quantity.setMax(99);
        quantity.setStepButtonsVisible(true);
        quantity.setId("commitment-quantity");
        district.setLabel(getTranslation("partners.commitment.district"));
        district.setItems(allDistricts);
        district.setItemLabelGenerator(d -> d == null ? allDistrictsCaption() : d.name());
        district.setEmptySelectionAllowed(true);
        district.setEmptySelectionCaption(allDistrictsCaption());
        district.setId("commitment-district");
        minRisk.setLabel(getTranslation("partners.commitment.minRisk"));
        minRisk.setItems(1, 2, 3, 4, 5);
        minRisk.setItemLabelGenerator(level -> getTranslation("partners.commitment.minRisk." + level));
        minRisk.setHelperText(getTranslation("partners.commitment.minRiskHelp"));
        minRisk.setId("commitment-min-risk");
        weekdays.setLabel(getTranslation("partners.commitment.weekdays"));
        weekdays.setHelperText(getTranslation("partners.commitment.weekdaysHelp"));
        weekdays.setItems(DayOfWeek.values());
        weekdays.setItemLabelGenerator(d -> d.getDisplayName(TextStyle.FULL_STANDALONE, getLocale()));
        weekdays.setId("commitment-weekdays");
        weekdays.addClassName("weekday-choice");
        for (TimePicker picker : List.of(startsAt, endsAt)) {
            picker.setLocale(getLocale());
            picker.setStep(Duration.ofMinutes(15));
        }
        startsAt.setLabel(getTranslation("partners.commitment.startsAt"));
        startsAt.setId("commitment-starts");
        endsAt.setLabel(getTranslation("partners.commitment.endsAt"));
        endsAt.setHelperText(getTranslation("partners.commitment.endsAtHelp"));
        endsAt.setId("commitment-ends");
        for (DatePicker picker : List.of(validFrom, validTo)) {
            picker.setLocale(getLocale());
            picker.setI18n(datePickerTexts());
            picker.setClearButtonVisible(true);
        }
        validFrom.setLabel(getTranslation("partners.commitment.validFromLabel"));
        validFrom.setId("commitment-valid-from");
        validTo.setLabel(getTranslation("partners.commitment.validToLabel"));
        validTo.setId("commitment-valid-to");
        description.setLabel(getTranslation("partners.commitment.description"));
        description.setHelperText(getTranslation("partners.commitment.descriptionHelp"));
        description.setMaxLength(300);
        description.setRequiredIndicatorVisible(true);
        description.setId("commitment-description");

        if (existing == null) {
            kind.setValue(CommitmentKind.PATROL);
            quantity.setValue(1);
            minRisk.setValue(1);
        } else {
            kind.setValue(existing.kind());
            quantity.setValue(existing.quantity());
            allDistricts.stream().filter(d -> existing.districtId() != null && d.id() == existing.districtId())
                    .findFirst().ifPresent(district::setValue);
            minRisk.setValue(existing.minRisk());
            weekdays.setValue(existing.weekdays());
            startsAt.setValue(existing.startsAt());
            endsAt.setValue(existing.endsAt());
            validFrom.setValue(existing.validFrom());
            validTo.setValue(existing.validTo());
            description.setValue(existing.description());
        }
        FormLayout form = new FormLayout(kind, quantity, district, minRisk, weekdays, startsAt, endsAt, validFrom,
                validTo, description);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        form.setColspan(weekdays, 2);
        form.setColspan(description, 2);
        add(form);
    }

    private String allDistrictsCaption() {
        return organisation.districts().isEmpty() ? getTranslation("organisations.wholeMunicipality")
                : getTranslation("partners.commitment.allOrganisationDistricts");
    }

    private DatePicker.DatePickerI18n datePickerTexts() {
        List<DayOfWeek> fromSunday = List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
        return new DatePicker.DatePickerI18n()
                .setMonthNames(Arrays.stream(Month.values())
                        .map(m -> m.getDisplayName(TextStyle.FULL_STANDALONE, getLocale())).toList())
                .setWeekdays(fromSunday.stream().map(d -> d.getDisplayName(TextStyle.FULL_STANDALONE, getLocale()))
                        .toList())
                .setWeekdaysShort(fromSunday.stream().map(d -> d.getDisplayName(TextStyle.SHORT, getLocale()))
                        .toList())
                .setFirstDayOfWeek(1)
                .setDateFormat("yyyy-MM-dd")
                .setToday(getTranslation("calendar.datePicker.today"))
                .setCancel(getTranslation("calendar.datePicker.cancel"));
    }

    @Override
    Map<String, HasValidation> fieldsByError() {
        return Map.of("partners.error.commitmentKindRequired", kind, "partners.error.quantity", quantity,
                "partners.error.minRisk", minRisk, "partners.error.validToBeforeFrom", validTo,
                "partners.error.endWithoutStart", startsAt, "partners.error.unknownDistrict", district,
                "partners.error.description", description);
    }

    @Override
    void store() {
        CommitmentDraft draft = new CommitmentDraft(kind.getValue(), quantity.getValue() == null ? 0
                : quantity.getValue(), district.getValue() == null ? null : district.getValue().id(),
                minRisk.getValue() == null ? 0 : minRisk.getValue(), weekdays.getValue(), startsAt.getValue(),
                endsAt.getValue(), validFrom.getValue(), validTo.getValue(), description.getValue());
        if (existing == null) {
            partners.addCommitment(organisation.id(), draft);
        } else {
            partners.updateCommitment(existing.id(), draft, existing.version());
        }
        saved.run();
    }
}
