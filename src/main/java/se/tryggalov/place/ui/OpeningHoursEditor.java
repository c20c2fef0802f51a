package se.tryggalov.place.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.timepicker.TimePicker;
import se.tryggalov.place.OpeningHours;
import se.tryggalov.shared.i18n.UserMessageException;

import java.time.DayOfWeek;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A youth centre's weekly opening hours as rows of weekday, opens and closes. A row may be added for any day, several
 * a day; a closing time at or before the opening time is read as after midnight. The service checks for overlaps.
 */
class OpeningHoursEditor extends Composite<Div> {

    /** One interval being edited. */
    static final class Row extends Div {
        final Select<DayOfWeek> weekday = new Select<>();
        final TimePicker opens;
        final TimePicker closes;
        final Button remove;

        Row(Runnable onRemove) {
            Locale locale = getLocale();
            addClassName("opening-hours-row");
            weekday.setLabel(getTranslation("places.hours.weekday"));
            weekday.setItems(DayOfWeek.values());
            weekday.setItemLabelGenerator(d -> PlaceFormat.weekday(d, locale));
            opens = new TimePicker(getTranslation("places.hours.opens"));
            closes = new TimePicker(getTranslation("places.hours.closes"));
            for (TimePicker picker : List.of(opens, closes)) {
                picker.setLocale(locale);
                picker.setStep(Duration.ofMinutes(15));
            }
            remove = new Button(VaadinIcon.TRASH.create(), e -> onRemove.run());
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("places.hours.remove"));
            remove.setTooltipText(getTranslation("places.hours.remove"));
            add(weekday, opens, closes, remove);
        }

        boolean blank() {
            return weekday.isEmpty() && opens.isEmpty() && closes.isEmpty();
        }
    }

    private final Div rows = new Div();
    private final Paragraph none;
    final Button add;

    OpeningHoursEditor() {
        Div root = getContent();
        root.addClassName("opening-hours-editor");
        Span heading = new Span(getTranslation("places.venue.hours"));
        heading.addClassName("opening-hours-heading");
        heading.setId("opening-hours-heading");
        none = new Paragraph(getTranslation("places.hours.none"));
        none.addClassName("opening-hours-none");
        Paragraph help = new Paragraph(getTranslation("places.hours.help"));
        help.addClassName("opening-hours-help");
        rows.getElement().setAttribute("role", "group");
        rows.getElement().setAttribute("aria-labelledby", "opening-hours-heading");
        add = new Button(getTranslation("places.hours.add"), VaadinIcon.PLUS.create(), e -> addRow(null).weekday.focus());
        add.addThemeVariants(ButtonVariant.LUMO_SMALL);
        add.setId("add-opening-hours");
        root.add(heading, help, none, rows, add);
    }

    void setValue(List<OpeningHours> hours) {
        rows.removeAll();
        hours.forEach(this::addRow);
        none.setVisible(hours.isEmpty());
    }

    Row addRow(OpeningHours hours) {
        Row[] row = new Row[1];
        row[0] = new Row(() -> {
            rows.remove(row[0]);
            none.setVisible(rows().isEmpty());
        });
        if (hours != null) {
            row[0].weekday.setValue(hours.weekday());
            row[0].opens.setValue(hours.opens());
            row[0].closes.setValue(hours.closes());
        } else if (!rows().isEmpty()) { // the usual next row is the day after the last one, at the same times
            Row last = rows().getLast();
            if (last.weekday.getValue() != null) {
                row[0].weekday.setValue(last.weekday.getValue().plus(1));
            }
            row[0].opens.setValue(last.opens.getValue());
            row[0].closes.setValue(last.closes.getValue());
        }
        rows.add(row[0]);
        none.setVisible(false);
        return row[0];
    }

    List<Row> rows() {
        return rows.getChildren().filter(Row.class::isInstance).map(Row.class::cast).toList();
    }

    /** The intervals entered; blank rows are skipped, a half-filled one is refused with a message. */
    List<OpeningHours> value() {
        List<OpeningHours> hours = new ArrayList<>();
        for (Row row : rows()) {
            if (row.blank()) {
                continue;
            }
            if (row.weekday.isEmpty() || row.opens.isEmpty() || row.closes.isEmpty() || row.opens.isInvalid()
                    || row.closes.isInvalid()) {
                throw new UserMessageException("places.error.hoursIncomplete");
            }
            hours.add(new OpeningHours(row.weekday.getValue(), row.opens.getValue(), row.closes.getValue()));
        }
        return hours;
    }
}
