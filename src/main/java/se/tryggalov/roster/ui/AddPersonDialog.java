package se.tryggalov.roster.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import se.tryggalov.roster.BoardShift;
import se.tryggalov.roster.Candidate;

import java.util.List;
import java.util.function.Consumer;

/** Adds someone who said yes to the evening to a group; those already out elsewhere that evening say so. */
class AddPersonDialog extends Dialog {

    final ComboBox<Candidate> person = new ComboBox<>();

    AddPersonDialog(RosterTexts texts, BoardShift shift, List<Candidate> candidates, Consumer<Candidate> add) {
        setId("add-dialog");
        setHeaderTitle(texts.t("roster.add.title", texts.shiftName(shift)));
        person.setId("add-person");
        person.setLabel(texts.t("roster.add.person"));
        person.setItems(candidates);
        person.setItemLabelGenerator(c -> label(texts, c));
        person.setWidthFull();
        if (candidates.isEmpty()) {
            add(new Paragraph(texts.t("roster.add.none")));
        } else {
            add(person, new Paragraph(texts.t("roster.add.help")));
        }
        Button save = new Button(texts.t("roster.action.add"), e -> {
            if (person.getValue() == null) {
                person.setInvalid(true);
                person.setErrorMessage(texts.t("roster.person.choosePerson"));
                return;
            }
            close();
            add.accept(person.getValue());
        });
        save.setId("add-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setEnabled(!candidates.isEmpty());
        Button cancel = new Button(texts.t("action.cancel"), e -> close());
        cancel.setId("add-cancel");
        getFooter().add(cancel, save);
    }

    private static String label(RosterTexts texts, Candidate c) {
        String label = c.name();
        if (c.lead()) {
            label = texts.t("roster.add.withLead", label);
        }
        if (c.busy()) {
            label = texts.t("roster.add.busy", label);
        }
        return label;
    }
}
