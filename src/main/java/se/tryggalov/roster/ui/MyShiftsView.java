package se.tryggalov.roster.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.tryggalov.roster.MyShift;
import se.tryggalov.roster.RosterService;
import se.tryggalov.security.Role;

import java.util.List;

/** A volunteer's own published shifts from today on, one card each, for a phone. */
@Route("my-shifts")
@RolesAllowed({Role.Names.VOLUNTEER})
@Menu(order = 48, icon = "vaadin:calendar-clock", title = "nav.myShifts")
@StyleSheet("context://styles/roster.css")
public class MyShiftsView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    private final RosterService roster;
    private final RosterTexts texts;
    final UnorderedList list = new UnorderedList();
    final Paragraph empty = new Paragraph();

    MyShiftsView(RosterService roster) {
        this.roster = roster;
        this.texts = RosterTexts.of(this, getLocale());
        addClassNames("page", "my-shifts");
        add(new H1(getTranslation("roster.myShifts.title")));
        add(new Paragraph(getTranslation("roster.myShifts.intro")));
        list.setId("my-shifts");
        list.addClassName("my-shift-list");
        empty.setId("my-shifts-empty");
        empty.setText(getTranslation("roster.myShifts.none"));
        add(empty, list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("roster.myShifts.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<MyShift> shifts = roster.myShifts();
        list.removeAll();
        for (MyShift shift : shifts) {
            ListItem item = new ListItem();
            item.setId("my-shift-" + shift.shiftId());
            item.addClassName("my-shift");
            H2 when = new H2(texts.longDate(shift.day()));
            Span times = new Span(texts.times(shift.startsAt(), shift.endsAt()));
            times.addClassName("my-shift-times");
            Span where = new Span(getTranslation("roster.myShifts.where", shift.districtName(), shift.activityTitle(),
                    shift.groupNo()));
            Div body = new Div(times, where);
            body.addClassName("my-shift-body");
            item.add(when, body);
            if (shift.meetingPoint() != null && !shift.meetingPoint().isBlank()) {
                Span meeting = new Span(getTranslation("roster.myShifts.meetingPoint", shift.meetingPoint()));
                meeting.addClassName("my-shift-meeting");
                body.add(meeting);
            }
            list.add(item);
        }
        empty.setVisible(shifts.isEmpty());
        list.setVisible(!shifts.isEmpty());
    }
}
