package se.tryggalov.volunteer.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import se.tryggalov.volunteer.Gender;
import se.tryggalov.volunteer.NamedRef;
import se.tryggalov.volunteer.OwnProfileEdit;
import se.tryggalov.volunteer.Qualification;
import se.tryggalov.volunteer.QualificationKind;
import se.tryggalov.volunteer.Volunteer;
import se.tryggalov.volunteer.VolunteerEdit;
import se.tryggalov.volunteer.VolunteerStatus;
import se.tryggalov.shared.ui.FactChecks;
import se.tryggalov.shared.validation.BirthYears;
import se.tryggalov.shared.validation.EmailAddresses;
import se.tryggalov.shared.validation.PersonNames;
import se.tryggalov.shared.validation.PhoneNumbers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The fields of a volunteer profile. {@link Mode#CONTACT}: everything, for coordinators and partner contacts
 * (only coordinators choose organisations). {@link Mode#OWN}: what the volunteer corrects themself. The server
 * checks everything again; its message is shown in {@link #error}.
 */
class ProfileForm extends Div {

    enum Mode { CONTACT, OWN }

    /** How the person's age is recorded; never a birth date. */
    enum Age { ADULT, YOUTH, UNCONFIRMED }

    private final Mode mode;
    private final Volunteer volunteer;

    final TextField name = new TextField();
    final EmailField email = new EmailField();
    final TextField phone = new TextField();
    final RadioButtonGroup<Age> age = new RadioButtonGroup<>();
    final DatePicker guardianConsentOn;
    final IntegerField birthYear = new IntegerField();
    final MultiSelectComboBox<NamedRef> organisations = new MultiSelectComboBox<>();
    final MultiSelectComboBox<NamedRef> districts = new MultiSelectComboBox<>();
    final Map<QualificationKind, Checkbox> qualificationHeld = new EnumMap<>(QualificationKind.class);
    final Map<QualificationKind, DatePicker> qualificationObtained = new EnumMap<>(QualificationKind.class);
    final Map<QualificationKind, DatePicker> qualificationExpires = new EnumMap<>(QualificationKind.class);
    final DatePicker recordExtractShownOn;
    final MultiSelectComboBox<String> languages = new MultiSelectComboBox<>();
    final Select<Gender> gender = new Select<>();
    final IntegerField maxNightsPerMonth = new IntegerField();
    final IntegerField maxNightsPerWeekend = new IntegerField();
    final RadioButtonGroup<VolunteerStatus> status = new RadioButtonGroup<>();
    final Checkbox paused = new Checkbox();
    final Div error = new Div();
    final FactChecks checks = new FactChecks();

    ProfileForm(Mode mode, Volunteer volunteer, List<NamedRef> organisationChoices, boolean organisationsEditable,
                List<NamedRef> districtChoices, LocalDate today) {
        this.mode = mode;
        this.volunteer = volunteer;
        addClassName("volunteer-form");
        setId("volunteer-form");

        error.addClassName("form-error");
        error.setId("volunteer-form-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        add(error);

        name.setLabel(getTranslation("volunteers.field.name"));
        name.setRequired(true);
        name.setMaxLength(100);
        name.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NAME);
        name.setValue(volunteer.name());
        email.setLabel(getTranslation("volunteers.field.email"));
        email.setRequiredIndicatorVisible(true);
        email.setMaxLength(254);
        email.setValue(nullToEmpty(volunteer.email()));
        phone.setLabel(getTranslation("volunteers.field.phone"));
        phone.setMaxLength(20);
        phone.setHelperText(getTranslation("volunteers.field.phoneHelp"));
        phone.getElement().setAttribute("type", "tel");
        phone.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.TEL);
        phone.setValue(nullToEmpty(volunteer.phone()));
        checks.check(name, PersonNames::check).check(email, EmailAddresses::checkRequired)
                .check(phone, PhoneNumbers::check);
        FormLayout contact = form(name, email, phone);
        add(section("volunteers.section.contact", contact));

        if (mode == Mode.CONTACT) {
            age.setLabel(getTranslation("volunteers.field.age"));
            age.setItems(Age.values());
            age.setItemLabelGenerator(a -> getTranslation("volunteers.age." + a.name()));
            age.setValue(volunteer.adultConfirmed() ? Age.ADULT : volunteer.youthWalker() ? Age.YOUTH : Age.UNCONFIRMED);
            guardianConsentOn = VolunteerDatePickers.create(this, getTranslation("volunteers.field.guardianConsentOn"), today);
            guardianConsentOn.setValue(volunteer.guardianConsentOn());
            guardianConsentOn.setVisible(age.getValue() == Age.YOUTH);
            age.addValueChangeListener(e -> guardianConsentOn.setVisible(e.getValue() == Age.YOUTH));
            birthYear.setLabel(getTranslation("volunteers.field.birthYear"));
            birthYear.setHelperText(getTranslation("volunteers.field.birthYearHelp"));
            birthYear.setMin(BirthYears.earliest(today));
            birthYear.setMax(BirthYears.latest(today));
            birthYear.setValue(volunteer.birthYear());
            recordExtractShownOn = VolunteerDatePickers.create(this,
                    getTranslation("volunteers.field.recordExtractShownOn"), today);
            recordExtractShownOn.setHelperText(getTranslation("volunteers.field.recordExtractHelp"));
            recordExtractShownOn.setValue(volunteer.recordExtractShownOn());
            add(section("volunteers.section.age", form(age, guardianConsentOn, birthYear, recordExtractShownOn)));

            organisations.setLabel(getTranslation("volunteers.field.organisations"));
            Set<NamedRef> choices = new LinkedHashSet<>(organisationChoices);
            choices.addAll(volunteer.organisations());
            organisations.setItems(choices);
            organisations.setItemLabelGenerator(NamedRef::name);
            organisations.setValue(Set.copyOf(volunteer.organisations()));
            organisations.setReadOnly(!organisationsEditable);
            if (!organisationsEditable) {
                organisations.setHelperText(getTranslation("volunteers.field.organisationsByCoordinator"));
            }
        } else {
            guardianConsentOn = null;
            recordExtractShownOn = null;
        }

        districts.setLabel(getTranslation("volunteers.field.districts"));
        districts.setItems(districtChoices);
        districts.setItemLabelGenerator(NamedRef::name);
        districts.setValue(Set.copyOf(volunteer.districts().stream()
                .map(d -> districtChoices.stream().filter(c -> c.id() == d.id()).findFirst().orElse(d)).toList()));
        if (mode == Mode.CONTACT) {
            add(section("volunteers.section.belongs", form(organisations, districts)));
            add(qualificationsSection(today));
        }

        languages.setLabel(getTranslation("volunteers.field.languages"));
        Locale locale = getLocale();
        List<String> codes = Arrays.stream(Locale.getISOLanguages())
                .sorted(Comparator.comparing(c -> Locale.of(c).getDisplayLanguage(locale).toLowerCase(locale)))
                .toList();
        languages.setItems(codes);
        languages.setItemLabelGenerator(c -> Locale.of(c).getDisplayLanguage(locale));
        languages.setValue(Set.copyOf(volunteer.languages()));
        languages.setHelperText(getTranslation("volunteers.field.optional"));
        gender.setLabel(getTranslation("volunteers.field.gender"));
        gender.setItems(Gender.values());
        gender.setEmptySelectionAllowed(true);
        gender.setEmptySelectionCaption(getTranslation("volunteers.gender.notGiven"));
        gender.setItemLabelGenerator(g -> g == null ? getTranslation("volunteers.gender.notGiven")
                : getTranslation("volunteers.gender." + g.name()));
        gender.setValue(volunteer.gender());
        gender.setHelperText(getTranslation("volunteers.field.optional"));
        if (mode == Mode.OWN) {
            add(section("volunteers.section.belongs", form(districts)));
        }
        add(section("volunteers.section.optional", form(languages, gender)));

        maxNightsPerMonth.setLabel(getTranslation("volunteers.field.maxNightsPerMonth"));
        maxNightsPerMonth.setMin(0);
        maxNightsPerMonth.setMax(31);
        maxNightsPerMonth.setStepButtonsVisible(true);
        maxNightsPerMonth.setValue(volunteer.maxNightsPerMonth());
        maxNightsPerWeekend.setLabel(getTranslation("volunteers.field.maxNightsPerWeekend"));
        maxNightsPerWeekend.setMin(0);
        maxNightsPerWeekend.setMax(3);
        maxNightsPerWeekend.setStepButtonsVisible(true);
        maxNightsPerWeekend.setValue(volunteer.maxNightsPerWeekend());
        FormLayout limits = form(maxNightsPerMonth, maxNightsPerWeekend);
        if (volunteer.status().choosable()) {
            if (mode == Mode.OWN) {
                paused.setLabel(getTranslation("volunteers.field.pauseMe"));
                paused.setValue(volunteer.status() == VolunteerStatus.PAUSED);
                paused.setId("pause-me");
                limits.add(paused);
            } else {
                status.setLabel(getTranslation("volunteers.field.status"));
                status.setItems(VolunteerStatus.ACTIVE, VolunteerStatus.PAUSED);
                status.setItemLabelGenerator(s -> getTranslation("volunteers.status." + s.name()));
                status.setValue(volunteer.status());
                limits.add(status);
            }
        }
        Section limitsSection = section("volunteers.section.limits", limits);
        limitsSection.add(new Paragraph(getTranslation("volunteers.section.limitsHelp")));
        add(limitsSection);
    }

    private Section qualificationsSection(LocalDate today) {
        Section section = section("volunteers.section.qualifications", new Div());
        for (QualificationKind kind : QualificationKind.values()) {
            Qualification held = volunteer.qualification(kind).orElse(null);
            Checkbox box = new Checkbox(getTranslation("volunteers.qualification." + kind.name()), held != null);
            box.setId("qualification-" + kind.name());
            DatePicker obtained = VolunteerDatePickers.create(this,
                    getTranslation("volunteers.field.obtainedOn", getTranslation("volunteers.qualification." + kind.name())),
                    today);
            DatePicker expires = VolunteerDatePickers.create(this,
                    getTranslation("volunteers.field.expiresOn", getTranslation("volunteers.qualification." + kind.name())),
                    null);
            expires.setHelperText(getTranslation("volunteers.field.expiresHelp"));
            obtained.setValue(held == null ? null : held.obtainedOn());
            expires.setValue(held == null ? null : held.expiresOn());
            obtained.setEnabled(held != null);
            expires.setEnabled(held != null);
            box.addValueChangeListener(e -> {
                obtained.setEnabled(e.getValue());
                expires.setEnabled(e.getValue());
                if (e.getValue() && obtained.isEmpty()) {
                    obtained.setValue(today);
                }
            });
            qualificationHeld.put(kind, box);
            qualificationObtained.put(kind, obtained);
            qualificationExpires.put(kind, expires);
            Div row = new Div(box, form(obtained, expires));
            row.addClassName("qualification-row");
            section.add(row);
        }
        return section;
    }

    private Section section(String headingKey, com.vaadin.flow.component.Component content) {
        H2 heading = new H2(getTranslation(headingKey));
        Section section = new Section(heading, content);
        section.addClassName("volunteer-form-section");
        return section;
    }

    private static FormLayout form(com.vaadin.flow.component.Component... fields) {
        FormLayout form = new FormLayout(fields);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
        return form;
    }

    VolunteerEdit toEdit() {
        Age chosen = age.getValue() == null ? Age.UNCONFIRMED : age.getValue();
        List<Qualification> qualifications = new ArrayList<>();
        for (QualificationKind kind : QualificationKind.values()) {
            if (qualificationHeld.get(kind).getValue()) {
                qualifications.add(new Qualification(kind, qualificationObtained.get(kind).getValue(),
                        qualificationExpires.get(kind).getValue()));
            }
        }
        return new VolunteerEdit(name.getValue(), email.getValue(), phone.getValue(), chosen == Age.ADULT,
                chosen == Age.YOUTH, chosen == Age.YOUTH ? guardianConsentOn.getValue() : null, birthYear.getValue(),
                recordExtractShownOn.getValue(), gender.getValue(), List.copyOf(languages.getValue()),
                maxNightsPerMonth.getValue(), maxNightsPerWeekend.getValue(),
                volunteer.status().choosable() ? status.getValue() : null,
                organisations.isReadOnly() ? null : organisations.getValue().stream().map(NamedRef::id).toList(),
                districts.getValue().stream().map(NamedRef::id).toList(), qualifications, volunteer.version(),
                volunteer.accountVersion());
    }

    OwnProfileEdit toOwnEdit() {
        return new OwnProfileEdit(name.getValue(), email.getValue(), phone.getValue(),
                districts.getValue().stream().map(NamedRef::id).toList(), List.copyOf(languages.getValue()),
                gender.getValue(), maxNightsPerMonth.getValue(), maxNightsPerWeekend.getValue(), paused.getValue(),
                volunteer.version(), volunteer.accountVersion());
    }

    Mode mode() {
        return mode;
    }

    /** The shared rules on name, e-mail and phone; false (and the problem shown) when one refuses. */
    boolean factsOk() {
        Optional<String> problem = checks.firstProblem();
        problem.ifPresent(this::showError);
        return problem.isEmpty();
    }

    void showError(String message) {
        error.setText(message);
        error.setVisible(message != null);
    }

    static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    /** Qualifications as one line of text, expired ones marked in words (not only by colour). */
    static String qualificationsText(com.vaadin.flow.component.Component owner, Volunteer v, LocalDate today) {
        return v.qualifications().stream()
                .map(q -> {
                    String kind = owner.getTranslation("volunteers.qualification." + q.kind().name());
                    return q.expiredOn(today) ? owner.getTranslation("volunteers.qualification.expired", kind) : kind;
                })
                .collect(Collectors.joining(", "));
    }
}
