package se.tryggalov.volunteer.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.tryggalov.security.Role;
import se.tryggalov.shared.i18n.UserMessageException;
import se.tryggalov.shared.time.Zones;
import se.tryggalov.shared.ui.Notifications;
import se.tryggalov.volunteer.NamedRef;
import se.tryggalov.volunteer.Qualification;
import se.tryggalov.volunteer.Volunteer;
import se.tryggalov.volunteer.VolunteerService;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.stream.Collectors;

/**
 * The volunteer's own profile: what is held about them, and the parts they correct themself (contact details,
 * home districts, optional languages and gender, personal limits, pause). Age, training and organisations are
 * kept by their contact person and shown read-only.
 */
@Route("profile")
@RolesAllowed(Role.Names.VOLUNTEER)
@Menu(order = 85, icon = "vaadin:user-card", title = "nav.profile")
@StyleSheet("context://styles/volunteers.css")
public class ProfileView extends Main implements HasDynamicTitle {

    private final VolunteerService volunteers;
    private final Clock clock;
    ProfileForm form;

    ProfileView(VolunteerService volunteers, Clock clock) {
        this.volunteers = volunteers;
        this.clock = clock;
        addClassNames("page", "profile-view");
        Volunteer me;
        try {
            me = volunteers.me();
        } catch (UserMessageException ex) {
            add(new H1(getTranslation("volunteers.profile.title")));
            Paragraph none = new Paragraph(getTranslation("volunteers.profile.none"));
            none.setId("no-profile");
            add(none);
            return;
        }
        show(me);
    }

    private void show(Volunteer me) {
        removeAll();
        LocalDate today = LocalDate.now(clock.withZone(Zones.STOCKHOLM));
        add(new H1(getTranslation("volunteers.profile.title")));
        add(new Paragraph(getTranslation("volunteers.profile.intro")));
        add(keptByContact(me, today));
        form = new ProfileForm(ProfileForm.Mode.OWN, me, java.util.List.of(), false, volunteers.districtChoices(), today);
        add(form);
        Button save = new Button(getTranslation("action.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-profile");
        add(save);
    }

    private Section keptByContact(Volunteer me, LocalDate today) {
        DescriptionList list = new DescriptionList();
        list.setId("profile-summary");
        String none = getTranslation("volunteers.profile.nothing");
        list.add(term("volunteers.profile.status"), description(getTranslation("volunteers.status." + me.status().name())));
        list.add(term("volunteers.field.organisations"), description(me.organisations().isEmpty() ? none
                : me.organisations().stream().map(NamedRef::name).collect(Collectors.joining(", "))));
        list.add(term("volunteers.field.age"), description(getTranslation("volunteers.age."
                + (me.adultConfirmed() ? "ADULT" : me.youthWalker() ? "YOUTH" : "UNCONFIRMED"))));
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        String qualifications = me.qualifications().stream().map(q -> qualificationText(q, today, format))
                .collect(Collectors.joining("; "));
        list.add(term("volunteers.section.qualifications"), description(qualifications.isEmpty() ? none : qualifications));
        if (me.recordExtractShownOn() != null) {
            list.add(term("volunteers.field.recordExtractShownOn"), description(format.format(me.recordExtractShownOn())));
        }
        Section section = new Section(new H2(getTranslation("volunteers.profile.keptByContact")), list);
        section.addClassName("volunteer-form-section");
        return section;
    }

    private String qualificationText(Qualification q, LocalDate today, DateTimeFormatter format) {
        String kind = getTranslation("volunteers.qualification." + q.kind().name());
        if (q.expiresOn() == null) {
            return getTranslation("volunteers.profile.qualificationSince", kind, format.format(q.obtainedOn()));
        }
        return getTranslation(q.expiredOn(today) ? "volunteers.profile.qualificationExpired"
                : "volunteers.profile.qualificationUntil", kind, format.format(q.obtainedOn()), format.format(q.expiresOn()));
    }

    private DescriptionList.Term term(String key) {
        return new DescriptionList.Term(getTranslation(key));
    }

    private static DescriptionList.Description description(String text) {
        return new DescriptionList.Description(text);
    }

    private void save() {
        if (!form.factsOk()) {
            return;
        }
        try {
            volunteers.updateMine(form.toOwnEdit());
        } catch (UserMessageException ex) {
            String message = getTranslation(ex.messageKey(), ex.arguments());
            form.showError(message);
            Notifications.error(message);
            return;
        }
        Notifications.success(getTranslation("volunteers.profile.saved"));
        show(volunteers.me());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("volunteers.profile.title") + " – " + getTranslation("app.name");
    }
}
