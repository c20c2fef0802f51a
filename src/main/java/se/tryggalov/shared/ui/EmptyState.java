package se.tryggalov.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/**
 * What a list or page with nothing to show says instead: what is missing and where to go next ("Inga volontärer
 * än. Bjud in en volontär eller importera en lista."). Give it to a grid as its empty state
 * ({@code grid.setEmptyStateComponent(...)}) or show it in place of a list.
 */
public class EmptyState extends Div {

    private final Div links = new Div();

    public EmptyState(String message) {
        addClassName("empty-state");
        Paragraph text = new Paragraph(message);
        text.addClassName("empty-state-text");
        links.addClassName("empty-state-links");
        links.setVisible(false);
        add(text, links);
    }

    /** A link to where the next step is taken (a route such as {@code "volunteers/invite"}). */
    public EmptyState link(String text, String route) {
        Anchor anchor = new Anchor(route, text);
        anchor.addClassName("empty-state-link");
        return action(anchor);
    }

    /** Any other next step: a button that opens a dialog. */
    public EmptyState action(Component component) {
        links.add(component);
        links.setVisible(true);
        return this;
    }
}
