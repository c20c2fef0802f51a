package se.tryggalov.roster.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import se.tryggalov.roster.BoardPerson;
import se.tryggalov.roster.BoardShift;
import se.tryggalov.roster.RosterBoard;

import java.util.Comparator;
import java.util.List;

/**
 * What a coordinator can do with one person on the board: move them to another group, swap them with someone on
 * another group, pin or unpin them, or take them off. The view carries the change out and shows its feedback.
 */
class PersonDialog extends Dialog {

    /** A person on another group, to swap with. */
    record SwapChoice(BoardShift shift, BoardPerson person) {
    }

    interface Actions {
        void move(BoardPerson person, BoardShift to);

        void swap(BoardPerson person, BoardPerson with);

        void pin(BoardPerson person, boolean pinned);

        void remove(BoardPerson person);
    }

    final Select<BoardShift> moveTo = new Select<>();
    final Select<SwapChoice> swapWith = new Select<>();

    PersonDialog(RosterTexts texts, RosterBoard board, BoardShift shift, BoardPerson person, Actions actions) {
        setId("person-dialog");
        setHeaderTitle(person.name());
        add(new Paragraph(texts.shiftName(shift)));

        Comparator<BoardShift> sameEveningFirst = Comparator.comparing((BoardShift s) -> !s.day().equals(shift.day()))
                .thenComparing(BoardShift::day).thenComparing(BoardShift::districtName)
                .thenComparingInt(BoardShift::groupNo);
        List<BoardShift> targets = board.shifts().stream().filter(s -> s.id() != shift.id() && !s.full())
                .sorted(sameEveningFirst).toList();
        moveTo.setId("person-move-target");
        moveTo.setLabel(texts.t("roster.person.moveTo"));
        moveTo.setItems(targets);
        moveTo.setItemLabelGenerator(texts::shiftName);
        moveTo.setEmptySelectionAllowed(false);
        Button move = new Button(texts.t("roster.action.move"), e -> {
            if (moveTo.getValue() != null) {
                close();
                actions.move(person, moveTo.getValue());
            } else {
                moveTo.setInvalid(true);
                moveTo.setErrorMessage(texts.t("roster.person.chooseGroup"));
            }
        });
        move.setId("person-move");
        Div moveRow = new Div(moveTo, move);
        moveRow.addClassName("roster-dialog-row");

        List<SwapChoice> others = board.shifts().stream().filter(s -> s.id() != shift.id())
                .sorted(sameEveningFirst)
                .flatMap(s -> s.people().stream().map(p -> new SwapChoice(s, p))).toList();
        swapWith.setId("person-swap-with");
        swapWith.setLabel(texts.t("roster.person.swapWith"));
        swapWith.setItems(others);
        swapWith.setItemLabelGenerator(c -> texts.t("roster.person.swapChoice", c.person().name(),
                texts.shiftName(c.shift())));
        Button swap = new Button(texts.t("roster.action.swap"), e -> {
            if (swapWith.getValue() != null) {
                close();
                actions.swap(person, swapWith.getValue().person());
            } else {
                swapWith.setInvalid(true);
                swapWith.setErrorMessage(texts.t("roster.person.choosePerson"));
            }
        });
        swap.setId("person-swap");
        Div swapRow = new Div(swapWith, swap);
        swapRow.addClassName("roster-dialog-row");

        H3 moveHeading = new H3(texts.t("roster.person.moveHeading"));
        add(moveHeading, moveRow, swapRow);

        Button pin = new Button(texts.t(person.pinned() ? "roster.action.unpin" : "roster.action.pin"), e -> {
            close();
            actions.pin(person, !person.pinned());
        });
        pin.setId("person-pin");
        Paragraph pinHelp = new Paragraph(texts.t("roster.person.pinHelp"));
        pinHelp.addClassName("hint");
        Button remove = new Button(texts.t("roster.action.remove"), e -> {
            close();
            actions.remove(person);
        });
        remove.setId("person-remove");
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        add(pinHelp);

        Button cancel = new Button(texts.t("action.cancel"), e -> close());
        cancel.setId("person-cancel");
        getFooter().add(cancel, remove, pin);
    }
}
