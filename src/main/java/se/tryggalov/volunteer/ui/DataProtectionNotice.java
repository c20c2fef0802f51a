package se.tryggalov.volunteer.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;

/** The short data-protection notice a person reads before their account is made: what is stored, why, for how long. */
class DataProtectionNotice extends Section {

    DataProtectionNotice() {
        addClassName("data-protection-notice");
        setId("data-protection-notice");
        H2 heading = new H2(getTranslation("volunteers.notice.title"));
        heading.setId("data-protection-heading");
        getElement().setAttribute("aria-labelledby", "data-protection-heading");
        add(heading, new Paragraph(getTranslation("volunteers.notice.intro")));
        UnorderedList list = new UnorderedList();
        for (String item : new String[] {"stored", "optional", "never", "who", "rights"}) {
            list.add(new ListItem(getTranslation("volunteers.notice." + item)));
        }
        add(list, new Paragraph(getTranslation("volunteers.notice.controller")));
    }
}
