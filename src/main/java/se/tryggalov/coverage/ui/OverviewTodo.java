package se.tryggalov.coverage.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import se.tryggalov.coverage.CoverageGrid;
import se.tryggalov.coverage.CoverageService;
import se.tryggalov.coverage.EveningCover;
import se.tryggalov.roster.MyShiftCard;
import se.tryggalov.roster.ShiftSignupService;
import se.tryggalov.security.Account;
import se.tryggalov.security.Role;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * The start page's "what needs doing", by role and from the read model: for a coordinator the next break's booked
 * places and its riskiest gaps; for a volunteer their next shift and the open shifts; for a youth centre or partner
 * tonight's groups in their areas.
 */
class OverviewTodo extends Section {

    /** The routes of Mina pass and Lediga pass (roster/ui, which this page does not import). */
    static final String MY_SHIFTS = "my-shifts";
    static final String OPEN_SHIFTS = "open-shifts";
    /** The query parameter the dashboard opens a period by. */
    static final String PERIOD = "period";

    OverviewTodo(Account me, CoverageService coverage, ShiftSignupService signups) {
        setId("todo");
        addClassName("todo");
        add(new H2(getTranslation("coverage.overview.todo")));
        if (me.roles().contains(Role.COORDINATOR) || me.roles().contains(Role.ADMIN)) {
            coordinator(coverage);
        } else if (me.roles().contains(Role.VIEWER) || me.roles().contains(Role.PARTNER_CONTACT)) {
            tonight(coverage);
        }
        if (me.roles().contains(Role.VOLUNTEER)) {
            volunteer(signups);
        }
    }

    private void coordinator(CoverageService coverage) {
        Optional<CoverageService.Period> next = coverage.nextPeriod();
        if (next.isEmpty()) {
            add(new Paragraph(getTranslation("coverage.overview.none")));
            return;
        }
        CoverageService.Period period = next.get();
        CoverageGrid grid = coverage.grid(period.year(), period.item().id());
        String name = period.item().nameKey() == null ? period.item().title() : getTranslation(period.item().nameKey());
        long days = ChronoUnit.DAYS.between(coverage.tonight(), period.firstDay());
        int risk = grid.maxRisk();
        Paragraph text = days > 0
                ? new Paragraph(getTranslation("coverage.overview.next", name, days, grid.seatsBooked(),
                grid.seatsNeeded(), grid.gapsAtRisk(risk), risk))
                : new Paragraph(getTranslation("coverage.overview.nextToday", name, grid.seatsBooked(),
                grid.seatsNeeded(), grid.gapsAtRisk(risk), risk));
        text.setId("todo-next");
        RouterLink link = new RouterLink(getTranslation("coverage.overview.toDashboard"), DashboardView.class);
        link.setQueryParameters(QueryParameters.of(PERIOD, String.valueOf(period.item().id())));
        add(text, link);
    }

    private void tonight(CoverageService coverage) {
        EveningCover tonight = coverage.tonightsCover();
        if (tonight.districts().stream().allMatch(EveningCover.DistrictCover::empty)) {
            add(new Paragraph(getTranslation("coverage.overview.tonightNone")));
        }
        for (EveningCover.DistrictCover d : tonight.districts()) {
            if (!d.empty()) {
                Paragraph line = new Paragraph(getTranslation("coverage.overview.tonightText", d.districtName(),
                        d.groups().size(), d.commitments().size()));
                line.addClassName("todo-tonight");
                add(line);
            }
        }
        add(new RouterLink(getTranslation("coverage.overview.toCover"), CoverView.class));
    }

    private void volunteer(ShiftSignupService signups) {
        List<MyShiftCard> coming = signups.myShifts(false);
        Paragraph next = coming.isEmpty() ? new Paragraph(getTranslation("coverage.overview.noShift"))
                : nextShift(coming.getFirst());
        next.setId("todo-next-shift");
        Paragraph open = new Paragraph(getTranslation("coverage.overview.openShifts",
                signups.openShifts(ShiftSignupService.Filter.NONE).size()));
        open.setId("todo-open-shifts");
        add(next, new Anchor(MY_SHIFTS, getTranslation("coverage.overview.toMyShifts")), open,
                new Anchor(OPEN_SHIFTS, getTranslation("coverage.overview.toOpenShifts")));
    }

    private Paragraph nextShift(MyShiftCard shift) {
        LocalDate day = shift.day();
        return new Paragraph(getTranslation("coverage.overview.nextShift",
                DateTimeFormatter.ofPattern("EEEE d MMMM", getLocale()).format(day), shift.activityTitle(),
                shift.startsAt(), shift.endsAt()));
    }
}
