package se.tryggalov.roster.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
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
import se.tryggalov.roster.AssignmentStatus;
import se.tryggalov.roster.MyShiftCard;
import se.tryggalov.roster.ShiftSignupService;
import se.tryggalov.security.Role;
import se.tryggalov.shared.i18n.UserMessageException;
import se.tryggalov.shared.time.Zones;
import se.tryggalov.shared.ui.Notifications;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Mina pass: a volunteer's coming shifts, one card each for a phone, with where to meet (and a map link), the lead's
 * first name and phone (tap to call), the group's first names, what to bring and the state of the place; proposals
 * and offers to answer, cancel before the deadline or "I can't come" after it; past shifts with hours; and when there
 * is nothing, the way to availability and open shifts.
 */
@Route("my-shifts")
@RolesAllowed({Role.Names.VOLUNTEER})
@Menu(order = 48, icon = "vaadin:calendar-clock", title = "nav.myShifts")
@StyleSheet("context://styles/roster.css")
public class MyShiftsView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    /** Where the empty state leads (the routes of Lediga pass and Tillgänglighet). */
    static final String OPEN_SHIFTS = "open-shifts";
    static final String AVAILABILITY = "availability";
    static final String CHECK_IN = "check-in/";
    /** The personal calendar feed's page and a one-off .ics of a shift (the notify feature's routes). */
    static final String MY_CALENDAR = "my-calendar";
    static final String SHIFT_ICS = "exports/my-shifts/";

    private final ShiftSignupService signups;
    private final Clock clock;
    private final RosterTexts texts;
    final UnorderedList list = new UnorderedList();
    final UnorderedList past = new UnorderedList();
    final H2 pastTitle = new H2();
    final Div empty = new Div();
    final Button acceptAll = new Button();

    MyShiftsView(ShiftSignupService signups, Clock clock) {
        this.signups = signups;
        this.clock = clock;
        this.texts = RosterTexts.of(this, getLocale());
        addClassNames("page", "my-shifts");
        add(new H1(getTranslation("roster.myShifts.title")));
        add(new Paragraph(getTranslation("roster.myShifts.intro")));
        list.setId("my-shifts");
        list.addClassName("my-shift-list");
        past.setId("my-past-shifts");
        past.addClassName("my-shift-list");
        pastTitle.setText(getTranslation("signup.my.past"));
        empty.setId("my-shifts-empty");
        empty.setId("my-shifts-empty-state");
        Paragraph none = new Paragraph(getTranslation("roster.myShifts.none"));
        none.setId("my-shifts-empty");
        Anchor toOpen = new Anchor(OPEN_SHIFTS, getTranslation("signup.my.toOpenShifts"));
        toOpen.setId("to-open-shifts");
        Anchor toAvailability = new Anchor(AVAILABILITY, getTranslation("signup.my.toAvailability"));
        toAvailability.setId("to-availability");
        empty.add(none, new Paragraph(toOpen), new Paragraph(toAvailability));
        acceptAll.setId("accept-all");
        acceptAll.setText(getTranslation("signup.action.acceptAll"));
        acceptAll.addClickListener(e -> act(() -> signups.answerAllProposals(true), "signup.done.acceptedAll"));
        Anchor toCalendar = new Anchor(MY_CALENDAR, getTranslation("notify.myShifts.toCalendar"));
        toCalendar.setId("to-my-calendar");
        add(new Paragraph(toCalendar), acceptAll, empty, list, pastTitle, past);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("roster.myShifts.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        refresh();
    }

    void refresh() {
        List<MyShiftCard> coming = signups.myShifts(false);
        List<MyShiftCard> done = signups.myShifts(true);
        list.removeAll();
        coming.forEach(c -> list.add(card(c)));
        past.removeAll();
        done.forEach(c -> past.add(card(c)));
        empty.setVisible(coming.isEmpty());
        list.setVisible(!coming.isEmpty());
        pastTitle.setVisible(!done.isEmpty());
        past.setVisible(!done.isEmpty());
        acceptAll.setVisible(coming.stream().filter(c -> c.status() == AssignmentStatus.PROPOSED).count() > 1);
    }

    /** The gathering point in words: the activity's meeting point, else its venue. */
    static String meetingPoint(String meetingPoint, String venueName) {
        if (meetingPoint != null && !meetingPoint.isBlank()) {
            return meetingPoint;
        }
        return venueName == null || venueName.isBlank() ? null : venueName;
    }

    private ListItem card(MyShiftCard shift) {
        ListItem item = new ListItem();
        item.setId((shift.past() ? "my-past-shift-" : "my-shift-") + shift.shiftId());
        item.addClassName("my-shift");
        H3 when = new H3(texts.longDate(shift.day()));
        Div body = new Div();
        body.addClassName("my-shift-body");
        Span times = new Span(texts.times(shift.startsAt(), shift.endsAt()));
        times.addClassName("my-shift-times");
        Span status = new Span(getTranslation("signup.status." + shift.status().name(),
                shift.waitlistPosition() == null ? "" : shift.waitlistPosition()));
        status.addClassName("my-shift-status");
        body.add(status, times, new Span(getTranslation("roster.myShifts.where", shift.districtName(),
                shift.activityTitle(), shift.groupNo())));
        String meeting = meetingPoint(shift.meetingPoint(), shift.venueName());
        if (meeting != null) {
            Span meetingText = new Span(getTranslation("roster.myShifts.meetingPoint", meeting));
            meetingText.addClassName("my-shift-meeting");
            body.add(meetingText);
        }
        String map = shift.mapUrl();
        if (map != null) {
            body.add(new Anchor(map, getTranslation("signup.my.map")));
        }
        if (shift.leadFirstName() != null) {
            body.add(new Span(getTranslation("signup.card.lead", shift.leadFirstName())));
            String call = shift.leadPhoneUrl();
            if (call != null) {
                body.add(new Anchor(call, getTranslation("signup.my.call", shift.leadFirstName(), shift.leadPhone())));
            }
        }
        if (!shift.groupFirstNames().isEmpty()) {
            body.add(new Span(getTranslation("signup.my.group", String.join(", ", shift.groupFirstNames()))));
        }
        if (shift.bring() != null && !shift.bring().isBlank()) {
            body.add(new Span(getTranslation("signup.my.bring", shift.bring())));
        }
        if (shift.lead() && !clock.instant().isBefore(shift.cancelDeadline())) {
            Anchor checkIn = new Anchor(CHECK_IN + shift.shiftId(), getTranslation("signup.action.checkIn"));
            checkIn.setId("check-in-" + shift.shiftId());
            body.add(checkIn);
        }
        if (shift.past()) {
            if (shift.hours() != null && shift.status() == AssignmentStatus.CONFIRMED) {
                body.add(new Span(getTranslation("signup.my.hours", shift.hours().stripTrailingZeros())));
            }
        } else {
            if (shift.status() != AssignmentStatus.WAITLISTED) {
                Anchor ics = new Anchor(SHIFT_ICS + shift.shiftId() + ".ics", getTranslation("notify.myShifts.shiftIcs"));
                ics.setId("shift-ics-" + shift.shiftId());
                ics.getElement().setAttribute("download", true);
                ics.getElement().setAttribute("router-ignore", true);
                body.add(ics);
            }
            actions(shift, body);
        }
        item.add(when, body);
        return item;
    }

    private void actions(MyShiftCard shift, Div body) {
        String label = texts.longDate(shift.day());
        switch (shift.status()) {
            case PROPOSED, OFFERED -> {
                if (shift.offerExpiresAt() != null) {
                    body.add(new Span(getTranslation("signup.my.offerUntil", dateTime(shift.offerExpiresAt()))));
                }
                body.add(button("accept-" + shift.assignmentId(), "signup.action.accept", label, ButtonVariant.LUMO_PRIMARY,
                        () -> signups.accept(shift.assignmentId(), shift.version()), "signup.done.accepted"));
                body.add(button("decline-" + shift.assignmentId(), "signup.action.decline", label, ButtonVariant.LUMO_CONTRAST,
                        () -> signups.decline(shift.assignmentId(), shift.version()), "signup.done.declined"));
            }
            case CONFIRMED, PENDING -> {
                if (clock.instant().isBefore(shift.cancelDeadline())) {
                    body.add(new Span(getTranslation("signup.my.cancelUntil", dateTime(shift.cancelDeadline()))));
                    body.add(button("cancel-" + shift.assignmentId(), "signup.action.cancel", label,
                            ButtonVariant.LUMO_ERROR,
                            () -> signups.cancel(shift.assignmentId(), shift.version()), "signup.done.cancelled"));
                } else {
                    body.add(new Span(getTranslation("signup.my.afterDeadline", shift.leadPhone() == null
                            ? getTranslation("signup.my.theCoordinator") : shift.leadPhone())));
                    body.add(button("cannot-come-" + shift.assignmentId(), "signup.action.cannotCome", label,
                            ButtonVariant.LUMO_ERROR,
                            () -> signups.cannotCome(shift.assignmentId(), shift.version()), "signup.done.cannotCome"));
                }
            }
            case WAITLISTED -> body.add(button("leave-" + shift.assignmentId(), "signup.action.leaveWaitlist", label,
                    ButtonVariant.LUMO_CONTRAST,
                    () -> signups.cancel(shift.assignmentId(), shift.version()), "signup.done.leftWaitlist"));
            default -> {
            }
        }
    }

    private String dateTime(Instant instant) {
        return DateTimeFormatter.ofPattern("EEE d MMM HH:mm", getLocale() == null ? Locale.ROOT : getLocale())
                .format(instant.atZone(Zones.STOCKHOLM));
    }

    private Button button(String id, String key, String shiftLabel, ButtonVariant variant, Runnable action,
                          String done) {
        Button button = new Button(getTranslation(key));
        button.setId(id);
        button.addThemeVariants(variant);
        button.getElement().setAttribute("aria-label", getTranslation(key + ".label", shiftLabel));
        button.addClickListener(e -> act(() -> {
            action.run();
            return 0;
        }, done));
        return button;
    }

    private void act(java.util.function.Supplier<Integer> action, String done) {
        try {
            int count = action.get();
            Notifications.success(getTranslation(done, count));
        } catch (UserMessageException ex) {
            Notifications.error(getTranslation(ex.messageKey(), ex.arguments()));
        }
        refresh();
    }
}
