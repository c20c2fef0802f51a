package se.tryggalov.availability.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import se.tryggalov.availability.Answer;
import se.tryggalov.availability.AvailabilityState;
import se.tryggalov.availability.CandidateEvening;
import se.tryggalov.availability.EveningAnswer;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * One candidate evening: date, weekday, what the evening is and its risk level (text, with a colour as a second
 * cue), then three toggle buttons (yes / maybe / no, aria-pressed) that save at once, and the time window.
 * Tapping the pressed answer again clears it.
 */
class EveningRow extends ListItem {

    private final CandidateEvening evening;
    private final AvailabilityTexts texts;
    private final Map<AvailabilityState, Button> buttons = new EnumMap<>(AvailabilityState.class);
    private final Button window;
    private final Span enteredByOther;
    private Answer answer;

    /**
     * @param onAnswer called with the new state (null: cleared) when a toggle is tapped
     * @param onWindow called when the time window button is tapped
     */
    EveningRow(EveningAnswer row, AvailabilityTexts texts, boolean editable,
               BiConsumer<EveningRow, AvailabilityState> onAnswer, Consumer<EveningRow> onWindow) {
        this.evening = row.evening();
        this.texts = texts;
        LocalDate date = evening.date();
        setId("evening-" + date);
        addClassNames("evening-row", "risk-" + evening.riskLevel());
        if (evening.isBreakNight()) {
            addClassName("break-night");
        }

        Span day = new Span(texts.shortDate(date));
        day.addClassName("evening-date");
        Span risk = new Span(texts.riskBadge(evening.riskLevel()));
        risk.addClassNames("risk-tag", "risk-" + evening.riskLevel(), "evening-risk");
        risk.getElement().setAttribute("title", texts.riskOf(evening.riskLevel()));
        Span what = new Span(texts.whatEvening(evening));
        what.addClassName("evening-what");
        enteredByOther = new Span(texts.t("availability.enteredByOther"));
        enteredByOther.addClassName("evening-entered");
        Div info = new Div(new Div(day, risk), what, enteredByOther);
        info.addClassName("evening-info");

        Div toggles = new Div();
        toggles.addClassName("evening-answer");
        toggles.getElement().setAttribute("role", "group");
        toggles.getElement().setAttribute("aria-label",
                texts.t("availability.answerFor", texts.longDate(date), texts.whatEvening(evening),
                        texts.riskOf(evening.riskLevel())));
        for (AvailabilityState state : AvailabilityState.values()) {
            Button button = new Button(texts.answer(state));
            button.setId("answer-" + date + "-" + state.name().toLowerCase(java.util.Locale.ROOT));
            button.addClassNames("answer-button", "answer-" + state.name().toLowerCase(java.util.Locale.ROOT));
            button.setEnabled(editable);
            button.addClickListener(e -> onAnswer.accept(this, answer != null && answer.state() == state ? null : state));
            buttons.put(state, button);
            toggles.add(button);
        }

        window = new Button(VaadinIcon.CLOCK.create());
        window.setId("window-" + date);
        window.addClassName("evening-window");
        window.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        window.setEnabled(editable);
        window.addClickListener(e -> onWindow.accept(this));
        info.add(window);

        add(info, toggles);
        show(row.answer());
    }

    CandidateEvening evening() {
        return evening;
    }

    Answer answer() {
        return answer;
    }

    /** Shows an answer: the pressed toggle (aria-pressed, a check mark and a fill) and the time window. */
    void show(Answer newAnswer) {
        this.answer = newAnswer;
        for (Map.Entry<AvailabilityState, Button> entry : buttons.entrySet()) {
            boolean pressed = newAnswer != null && newAnswer.state() == entry.getKey();
            Button button = entry.getValue();
            button.getElement().setAttribute("aria-pressed", String.valueOf(pressed));
            button.setIcon(pressed ? VaadinIcon.CHECK.create() : null);
            if (pressed) {
                button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            } else {
                button.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
        }
        boolean canHaveWindow = newAnswer != null && newAnswer.state().canHaveWindow();
        window.setVisible(canHaveWindow);
        String windowText = canHaveWindow ? texts.window(newAnswer.window()) : "";
        window.setText(windowText);
        window.setAriaLabel(texts.t("availability.window.edit", texts.shortDate(evening.date()), windowText));
        enteredByOther.setVisible(newAnswer != null && newAnswer.enteredByOther());
    }
}
