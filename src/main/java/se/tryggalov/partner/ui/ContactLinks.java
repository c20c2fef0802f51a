package se.tryggalov.partner.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import se.tryggalov.partner.Contact;

/**
 * A contact person's phone and e-mail as links a phone can call or write to, named for screen readers
 * ("Ring Anna Berg, 070-174 00 10").
 */
public final class ContactLinks {

    private static final String TEL = "tel:";
    private static final String MAILTO = "mailto:";

    private ContactLinks() {
    }

    public static Component phone(Component owner, Contact contact) {
        if (contact.phone() == null) {
            return new Span();
        }
        Anchor link = new Anchor();
        link.setHref(TEL + contact.phone().replace("(0)", "").replaceAll("[^0-9+]", ""));
        link.setText(contact.phone());
        link.getElement().setAttribute("aria-label",
                owner.getTranslation("partners.contacts.callName", contact.name()) + ", " + contact.phone());
        link.addClassName("contact-link");
        return link;
    }

    public static Component email(Component owner, Contact contact) {
        if (contact.email() == null) {
            return new Span();
        }
        Anchor link = new Anchor();
        link.setHref(MAILTO + contact.email());
        link.setText(contact.email());
        link.getElement().setAttribute("aria-label",
                owner.getTranslation("partners.contacts.mailName", contact.name()) + ", " + contact.email());
        link.addClassName("contact-link");
        return link;
    }
}
