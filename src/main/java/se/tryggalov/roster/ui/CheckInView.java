package se.tryggalov.roster.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.tryggalov.roster.CheckInSheet;
import se.tryggalov.roster.WalkCategory;
import se.tryggalov.roster.WalkLogService;
import se.tryggalov.roster.WalkReport;
import se.tryggalov.security.Role;
import se.tryggalov.shared.i18n.UserMessageException;
import se.tryggalov.shared.ui.Notifications;
import se.tryggalov.shared.ui.RouteIds;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Check-in and the walk log of one shift (for its lead or a coordinator), on a phone: who came, when the walk really
 * started and ended, the places visited, counts per category and a note about places. Filing again corrects it.
 */
@Route("check-in/:" + CheckInView.ID)
@RolesAllowed({Role.Names.VOLUNTEER, Role.Names.COORDINATOR, Role.Names.ADMIN})
@StyleSheet("context://styles/roster.css")
public class CheckInView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = "id";

    private final WalkLogService walkLogs;
    private final RosterTexts texts;
    final Map<Long, Checkbox> present = new LinkedHashMap<>();
    final TimePicker start = new TimePicker();
    final TimePicker end = new TimePicker();
    final TextArea places = new TextArea();
    final Map<WalkCategory, IntegerField> counts = new EnumMap<>(WalkCategory.class);
    final TextArea note = new TextArea();
    final Button file = new Button();
    final Paragraph problem = new Paragraph();
    private CheckInSheet sheet;

    CheckInView(WalkLogService walkLogs) {
        this.walkLogs = walkLogs;
        this.texts = RosterTexts.of(this, getLocale());
        addClassNames("page", "my-shifts");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("walklog.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<Long> shiftId = RouteIds.id(event, ID);
        if (shiftId.isEmpty()) {
            RouteIds.notFound(event);
            return;
        }
        add(new H1(getTranslation("walklog.title")));
        try {
            sheet = walkLogs.sheet(shiftId.get());
        } catch (UserMessageException e) {
            problem.setId("check-in-problem");
            problem.setText(getTranslation(e.messageKey(), e.arguments()));
            add(problem);
            return;
        }
        build();
    }

    private void build() {
        add(new Paragraph(getTranslation("walklog.shift", texts.longDate(sheet.day()),
                texts.times(sheet.startsAt(), sheet.endsAt()), sheet.activityTitle(), sheet.districtName())));
        Div who = new Div(new H2(getTranslation("walklog.who")));
        who.addClassName("roster-settings-list");
        WalkReport filed = sheet.filed();
        for (CheckInSheet.Walker walker : sheet.people()) {
            Checkbox box = new Checkbox(walker.name());
            box.setId("present-" + walker.assignmentId());
            box.setValue(walker.present() == null || walker.present());
            present.put(walker.assignmentId(), box);
            who.add(box);
        }
        start.setId("walk-start");
        start.setLabel(getTranslation("walklog.start"));
        start.setValue(filed != null ? filed.actualStart().toLocalTime() : sheet.startsAt());
        end.setId("walk-end");
        end.setLabel(getTranslation("walklog.end"));
        end.setValue(filed != null ? filed.actualEnd().toLocalTime() : sheet.endsAt());
        end.setHelperText(getTranslation("walklog.endHelp"));
        Div times = new Div(start, end);
        times.addClassName("my-shift-filters");
        places.setId("walk-places");
        places.setLabel(getTranslation("walklog.places"));
        places.setMaxLength(1000);
        places.setWidthFull();
        places.setValue(filed != null && filed.placesVisited() != null ? filed.placesVisited() : "");
        Div seen = new Div(new H2(getTranslation("walklog.seen")));
        seen.addClassName("my-shift-filters");
        for (WalkCategory category : WalkCategory.values()) {
            IntegerField field = new IntegerField(getTranslation("walklog.category." + category.name()));
            field.setId("count-" + category.name());
            field.setMin(0);
            field.setMax(10_000);
            field.setStepButtonsVisible(true);
            field.setValue(filed == null ? 0 : filed.counts().getOrDefault(category, 0));
            counts.put(category, field);
            seen.add(field);
        }
        note.setId("walk-note");
        note.setLabel(getTranslation("walklog.note"));
        note.setHelperText(getTranslation("walklog.noteHelp"));
        note.setMaxLength(2000);
        note.setWidthFull();
        note.setValue(filed != null && filed.note() != null ? filed.note() : "");
        file.setId("walk-file");
        file.setText(getTranslation("walklog.file"));
        file.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        file.addClickListener(e -> file());
        add(who, times, places, seen, note, file);
    }

    void file() {
        try {
            if (start.getValue() == null || end.getValue() == null || start.isInvalid() || end.isInvalid()) {
                throw new UserMessageException("walklog.error.timesRequired");
            }
            Set<Long> came = new HashSet<>();
            present.forEach((id, box) -> {
                if (box.getValue()) {
                    came.add(id);
                }
            });
            Map<WalkCategory, Integer> seen = new EnumMap<>(WalkCategory.class);
            for (Map.Entry<WalkCategory, IntegerField> count : counts.entrySet()) {
                if (count.getValue().isInvalid()) {
                    throw new UserMessageException("walklog.error.count", 10_000);
                }
                seen.put(count.getKey(), count.getValue().getValue() == null ? 0 : count.getValue().getValue());
            }
            LocalDateTime from = sheet.day().atTime(start.getValue());
            // a time before noon belongs to the night after the evening
            if (start.getValue().isBefore(LocalTime.NOON)) {
                from = from.plusDays(1);
            }
            LocalDateTime to = sheet.day().atTime(end.getValue());
            if (!to.isAfter(from)) {
                to = to.plusDays(1);
            }
            walkLogs.file(sheet.shiftId(), new WalkReport(came, from, to, places.getValue(), seen, note.getValue()));
            Notifications.success(getTranslation("walklog.filed"));
        } catch (UserMessageException ex) {
            Notifications.error(getTranslation(ex.messageKey(), ex.arguments()));
        }
    }
}
