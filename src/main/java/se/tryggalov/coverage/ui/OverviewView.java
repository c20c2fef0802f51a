package se.tryggalov.coverage.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouterLink;
import se.tryggalov.calendar.CalendarItem;
import se.tryggalov.calendar.CalendarService;
import se.tryggalov.calendar.ItemKind;
import se.tryggalov.calendar.RiskLevel;
import se.tryggalov.calendar.ui.CalendarView;
import se.tryggalov.coverage.CoverageService;
import se.tryggalov.roster.ShiftSignupService;
import com.vaadin.flow.component.dependency.StyleSheet;
import se.tryggalov.place.District;
import se.tryggalov.place.PlaceService;
import se.tryggalov.security.Account;
import se.tryggalov.security.AccountService;
import se.tryggalov.security.Role;

import java.time.format.DateTimeFormatter;
import java.util.List;

/** The start page: who you are here, what the municipality's network looks like, and what you can do. */
@Route("")
@PermitAll
@Menu(order = 0, icon = "vaadin:home", title = "nav.overview")
@StyleSheet("context://styles/coverage.css")
public class OverviewView extends Main implements HasDynamicTitle {

    static final int UPCOMING_DAYS = 45;

    OverviewView(AccountService accounts, PlaceService places, CalendarService calendar, CoverageService coverage,
                 ShiftSignupService signups) {
        addClassName("page");
        Account me = accounts.me();
        String municipality = places.municipality().map(m -> m.name()).orElse(getTranslation("overview.noMunicipality"));
        H1 greeting = new H1(getTranslation("overview.greeting", me.displayName()));
        greeting.setId("greeting");
        add(greeting, new Paragraph(getTranslation("overview.intro", municipality)));
        add(new OverviewTodo(me, coverage, signups));

        List<District> districts = places.districts();
        long venues = districts.stream().mapToLong(d -> d.venues().size()).sum();
        Div stats = new Div(stat(districts.size(), "overview.stat.districts"), stat(venues, "overview.stat.venues"));
        stats.addClassName("stats");
        add(stats);

        add(upcoming(calendar));

        Section roles = new Section(new H2(getTranslation("overview.yourRoles")));
        for (Role role : Role.values()) {
            if (me.roles().contains(role)) {
                roles.add(new Paragraph(getTranslation("role." + role.name()) + ": "
                        + getTranslation("overview.roleDoes." + role.name())));
            }
        }
        roles.setId("your-roles");
        add(roles);
    }

    /** The next weeks at a glance: breaks, meetings and the high-risk dates (risk 4–5). */
    private Section upcoming(CalendarService calendar) {
        Section section = new Section(new H2(getTranslation("overview.upcoming")));
        section.setId("upcoming");
        List<CalendarItem> items = calendar.upcoming(UPCOMING_DAYS, RiskLevel.HIGH, 8);
        if (items.isEmpty()) {
            section.add(new Paragraph(getTranslation("overview.upcoming.none", UPCOMING_DAYS)));
            return section;
        }
        DateTimeFormatter format = DateTimeFormatter.ofPattern("EEE d MMM", getLocale());
        UnorderedList list = new UnorderedList();
        for (CalendarItem item : items) {
            String name = item.title() != null ? item.title() : getTranslation(item.nameKey());
            String when = item.firstDay().equals(item.lastDay()) ? format.format(item.firstDay())
                    : format.format(item.firstDay()) + " – " + format.format(item.lastDay());
            String text = item.kind() == ItemKind.KEY_DATE
                    ? getTranslation("overview.upcoming.keyDate", when, name, item.riskLevel())
                    : getTranslation("overview.upcoming.item", when, name);
            list.add(new ListItem(new RouterLink(text, CalendarView.class)));
        }
        section.add(list);
        return section;
    }

    private Div stat(long value, String labelKey) {
        Span number = new Span(String.valueOf(value));
        number.addClassName("stat-value");
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("stat-label");
        Div card = new Div(number, label);
        card.addClassName("stat");
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.overview") + " – " + getTranslation("app.name");
    }
}
