package se.tryggalov.calendar.ui;

import se.tryggalov.shared.ui.FactChecks;
import se.tryggalov.shared.validation.IdentityNumbers;
import java.util.Optional;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import se.tryggalov.calendar.BreakKind;
import se.tryggalov.calendar.CalendarItem;
import se.tryggalov.calendar.CalendarService;
import se.tryggalov.calendar.ItemDraft;
import se.tryggalov.calendar.ItemKind;
import se.tryggalov.calendar.ItemStatus;
import se.tryggalov.calendar.KeyDateKind;
import se.tryggalov.calendar.MeetingKind;
import se.tryggalov.calendar.SchoolYear;
import se.tryggalov.calendar.YearPlan;
import se.tryggalov.partner.Organisation;
import se.tryggalov.shared.i18n.UserMessageException;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Creates or edits one calendar item; for readers, shows its details. The service checks everything: its message is
 * shown, translated, above the form and nothing is saved. A stale version says someone else saved first.
 */
class CalendarItemDialog extends Dialog {

    private final CalendarService calendar;
    private final CalendarTexts texts;
    private final SchoolYear year;
    private final CalendarItem item;
    private final Consumer<String> onChanged;

    final Select<ItemKind> kind = new Select<>();
    final Select<String> code = new Select<>();
    final TextField title;
    final DatePicker firstDay;
    final DatePicker lastDay;
    final Select<Integer> risk = new Select<>();
    final TimePicker startsAt;
    final TimePicker endsAt;
    final TextField location;
    final TextArea notes;
    final MultiSelectComboBox<Organisation> invited = new MultiSelectComboBox<>();
    final Div error = new Div();
    /** The shared identity-number rule on the free-text fields, as the user types (the service checks again). */
    final FactChecks checks = new FactChecks();

    /**
     * @param item      the item to edit or show, or null for a new one
     * @param onChanged called with a confirmation text after a successful save, confirm or delete
     */
    /**
     * @param organisations the partner organisations a meeting can invite (empty for readers who may not see them)
     */
    CalendarItemDialog(CalendarService calendar, CalendarTexts texts, YearPlan plan, CalendarItem item,
                       boolean canEdit, List<Organisation> organisations, Consumer<String> onChanged) {
        this.calendar = calendar;
        this.texts = texts;
        this.year = plan.year();
        this.item = item;
        this.onChanged = onChanged;
        setId("calendar-item-dialog");
        addClassName("calendar-item-dialog");
        setHeaderTitle(item == null ? texts.t("calendar.item.new")
                : canEdit ? texts.t("calendar.item.edit", texts.name(item)) : texts.name(item));

        kind.setLabel(texts.t("calendar.item.kind"));
        kind.setItems(ItemKind.values());
        kind.setItemLabelGenerator(texts::kind);
        code.setLabel(texts.t("calendar.item.code"));
        code.setItemLabelGenerator(this::codeLabel);
        title = new TextField(texts.t("calendar.item.title"));
        title.setHelperText(texts.t("calendar.item.titleHelp"));
        title.setMaxLength(150);
        firstDay = CalendarDatePickers.create(texts.t("calendar.item.firstDay"), texts);
        lastDay = CalendarDatePickers.create(texts.t("calendar.item.lastDay"), texts);
        for (DatePicker picker : List.of(firstDay, lastDay)) {
            picker.setMin(plan.wheelStart());
            picker.setMax(plan.wheelEnd());
            picker.setInitialPosition(item == null ? plan.wheelStart() : item.firstDay());
            picker.setRequiredIndicatorVisible(true);
        }
        risk.setLabel(texts.t("calendar.item.risk"));
        risk.setItems(0, 1, 2, 3, 4, 5);
        risk.setItemLabelGenerator(level -> texts.t("calendar.risk.option." + level));
        risk.setHelperText(texts.t("calendar.item.riskHelp"));
        startsAt = new TimePicker(texts.t("calendar.item.startsAt"));
        endsAt = new TimePicker(texts.t("calendar.item.endsAt"));
        for (TimePicker picker : List.of(startsAt, endsAt)) {
            picker.setLocale(texts.locale());
            picker.setStep(Duration.ofMinutes(15));
        }
        location = new TextField(texts.t("calendar.item.location"));
        location.setMaxLength(200);
        notes = new TextArea(texts.t("calendar.item.notes"));
        notes.setMaxLength(2000);
        invited.setLabel(texts.t("calendar.item.invited"));
        invited.setItems(organisations);
        invited.setItemLabelGenerator(Organisation::name);
        invited.setId("meeting-invited");

        checks.check(title, IdentityNumbers::checkText).check(location, IdentityNumbers::checkText)
                .check(notes, IdentityNumbers::checkText);
        error.addClassName("form-error");
        error.setId("calendar-item-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);

        FormLayout form = new FormLayout(kind, code, title, firstDay, lastDay, risk, startsAt, endsAt, location, invited,
                notes);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        form.setColspan(title, 2);
        form.setColspan(location, 2);
        form.setColspan(invited, 2);
        form.setColspan(notes, 2);
        add(error);
        if (item != null) {
            Paragraph status = new Paragraph(texts.t("calendar.item.statusLine", texts.status(item.status())));
            status.addClassName("calendar-item-status");
            add(status);
        }
        add(form);

        kind.addValueChangeListener(e -> kindChanged(e.getValue()));
        code.addValueChangeListener(e -> title.setRequiredIndicatorVisible(CalendarItem.CUSTOM.equals(e.getValue())));
        firstDay.addValueChangeListener(e -> {
            if (e.isFromClient() && kind.getValue() != ItemKind.MEETING && e.getValue() != null
                    && lastDay.isEmpty()) {
                lastDay.setValue(e.getValue());
            }
        });
        fill(item);

        Button close = new Button(texts.t(canEdit ? "action.cancel" : "calendar.action.close"), e -> close());
        close.setId("close-item");
        if (canEdit) {
            if (item != null) {
                Button delete = new Button(texts.t("calendar.action.delete"), e -> confirmDelete());
                delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
                delete.setId("delete-item");
                delete.getStyle().set("margin-inline-end", "auto");
                getFooter().add(delete);
                if (item.status() == ItemStatus.PROPOSED) {
                    Button confirm = new Button(texts.t("calendar.action.confirm"), e -> confirmItem());
                    confirm.setId("confirm-item");
                    getFooter().add(confirm);
                }
            }
            Button save = new Button(texts.t("action.save"), e -> save());
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.setId("save-item");
            getFooter().add(close, save);
        } else {
            for (HasValue<?, ?> field : fields()) {
                field.setReadOnly(true);
            }
            getFooter().add(close);
        }
        setWidth("min(40rem, 100vw)");
    }

    private List<HasValue<?, ?>> fields() {
        return List.of(kind, code, title, firstDay, lastDay, risk, startsAt, endsAt, location, invited, notes);
    }

    private void fill(CalendarItem i) {
        if (i == null) {
            kind.setValue(ItemKind.KEY_DATE);
            code.setValue(CalendarItem.CUSTOM);
            risk.setValue(3);
            return;
        }
        kind.setValue(i.kind());
        code.setValue(codes(i.kind()).contains(i.code()) ? i.code() : CalendarItem.CUSTOM);
        title.setValue(i.title() == null ? "" : i.title());
        firstDay.setValue(i.firstDay());
        lastDay.setValue(i.lastDay());
        risk.setValue(i.riskLevel());
        startsAt.setValue(i.startsAt());
        endsAt.setValue(i.endsAt());
        location.setValue(i.location() == null ? "" : i.location());
        notes.setValue(i.notes() == null ? "" : i.notes());
        invited.setValue(invited.getListDataView().getItems()
                .filter(o -> i.invitedOrganisationIds().contains(o.id())).collect(Collectors.toSet()));
    }

    private void kindChanged(ItemKind k) {
        String previous = code.getValue();
        List<String> codes = codes(k);
        code.setItems(codes);
        code.setValue(codes.contains(previous) ? previous : codes.getFirst());
        boolean meeting = k == ItemKind.MEETING;
        risk.setVisible(k == ItemKind.KEY_DATE);
        lastDay.setVisible(!meeting);
        startsAt.setVisible(meeting);
        endsAt.setVisible(meeting);
        location.setVisible(meeting);
        invited.setVisible(meeting);
        firstDay.setLabel(texts.t(meeting ? "calendar.item.date" : "calendar.item.firstDay"));
        if (k == ItemKind.KEY_DATE && risk.getValue() == null) {
            risk.setValue(3);
        }
    }

    /** The kind's codes, in the order of its enum, then "Egen" (custom). */
    static List<String> codes(ItemKind kind) {
        List<String> codes = new ArrayList<>(switch (kind == null ? ItemKind.KEY_DATE : kind) {
            case BREAK -> Arrays.stream(BreakKind.values()).map(Enum::name).toList();
            case KEY_DATE -> Arrays.stream(KeyDateKind.values()).map(Enum::name).toList();
            case MEETING -> Arrays.stream(MeetingKind.values()).map(Enum::name).toList();
            case DAY_OFF -> List.of(ItemKind.DAY_OFF.name());
        });
        codes.add(CalendarItem.CUSTOM);
        return codes;
    }

    private String codeLabel(String value) {
        if (value == null || CalendarItem.CUSTOM.equals(value)) {
            return texts.t("calendar.code.CUSTOM");
        }
        return switch (kind.getValue() == null ? ItemKind.KEY_DATE : kind.getValue()) {
            case BREAK -> texts.t("calendar.break." + value);
            case KEY_DATE -> texts.t("calendar.keyDate." + value);
            case MEETING -> texts.t("calendar.meeting." + value);
            case DAY_OFF -> texts.t("calendar.dayOff");
        };
    }

    ItemDraft draft() {
        ItemKind k = kind.getValue();
        boolean meeting = k == ItemKind.MEETING;
        LocalDate first = firstDay.getValue();
        Integer level = k == ItemKind.KEY_DATE ? risk.getValue()
                : item != null && item.kind() == k && !meeting ? item.riskLevel() : null;
        Set<Long> organisations = invited.getValue().stream().map(Organisation::id).collect(Collectors.toSet());
        if (invited.getListDataView().getItemCount() == 0 && item != null) {
            organisations = item.invitedOrganisationIds(); // a reader's copy without the list keeps what is stored
        }
        return new ItemDraft(k, code.getValue(), title.getValue(), first, meeting ? first : lastDay.getValue(), level,
                meeting ? startsAt.getValue() : null, meeting ? endsAt.getValue() : null,
                meeting ? location.getValue() : null, notes.getValue(), organisations);
    }

    private void save() {
        Optional<String> problem = checks.firstProblem();
        if (problem.isPresent()) {
            error.setText(problem.get());
            error.setVisible(true);
            return;
        }
        attempt(() -> {
            String name;
            if (item == null) {
                calendar.create(year, draft());
                name = CalendarItem.CUSTOM.equals(code.getValue()) ? title.getValue().trim() : codeLabel(code.getValue());
                onChanged.accept(texts.t("calendar.item.created", name));
            } else {
                calendar.update(item.id(), draft(), item.version());
                onChanged.accept(texts.t("calendar.item.saved", texts.name(item)));
            }
        });
    }

    private void confirmItem() {
        attempt(() -> {
            calendar.confirm(item.id());
            onChanged.accept(texts.t("calendar.item.confirmed", texts.name(item)));
        });
    }

    private void confirmDelete() {
        DeleteConfirmation.of(texts, item, () -> attempt(() -> {
            calendar.delete(item.id(), item.version());
            onChanged.accept(texts.t("calendar.item.deleted", texts.name(item)));
        })).open();
    }

    /** Runs a change; on success closes the dialog, on a user's mistake shows why and keeps the form as it was. */
    private void attempt(Runnable change) {
        try {
            change.run();
            close();
        } catch (UserMessageException e) {
            error.setText(texts.t(e.messageKey(), e.arguments()));
            error.setVisible(true);
        }
    }

    /** The translated error shown above the form, or empty. */
    String errorText() {
        return error.isVisible() ? error.getText() : "";
    }
}
