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
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import se.tryggalov.activity.ActivityType;
import se.tryggalov.calendar.CalendarItem;
import se.tryggalov.calendar.CalendarService;
import se.tryggalov.calendar.ItemKind;
import se.tryggalov.calendar.YearPlan;
import se.tryggalov.roster.ShiftSignupService;
import se.tryggalov.roster.SignupPolicy;
import se.tryggalov.roster.SignupRule;
import se.tryggalov.security.Role;
import se.tryggalov.shared.i18n.UserMessageException;
import se.tryggalov.shared.ui.Notifications;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Self sign-up settings (coordinators): the cancel deadline, how long a waitlist offer stands, whether a published
 * roster waits for each volunteer's yes, and per activity type whether volunteers sign up themselves, from how many
 * days before (empty: as soon as the shift is open) and whether a coordinator approves each sign-up.
 */
@Route("signup-settings")
@RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
@Menu(order = 56, icon = "vaadin:hand", title = "nav.signupSettings")
@StyleSheet("context://styles/roster.css")
public class SignupSettingsView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    record TypeRow(Checkbox open, IntegerField daysBefore, Checkbox approval) {
    }

    private final ShiftSignupService signups;
    private final CalendarService calendar;
    final Select<Long> breakChoice = new Select<>();
    final Checkbox breakOpen = new Checkbox();
    final IntegerField breakDays = new IntegerField();
    final Checkbox breakApproval = new Checkbox();
    final Button breakSave = new Button();
    final UnorderedList breakRules = new UnorderedList();
    private final Map<Long, String> breakNames = new java.util.LinkedHashMap<>();
    final IntegerField cancelHours = hours("cancelHours", 0, 336);
    final IntegerField offerHours = hours("offerHours", 1, 168);
    final Checkbox acceptance = new Checkbox();
    final Map<ActivityType, TypeRow> types = new EnumMap<>(ActivityType.class);
    final Button save = new Button();
    private SignupPolicy policyRead;
    private Map<String, SignupRule> rulesRead = Map.of();

    SignupSettingsView(ShiftSignupService signups, CalendarService calendar) {
        this.signups = signups;
        this.calendar = calendar;
        addClassNames("page", "roster-settings");
        add(new H1(getTranslation("signup.settings.title")), new Paragraph(getTranslation("signup.settings.intro")));
        acceptance.setId("signup-acceptance");
        acceptance.setLabel(getTranslation("signup.settings.acceptance"));
        Div policy = new Div(new H2(getTranslation("signup.settings.policy")), cancelHours, offerHours, acceptance);
        policy.addClassName("roster-settings-list");
        add(policy);
        Div typeList = new Div(new H2(getTranslation("signup.settings.types")),
                new Paragraph(getTranslation("signup.settings.typesIntro")));
        typeList.addClassName("roster-settings-list");
        for (ActivityType type : ActivityType.values()) {
            String name = getTranslation("activities.type." + type.name());
            Checkbox open = new Checkbox(getTranslation("signup.settings.open", name));
            open.setId("signup-open-" + type.name());
            IntegerField days = new IntegerField(getTranslation("signup.settings.daysBefore", name));
            days.setId("signup-days-" + type.name());
            days.setMin(0);
            days.setMax(365);
            days.setClearButtonVisible(true);
            days.setHelperText(getTranslation("signup.settings.daysBeforeHelp"));
            Checkbox approval = new Checkbox(getTranslation("signup.settings.approval", name));
            approval.setId("signup-approval-" + type.name());
            Div row = new Div(open, days, approval);
            row.addClassName("roster-setting");
            typeList.add(row);
            types.put(type, new TypeRow(open, days, approval));
        }
        add(typeList);
        add(breakSection());
        save.setId("signup-settings-save");
        save.setText(getTranslation("signup.settings.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        add(save);
    }

    /** Per break: a rule for one break goes before the rule for the activity type (saved at once, on its own). */
    private Div breakSection() {
        breakChoice.setId("signup-break");
        breakChoice.setLabel(getTranslation("signup.settings.break"));
        breakChoice.setItemLabelGenerator(id -> id == null ? "" : breakNames.getOrDefault(id, ""));
        breakChoice.addValueChangeListener(e -> showBreakRule());
        breakOpen.setId("signup-break-open");
        breakOpen.setLabel(getTranslation("signup.settings.breakOpen"));
        breakDays.setId("signup-break-days");
        breakDays.setLabel(getTranslation("signup.settings.breakDaysBefore"));
        breakDays.setHelperText(getTranslation("signup.settings.daysBeforeHelp"));
        breakDays.setMin(0);
        breakDays.setMax(365);
        breakDays.setClearButtonVisible(true);
        breakApproval.setId("signup-break-approval");
        breakApproval.setLabel(getTranslation("signup.settings.breakApproval"));
        breakSave.setId("signup-break-save");
        breakSave.setText(getTranslation("signup.settings.breakSave"));
        breakSave.addClickListener(e -> saveBreakRule());
        breakRules.setId("signup-break-rules");
        breakRules.getElement().setAttribute("aria-label", getTranslation("signup.settings.breakRules"));
        Div row = new Div(breakChoice, breakOpen, breakDays, breakApproval, breakSave);
        row.addClassName("roster-setting");
        Div section = new Div(new H2(getTranslation("signup.settings.breaks")),
                new Paragraph(getTranslation("signup.settings.breaksIntro")), row, breakRules);
        section.addClassName("roster-settings-list");
        return section;
    }

    /** The breaks and key dates of the planned school years that have not ended. */
    private void loadBreaks() {
        breakNames.clear();
        var today = java.time.LocalDate.now(se.tryggalov.shared.time.Zones.STOCKHOLM);
        for (var y : calendar.years()) {
            if (y.lastDay().isBefore(today)) {
                continue;
            }
            calendar.plan(y).map(YearPlan::items).orElse(List.of()).stream()
                    .filter(i -> i.kind() == ItemKind.BREAK || i.kind() == ItemKind.KEY_DATE)
                    .filter(i -> !i.lastDay().isBefore(today))
                    .sorted(java.util.Comparator.comparing(CalendarItem::firstDay))
                    .forEach(i -> breakNames.put(i.id(), getTranslation("signup.settings.breakName", i.title(),
                            i.firstDay(), i.lastDay())));
        }
        Long chosen = breakChoice.getValue();
        breakChoice.setItems(breakNames.keySet());
        if (chosen != null && breakNames.containsKey(chosen)) {
            breakChoice.setValue(chosen);
        }
    }

    private Optional<SignupRule> breakRule(Long calendarItemId) {
        return signups.rules().stream().filter(r -> r.activityType() == null
                && calendarItemId != null && calendarItemId.equals(r.calendarItemId())).findFirst();
    }

    private void showBreakRule() {
        Optional<SignupRule> rule = breakRule(breakChoice.getValue());
        breakOpen.setValue(rule.map(SignupRule::open).orElse(policyRead == null || policyRead.defaultOpen()));
        breakDays.setValue(rule.isPresent() ? rule.get().opensDaysBefore()
                : policyRead == null ? null : policyRead.defaultOpensDaysBefore());
        breakApproval.setValue(rule.map(SignupRule::needsApproval)
                .orElse(policyRead != null && policyRead.defaultNeedsApproval()));
    }

    private void showBreakRules() {
        breakRules.removeAll();
        for (SignupRule rule : signups.rules()) {
            if (rule.activityType() != null || rule.calendarItemId() == null) {
                continue;
            }
            String name = breakNames.getOrDefault(rule.calendarItemId(), getTranslation("signup.settings.pastBreak"));
            String what = !rule.open() ? getTranslation("signup.settings.ruleClosed")
                    : rule.opensDaysBefore() == null ? getTranslation("signup.settings.ruleOpenNow")
                    : getTranslation("signup.settings.ruleOpensBefore", rule.opensDaysBefore());
            if (rule.open() && rule.needsApproval()) {
                what = getTranslation("signup.settings.ruleWithApproval", what);
            }
            Button remove = new Button(getTranslation("signup.settings.breakRemove"));
            remove.setId("signup-break-remove-" + rule.id());
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            remove.setAriaLabel(getTranslation("signup.settings.breakRemoveLabel", name));
            remove.addClickListener(e -> {
                try {
                    signups.deleteRule(rule.id());
                    Notifications.success(getTranslation("signup.settings.breakRemoved", name));
                } catch (UserMessageException ex) {
                    Notifications.error(getTranslation(ex.messageKey(), ex.arguments()));
                }
                load();
            });
            breakRules.add(new ListItem(new Span(getTranslation("signup.settings.breakRule", name, what)), remove));
        }
        if (breakRules.getChildren().findAny().isEmpty()) {
            breakRules.add(new ListItem(getTranslation("signup.settings.breakNone")));
        }
    }

    void saveBreakRule() {
        try {
            Long chosen = breakChoice.getValue();
            if (chosen == null || !breakNames.containsKey(chosen)) {
                throw new UserMessageException("signup.error.chooseBreak");
            }
            if (breakDays.isInvalid()) {
                throw new UserMessageException("signup.error.settingsOutOfRange");
            }
            Optional<SignupRule> read = breakRule(chosen);
            signups.saveRule(new SignupRule(read.map(SignupRule::id).orElse(null), null, chosen, breakOpen.getValue(),
                    breakDays.getValue(), breakApproval.getValue(), read.map(SignupRule::version).orElse(0)));
            Notifications.success(getTranslation("signup.settings.saved"));
        } catch (UserMessageException ex) {
            Notifications.error(getTranslation(ex.messageKey(), ex.arguments()));
        }
        load();
    }

    private IntegerField hours(String id, int min, int max) {
        IntegerField field = new IntegerField(getTranslation("signup.settings." + id));
        field.setId("signup-" + id);
        field.setMin(min);
        field.setMax(max);
        field.setStepButtonsVisible(true);
        return field;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("signup.settings.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        load();
    }

    private void load() {
        policyRead = signups.policy();
        cancelHours.setValue(policyRead.cancelDeadlineHours());
        offerHours.setValue(policyRead.offerHours());
        acceptance.setValue(policyRead.acceptanceRequired());
        Map<String, SignupRule> byType = new java.util.HashMap<>();
        signups.rules().stream().filter(r -> r.calendarItemId() == null)
                .forEach(r -> byType.put(r.activityType(), r));
        rulesRead = byType;
        types.forEach((type, row) -> {
            Optional<SignupRule> rule = Optional.ofNullable(byType.get(type.name()));
            row.open().setValue(rule.map(SignupRule::open).orElse(policyRead.defaultOpen()));
            row.daysBefore().setValue(rule.isPresent() ? rule.get().opensDaysBefore()
                    : policyRead.defaultOpensDaysBefore());
            row.approval().setValue(rule.map(SignupRule::needsApproval).orElse(policyRead.defaultNeedsApproval()));
        });
        loadBreaks();
        showBreakRule();
        showBreakRules();
    }

    void save() {
        try {
            if (cancelHours.isInvalid() || offerHours.isInvalid() || cancelHours.getValue() == null
                    || offerHours.getValue() == null) {
                throw new UserMessageException("signup.error.settingsOutOfRange");
            }
            signups.savePolicy(new SignupPolicy(cancelHours.getValue(), offerHours.getValue(), acceptance.getValue(),
                    policyRead.defaultOpen(), policyRead.defaultOpensDaysBefore(), policyRead.defaultNeedsApproval(),
                    policyRead.version()));
            for (Map.Entry<ActivityType, TypeRow> entry : types.entrySet()) {
                TypeRow row = entry.getValue();
                if (row.daysBefore().isInvalid()) {
                    throw new UserMessageException("signup.error.settingsOutOfRange");
                }
                SignupRule read = rulesRead.get(entry.getKey().name());
                SignupRule wanted = new SignupRule(read == null ? null : read.id(), entry.getKey().name(), null,
                        row.open().getValue(), row.daysBefore().getValue(), row.approval().getValue(),
                        read == null ? 0 : read.version());
                boolean unchanged = read == null
                        ? wanted.open() == policyRead.defaultOpen()
                        && java.util.Objects.equals(wanted.opensDaysBefore(), policyRead.defaultOpensDaysBefore())
                        && wanted.needsApproval() == policyRead.defaultNeedsApproval()
                        : wanted.open() == read.open()
                        && java.util.Objects.equals(wanted.opensDaysBefore(), read.opensDaysBefore())
                        && wanted.needsApproval() == read.needsApproval();
                if (!unchanged) {
                    signups.saveRule(wanted);
                }
            }
            Notifications.success(getTranslation("signup.settings.saved"));
        } catch (UserMessageException ex) {
            Notifications.error(getTranslation(ex.messageKey(), ex.arguments()));
        }
        load();
    }
}
