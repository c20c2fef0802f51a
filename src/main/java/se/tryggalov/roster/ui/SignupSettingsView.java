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
import se.tryggalov.activity.ActivityType;
import se.tryggalov.roster.ShiftSignupService;
import se.tryggalov.roster.SignupPolicy;
import se.tryggalov.roster.SignupRule;
import se.tryggalov.security.Role;
import se.tryggalov.shared.i18n.UserMessageException;
import se.tryggalov.shared.ui.Notifications;

import java.util.EnumMap;
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
    final IntegerField cancelHours = hours("cancelHours", 0, 336);
    final IntegerField offerHours = hours("offerHours", 1, 168);
    final Checkbox acceptance = new Checkbox();
    final Map<ActivityType, TypeRow> types = new EnumMap<>(ActivityType.class);
    final Button save = new Button();
    private SignupPolicy policyRead;
    private Map<String, SignupRule> rulesRead = Map.of();

    SignupSettingsView(ShiftSignupService signups) {
        this.signups = signups;
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
        save.setId("signup-settings-save");
        save.setText(getTranslation("signup.settings.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        add(save);
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
