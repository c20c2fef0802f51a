package se.tryggalov.availability.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import se.tryggalov.availability.Answer;
import se.tryggalov.availability.AvailabilityPattern;
import se.tryggalov.availability.AvailabilityService;
import se.tryggalov.availability.AvailabilitySheet;
import se.tryggalov.availability.AvailabilityState;
import se.tryggalov.availability.CandidateEvening;
import se.tryggalov.availability.EveningAnswer;
import se.tryggalov.availability.ReachablePerson;
import se.tryggalov.availability.TimeWindow;
import se.tryggalov.calendar.CalendarService;
import se.tryggalov.calendar.RiskLevel;
import se.tryggalov.calendar.SchoolYear;
import se.tryggalov.security.Role;
import se.tryggalov.shared.i18n.UserMessageException;
import se.tryggalov.shared.ui.Notifications;

import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * "When can you go out?", made for a phone: the candidate evenings of the school year from today, grouped by
 * break and month, each with its risk level and a yes / maybe / no toggle that saves at once. Patterns fill many
 * evenings in one go; a time window can be set per evening. Partner contacts and coordinators pick a person in
 * their reach and answer on that person's behalf; volunteers only ever see their own answers.
 * {@code ?year=2031} opens another school year.
 */
@Route("availability")
@RolesAllowed({Role.Names.VOLUNTEER, Role.Names.PARTNER_CONTACT, Role.Names.COORDINATOR, Role.Names.ADMIN})
@Menu(order = 45, icon = "vaadin:check-square-o", title = "nav.availability")
@StyleSheet("context://styles/availability.css")
public class AvailabilityView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    /** What a pattern does to the evenings it picks. */
    enum PatternAnswer {
        AVAILABLE, MAYBE, UNAVAILABLE, CLEAR;

        AvailabilityState state() {
            return this == CLEAR ? null : AvailabilityState.valueOf(name());
        }
    }

    private final AvailabilityService availability;
    private final CalendarService calendar;
    private final AvailabilityTexts texts;
    private final boolean mayPickPeople;

    final ComboBox<ReachablePerson> person = new ComboBox<>();
    final Select<SchoolYear> year = new Select<>();
    final Checkbox onlyHighlights = new Checkbox();
    final Paragraph message = new Paragraph();
    final Details patterns = new Details();
    final Select<AvailabilityPattern.Kind> patternKind = new Select<>();
    final Select<Month> patternMonth = new Select<>();
    final RadioButtonGroup<PatternAnswer> patternAnswer = new RadioButtonGroup<>();
    final Button applyPattern;
    final Div evenings = new Div();
    final Div liveStatus = new Div();

    private Long userId;
    private Long myId;
    private AvailabilitySheet sheet;

    AvailabilityView(AvailabilityService availability, CalendarService calendar,
                     AuthenticationContext authentication) {
        this.availability = availability;
        this.calendar = calendar;
        this.texts = AvailabilityTexts.of(this, getLocale());
        this.mayPickPeople = authentication.hasAnyRole(Role.Names.PARTNER_CONTACT, Role.Names.COORDINATOR,
                Role.Names.ADMIN);
        addClassNames("page", "availability-view");
        add(new H1(getTranslation("availability.title")));
        add(new Paragraph(getTranslation("availability.intro")));

        person.setId("availability-person");
        person.setLabel(getTranslation("availability.person"));
        person.setHelperText(getTranslation("availability.personHelp"));
        person.setItemLabelGenerator(ReachablePerson::displayName);
        person.setWidthFull();
        person.setVisible(mayPickPeople);
        person.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                userId = e.getValue() == null ? null : e.getValue().userId();
                reload();
            }
        });
        if (mayPickPeople) {
            RouterLink counts = new RouterLink(getTranslation("availability.toOverview"),
                    AvailabilityOverviewView.class);
            counts.setId("to-availability-overview");
            add(counts);
        }

        year.setId("availability-year");
        year.setLabel(getTranslation("availability.year"));
        year.setItemLabelGenerator(SchoolYear::label);
        year.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                reload();
            }
        });
        onlyHighlights.setId("only-highlights");
        onlyHighlights.setLabel(getTranslation("availability.onlyHighlights"));
        onlyHighlights.addValueChangeListener(e -> render());
        Div choices = new Div(person, year, onlyHighlights);
        choices.addClassName("availability-choices");
        add(choices);

        message.setId("availability-message");
        message.addClassName("availability-message");
        add(message);

        applyPattern = new Button(getTranslation("availability.pattern.apply"), e -> applyPattern());
        applyPattern.setId("apply-pattern");
        applyPattern.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(patternSection());

        liveStatus.setId("availability-status");
        liveStatus.addClassName("visually-hidden");
        liveStatus.getElement().setAttribute("role", "status");
        liveStatus.getElement().setAttribute("aria-live", "polite");
        evenings.setId("evenings");
        evenings.addClassName("evening-groups");
        add(liveStatus, evenings);
    }

    private Details patternSection() {
        patterns.setId("availability-patterns");
        patterns.setSummaryText(getTranslation("availability.pattern.title"));
        patterns.addClassName("availability-patterns");
        patternKind.setId("pattern-kind");
        patternKind.setLabel(getTranslation("availability.pattern.which"));
        patternKind.setItems(AvailabilityPattern.Kind.values());
        patternKind.setItemLabelGenerator(k -> getTranslation("availability.pattern." + k.name()));
        patternKind.setValue(AvailabilityPattern.Kind.BREAK_FRIDAYS);
        patternKind.addValueChangeListener(e -> patternMonth.setVisible(e.getValue() == AvailabilityPattern.Kind.MONTH));
        patternMonth.setId("pattern-month");
        patternMonth.setLabel(getTranslation("availability.pattern.month"));
        patternMonth.setItemLabelGenerator(texts::month);
        patternMonth.setVisible(false);
        patternAnswer.setId("pattern-answer");
        patternAnswer.setLabel(getTranslation("availability.pattern.answer"));
        patternAnswer.setItems(PatternAnswer.values());
        patternAnswer.setItemLabelGenerator(a -> a == PatternAnswer.CLEAR ? getTranslation("availability.answer.clear")
                : texts.answer(a.state()));
        patternAnswer.setValue(PatternAnswer.AVAILABLE);
        Paragraph hint = new Paragraph(getTranslation("availability.pattern.hint"));
        hint.addClassName("hint");
        Div content = new Div(hint, patternKind, patternMonth, patternAnswer, applyPattern);
        content.addClassName("pattern-form");
        patterns.add(content);
        return patterns;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        SchoolYear requested = event.getLocation().getQueryParameters().getSingleParameter("year")
                .flatMap(SchoolYear::tryParse).orElseGet(calendar::currentYear);
        TreeSet<SchoolYear> years = new TreeSet<>(calendar.years().stream()
                .filter(y -> y.compareTo(calendar.currentYear()) >= 0).toList());
        years.add(calendar.currentYear());
        years.add(requested);
        year.setItems(years);
        year.setValue(requested);
        year.setVisible(years.size() > 1);

        Optional<Long> me = availability.myVolunteerId();
        if (mayPickPeople) {
            List<ReachablePerson> reachable = availability.reachablePeople();
            person.setItems(reachable);
            me.flatMap(id -> reachable.stream().filter(p -> p.userId() == id).findFirst()).ifPresent(person::setValue);
        }
        myId = me.orElse(null);
        userId = myId;
        reload();
    }

    /** Reads the chosen person's answers for the chosen year from the server and shows them. */
    void reload() {
        sheet = userId == null || year.getValue() == null ? null : availability.sheet(userId, year.getValue());
        render();
    }

    private void render() {
        evenings.removeAll();
        patterns.setVisible(false);
        message.setVisible(true);
        message.removeClassName("warning");
        if (sheet == null) {
            message.setText(getTranslation(mayPickPeople ? "availability.pickPerson" : "availability.notVolunteer"));
            return;
        }
        if (!sheet.planned()) {
            message.setText(getTranslation("availability.notPlanned", sheet.year().label()));
            return;
        }
        if (sheet.evenings().isEmpty()) {
            message.setText(getTranslation("availability.noEvenings", sheet.year().label()));
            return;
        }
        if (!sheet.editable()) {
            message.setText(getTranslation("availability.error.notActive." + sheet.status()));
            message.addClassName("warning");
        } else {
            message.setVisible(false);
            patterns.setVisible(true);
            patternMonth.setItems(sheet.evenings().stream().map(e -> e.evening().date().getMonth()).distinct().toList());
        }
        List<EveningAnswer> shown = sheet.evenings().stream()
                .filter(e -> !onlyHighlights.getValue() || e.evening().isBreakNight() || RiskLevel.isRaised(e.evening().riskLevel()))
                .toList();
        Section group = null;
        UnorderedList list = null;
        String groupKey = null;
        for (EveningAnswer row : shown) {
            CandidateEvening evening = row.evening();
            String key = groupKey(evening);
            if (!key.equals(groupKey)) {
                groupKey = key;
                H2 heading = new H2(groupHeading(evening));
                heading.addClassName("evening-group-heading");
                list = new UnorderedList();
                list.addClassName("evening-list");
                group = new Section(heading, list);
                group.addClassName(evening.isBreakNight() ? "evening-group-break" : "evening-group-month");
                evenings.add(group);
            }
            list.add(new EveningRow(row, texts, sheet.editable(), this::answer, this::openWindow));
        }
    }

    private static String groupKey(CandidateEvening evening) {
        return evening.inBreak().map(b -> "break-" + b.id())
                .orElseGet(() -> "month-" + evening.date().getYear() + "-" + evening.date().getMonthValue());
    }

    private String groupHeading(CandidateEvening evening) {
        return evening.inBreak()
                .map(b -> getTranslation("availability.group.break", texts.itemName(b), texts.shortDate(b.firstDay()),
                        texts.shortDate(b.lastDay())))
                .orElseGet(() -> getTranslation("availability.group.month", texts.month(evening.date().getMonth()),
                        String.valueOf(evening.date().getYear())));
    }

    /** A tap on a toggle: saves at once; on refusal the row shows what is stored. */
    private void answer(EveningRow row, AvailabilityState state) {
        LocalDate date = row.evening().date();
        try {
            availability.answer(userId, date, state);
            Answer previous = row.answer();
            row.show(state == null ? null : new Answer(date, state,
                    previous != null && state.canHaveWindow() ? previous.window() : null, onBehalf()));
            liveStatus.setText(getTranslation("availability.saved", texts.shortDate(date),
                    state == null ? getTranslation("availability.answer.none") : texts.answer(state)));
        } catch (UserMessageException e) {
            Notifications.error(getTranslation(e.messageKey(), e.arguments()));
            reload();
        }
    }

    private void openWindow(EveningRow row) {
        Answer current = row.answer();
        if (current == null || !current.state().canHaveWindow()) {
            return;
        }
        new TimeWindowDialog(texts, current, window -> {
            availability.answer(userId, current.day(), current.state(), window);
            row.show(new Answer(current.day(), current.state(), window, onBehalf()));
            liveStatus.setText(getTranslation("availability.saved", texts.shortDate(current.day()),
                    texts.answer(current.state()) + ", " + texts.window(window)));
        }).open();
    }

    private boolean onBehalf() {
        return !Objects.equals(userId, myId);
    }

    private void applyPattern() {
        AvailabilityPattern.Kind kind = patternKind.getValue();
        PatternAnswer what = patternAnswer.getValue();
        if (kind == null || what == null || (kind == AvailabilityPattern.Kind.MONTH && patternMonth.isEmpty())) {
            Notifications.error(getTranslation("availability.error.patternRequired"));
            return;
        }
        AvailabilityPattern pattern = kind == AvailabilityPattern.Kind.MONTH
                ? AvailabilityPattern.month(patternMonth.getValue()) : AvailabilityPattern.of(kind);
        int changed = availability.applyPattern(Objects.requireNonNull(userId), year.getValue(), pattern, what.state());
        reload();
        if (changed == 0) {
            Notifications.error(getTranslation("availability.pattern.none"));
        } else {
            Notifications.success(getTranslation("availability.pattern.applied", changed));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("availability.title") + " – " + getTranslation("app.name");
    }
}
