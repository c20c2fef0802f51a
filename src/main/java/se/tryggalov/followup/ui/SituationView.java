package se.tryggalov.followup.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.tryggalov.calendar.CalendarItem;
import se.tryggalov.followup.Period;
import se.tryggalov.followup.SituationPicture;
import se.tryggalov.followup.SituationService;
import se.tryggalov.security.CurrentUser;
import se.tryggalov.security.Role;
import se.tryggalov.shared.i18n.UserMessageException;
import se.tryggalov.shared.time.Zones;
import se.tryggalov.shared.ui.Notifications;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The weekly situational picture (lägesbild) for the Thursday meeting: a week (or a break), observations by
 * district and category against the previous period and last year, the coming week's planned coverage, and the
 * suggestions to raise the risk of coming evenings, which a coordinator accepts or rejects. Prints on A4.
 * {@code ?week=2027-03-01} opens the week holding that day.
 */
@Route("situation")
@Menu(order = 61, icon = "vaadin:chart-grid", title = "nav.situation")
@RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN, Role.Names.PARTNER_CONTACT, Role.Names.VIEWER})
@StyleSheet("context://styles/followup.css")
public class SituationView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final SituationService situation;
    private final FollowupTexts texts;
    private final Clock clock;
    private final boolean decides;
    final DatePicker week;
    final Select<CalendarItem> breakChoice = new Select<>();
    final Div content = new Div();
    private Period period;

    SituationView(SituationService situation, CurrentUser currentUser, Clock clock) {
        this.situation = situation;
        this.clock = clock;
        this.texts = FollowupTexts.of(this, getLocale());
        this.decides = currentUser.hasRole(Role.COORDINATOR) || currentUser.hasRole(Role.ADMIN);
        addClassNames("page", "followup");
        add(new H1(getTranslation("followup.picture.title")));
        week = texts.datePicker(getTranslation("followup.picture.week"));
        week.setId("picture-week");
        week.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                show(Period.week(e.getValue()));
            }
        });
        breakChoice.setLabel(getTranslation("followup.picture.break"));
        breakChoice.setId("picture-break");
        breakChoice.setItems(situation.breaks());
        breakChoice.setItemLabelGenerator(b -> b == null ? getTranslation("followup.picture.noBreak")
                : (b.title() != null ? b.title() : getTranslation(b.nameKey())) + " " + b.firstDay().getYear());
        breakChoice.setEmptySelectionAllowed(true);
        breakChoice.setEmptySelectionCaption(getTranslation("followup.picture.noBreak"));
        breakChoice.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                show(SituationService.periodOf(e.getValue()));
            }
        });
        Button print = new Button(getTranslation("followup.picture.print"), VaadinIcon.PRINT.create(),
                e -> getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        print.setId("picture-print");
        HorizontalLayout choices = new HorizontalLayout(week, breakChoice, print);
        choices.setWrap(true);
        choices.addClassName("followup-no-print");
        content.setId("picture");
        add(choices, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        LocalDate day = LocalDate.now(clock.withZone(Zones.STOCKHOLM));
        Optional<String> asked = event.getLocation().getQueryParameters().getSingleParameter("week");
        if (asked.isPresent()) {
            try {
                day = LocalDate.parse(asked.get());
            } catch (DateTimeParseException e) {
                Notifications.error(getTranslation("followup.picture.badWeek"));
            }
        }
        show(Period.week(day));
    }

    void show(Period chosen) {
        period = chosen;
        if (chosen.isWeek()) {
            week.setValue(chosen.first());
            breakChoice.clear();
        }
        content.removeAll();
        SituationPicture picture;
        try {
            picture = situation.picture(chosen);
        } catch (UserMessageException e) {
            content.add(new Paragraph(getTranslation(e.messageKey(), e.arguments())));
            return;
        }
        content.add(new H2(getTranslation("followup.picture.heading", texts.period(picture.period()))));
        content.add(new Paragraph(getTranslation("followup.picture.compared", texts.period(picture.previous()),
                texts.period(picture.lastYear()), picture.total())));

        List<String> heads = List.of(getTranslation("followup.picture.district"),
                getTranslation("followup.picture.count"), getTranslation("followup.picture.previous"),
                getTranslation("followup.picture.vsPrevious"), getTranslation("followup.picture.lastYear"),
                getTranslation("followup.picture.vsLastYear"));
        HtmlTable totals = new HtmlTable(getTranslation("followup.picture.byDistrict"), heads);
        for (SituationPicture.Line line : picture.totals()) {
            totals.row(cells(line.districtName(), line));
        }
        content.add(totals.component("picture-districts"));

        List<String> detailHeads = new ArrayList<>(heads);
        detailHeads.add(1, getTranslation("followup.picture.category"));
        HtmlTable detail = new HtmlTable(getTranslation("followup.picture.byCategory"), detailHeads);
        for (SituationPicture.Line line : picture.lines()) {
            List<String> cells = new ArrayList<>(cells(line.districtName(), line));
            cells.add(1, texts.category(line.category()));
            detail.row(cells);
        }
        if (detail.isEmpty()) {
            content.add(new Paragraph(getTranslation("followup.picture.nothing")));
        } else {
            content.add(detail.component("picture-categories"));
        }

        content.add(new H2(getTranslation("followup.picture.coming", texts.period(chosen.coming()))));
        HtmlTable coverage = new HtmlTable(getTranslation("followup.picture.coverage"), List.of(
                getTranslation("followup.picture.evening"), getTranslation("followup.picture.risk"),
                getTranslation("followup.picture.district"), getTranslation("followup.picture.shifts"),
                getTranslation("followup.picture.staffed")));
        for (SituationPicture.Coverage c : picture.coming()) {
            coverage.row(List.of(texts.shortDate(c.day()), String.valueOf(c.riskLevel()), c.districtName(),
                    String.valueOf(c.shifts()), c.assigned() + " / " + c.peopleNeeded()));
        }
        if (coverage.isEmpty()) {
            content.add(new Paragraph(getTranslation("followup.picture.noCoverage")));
        } else {
            content.add(coverage.component("picture-coverage"));
        }

        content.add(new H2(getTranslation("followup.picture.suggestions")));
        if (picture.suggestions().isEmpty()) {
            content.add(new Paragraph(getTranslation("followup.picture.noSuggestions")));
        }
        for (SituationPicture.Suggestion s : picture.suggestions()) {
            Div card = new Div();
            card.addClassName("followup-suggestion");
            card.setId("suggestion-" + s.day());
            card.add(new Paragraph(s.decision() == SituationPicture.Decision.OPEN
                    ? getTranslation("followup.suggestion.text", texts.longDate(s.day()), s.riskLevel(), s.raiseTo())
                    : getTranslation(s.decision().messageKey(), texts.longDate(s.day()), s.riskLevel())));
            card.add(new Paragraph(getTranslation("followup.suggestion.because", String.join("; ", s.reasons()))));
            if (decides && s.decision() == SituationPicture.Decision.OPEN) {
                Button accept = new Button(getTranslation("followup.suggestion.accept"), e -> decide(s, true));
                accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                accept.setId("accept-" + s.day());
                Button reject = new Button(getTranslation("followup.suggestion.reject"), e -> decide(s, false));
                reject.setId("reject-" + s.day());
                HorizontalLayout buttons = new HorizontalLayout(accept, reject);
                buttons.addClassName("followup-no-print");
                card.add(buttons);
            }
            content.add(card);
        }
    }

    private List<String> cells(String first, SituationPicture.Line line) {
        return List.of(first, String.valueOf(line.count()), String.valueOf(line.vsPrevious().earlier()),
                texts.change(line.vsPrevious()), String.valueOf(line.vsLastYear().earlier()),
                texts.change(line.vsLastYear()));
    }

    private void decide(SituationPicture.Suggestion s, boolean accept) {
        try {
            if (accept) {
                situation.accept(s.day(), s.raiseTo(), getTranslation("followup.suggestion.keyDateTitle",
                        texts.period(period)));
                Notifications.success(getTranslation("followup.suggestion.accepted"));
            } else {
                situation.reject(s.day());
                Notifications.success(getTranslation("followup.suggestion.rejected"));
            }
        } catch (UserMessageException e) {
            Notifications.error(getTranslation(e.messageKey(), e.arguments()));
        }
        show(period);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("followup.picture.title");
    }
}
