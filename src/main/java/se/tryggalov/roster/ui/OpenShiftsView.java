package se.tryggalov.roster.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.tryggalov.roster.OpenShift;
import se.tryggalov.roster.ShiftSignupService;
import se.tryggalov.roster.SignupResult;
import se.tryggalov.security.Role;
import se.tryggalov.shared.i18n.UserMessageException;
import se.tryggalov.shared.ui.Notifications;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lediga pass: the shifts this volunteer may take, soonest first, one card each for a phone, with the evening's risk
 * in words, the gathering point, times, places left and who leads. One tap signs up (or joins the waitlist of a full
 * shift); the answer says what happened.
 */
@Route("open-shifts")
@RolesAllowed({Role.Names.VOLUNTEER})
@Menu(order = 47, icon = "vaadin:hand", title = "nav.openShifts")
@StyleSheet("context://styles/roster.css")
public class OpenShiftsView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    private final ShiftSignupService signups;
    private final RosterTexts texts;
    final Select<Long> breakChoice = new Select<>();
    final DatePicker day = new DatePicker();
    final Select<Long> district = new Select<>();
    final UnorderedList list = new UnorderedList();
    final Paragraph empty = new Paragraph();
    private final Map<Long, String> districtNames = new LinkedHashMap<>();
    private final Map<Long, String> breakNames = new LinkedHashMap<>();

    OpenShiftsView(ShiftSignupService signups) {
        this.signups = signups;
        this.texts = RosterTexts.of(this, getLocale());
        addClassNames("page", "my-shifts");
        add(new H1(getTranslation("signup.open.title")));
        add(new Paragraph(getTranslation("signup.open.intro")));
        breakChoice.setId("open-shifts-break");
        breakChoice.setLabel(getTranslation("signup.open.filter.break"));
        breakChoice.setEmptySelectionAllowed(true);
        breakChoice.setEmptySelectionCaption(getTranslation("signup.open.filter.allBreaks"));
        breakChoice.setItemLabelGenerator(id -> id == null ? getTranslation("signup.open.filter.allBreaks")
                : breakNames.getOrDefault(id, ""));
        breakChoice.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                refresh();
            }
        });
        day.setId("open-shifts-day");
        day.setLabel(getTranslation("signup.open.filter.day"));
        day.setClearButtonVisible(true);
        day.setLocale(getLocale());
        day.addValueChangeListener(e -> refresh());
        district.setId("open-shifts-district");
        district.setLabel(getTranslation("signup.open.filter.district"));
        district.setEmptySelectionAllowed(true);
        district.setEmptySelectionCaption(getTranslation("signup.open.filter.allDistricts"));
        district.setItemLabelGenerator(id -> id == null ? getTranslation("signup.open.filter.allDistricts")
                : districtNames.getOrDefault(id, ""));
        district.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                refresh();
            }
        });
        Div filters = new Div(breakChoice, day, district);
        filters.addClassName("my-shift-filters");
        list.setId("open-shifts");
        list.addClassName("my-shift-list");
        empty.setId("open-shifts-empty");
        empty.setText(getTranslation("signup.open.none"));
        add(filters, empty, list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("signup.open.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<OpenShift> all = signups.openShifts(ShiftSignupService.Filter.NONE);
        districtNames.clear();
        all.forEach(s -> districtNames.putIfAbsent(s.districtId(), s.districtName()));
        district.setItems(districtNames.keySet());
        breakNames.clear();
        signups.openBreaks().forEach(b -> breakNames.put(b.calendarItemId(),
                getTranslation("signup.open.filter.breakName", b.title(), texts.shortDate(b.firstDay()),
                        texts.shortDate(b.lastDay()))));
        breakChoice.setItems(breakNames.keySet());
        breakChoice.setVisible(!breakNames.isEmpty());
        show(all);
    }

    void refresh() {
        // a break not among the choices (a forged value) is no filter the service is asked for
        Long chosenBreak = breakChoice.getValue() != null && breakNames.containsKey(breakChoice.getValue())
                ? breakChoice.getValue() : null;
        show(signups.openShifts(new ShiftSignupService.Filter(chosenBreak, day.getValue(), district.getValue())));
    }

    private void show(List<OpenShift> shifts) {
        list.removeAll();
        for (OpenShift shift : shifts) {
            list.add(card(shift));
        }
        empty.setVisible(shifts.isEmpty());
        list.setVisible(!shifts.isEmpty());
    }

    private ListItem card(OpenShift shift) {
        ListItem item = new ListItem();
        item.setId("open-shift-" + shift.shiftId());
        item.addClassName("my-shift");
        H2 when = new H2(texts.longDate(shift.day()));
        Div body = new Div();
        body.addClassName("my-shift-body");
        Span times = new Span(texts.times(shift.startsAt(), shift.endsAt()));
        times.addClassName("my-shift-times");
        body.add(times, new Span(getTranslation("signup.card.where", shift.activityTitle(), shift.districtName())));
        if (shift.breakTitle() != null) {
            body.add(new Span(shift.breakTitle()));
        }
        body.add(
                new Span(getTranslation("signup.card.risk", shift.riskLevel(),
                        getTranslation("plan.risk.word." + shift.riskLevel()))));
        String meeting = MyShiftsView.meetingPoint(shift.meetingPoint(), shift.venueName());
        if (meeting != null) {
            body.add(new Span(getTranslation("roster.myShifts.meetingPoint", meeting)));
        }
        body.add(new Span(shift.leadFirstName() == null ? getTranslation("signup.card.noLeadYet")
                : getTranslation("signup.card.lead", shift.leadFirstName())));
        body.add(new Span(shift.placesLeft() == 0 ? getTranslation("signup.card.full")
                : getTranslation("signup.card.placesLeft", shift.placesLeft(), shift.maxSize())));
        if (shift.needsApproval()) {
            body.add(new Span(getTranslation("signup.card.needsApproval")));
        }
        boolean full = shift.placesLeft() == 0;
        Button take = new Button(getTranslation(full ? "signup.action.waitlist" : "signup.action.signUp"));
        take.setId("sign-up-" + shift.shiftId());
        take.addThemeVariants(full ? ButtonVariant.LUMO_CONTRAST : ButtonVariant.LUMO_PRIMARY);
        take.getElement().setAttribute("aria-label", getTranslation(full ? "signup.action.waitlist.label"
                : "signup.action.signUp.label", texts.longDate(shift.day()), shift.districtName()));
        take.addClickListener(e -> {
            take.setEnabled(false);
            try {
                SignupResult result = full ? signups.joinWaitlist(shift.shiftId()) : signups.signUp(shift.shiftId());
                Notifications.success(switch (result.status()) {
                    case PENDING -> getTranslation("signup.done.pending");
                    case WAITLISTED -> getTranslation("signup.done.waitlisted", result.waitlistPosition());
                    default -> getTranslation("signup.done.confirmed", texts.longDate(shift.day()));
                });
            } catch (UserMessageException ex) {
                Notifications.error(getTranslation(ex.messageKey(), ex.arguments()));
            }
            refresh();
        });
        body.add(take);
        item.add(when, body);
        return item;
    }
}
