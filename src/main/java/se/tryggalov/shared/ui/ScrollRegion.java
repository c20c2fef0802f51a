package se.tryggalov.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * A wide table or grid that scrolls sideways inside its own region on a phone instead of widening the page (issue
 * #20): the region is a keyboard stop (WCAG 2.1.1; axe "scrollable-region-focusable") named by the given label,
 * shows a shadow at the edge that has more to see, and on a narrow screen a line "swipe sideways to see more" above
 * it ({@code app.css}, section "Phone widths").
 */
public final class ScrollRegion extends Div {

    private final Div viewport = new Div();

    /** Wraps the content; the label names the region for screen readers (say what the table shows). */
    public ScrollRegion(String label, Component... content) {
        addClassName("scroll-region-wrapper");
        mark(viewport, label);
        viewport.add(content);
        add(hint(), viewport);
    }

    /** The scrolling element (the keyboard stop). */
    public Div viewport() {
        return viewport;
    }

    /** Makes an element that already scrolls sideways a named keyboard stop with the edge shadows. */
    public static void mark(HasElement scroller, String label) {
        scroller.getElement().getClassList().add("scroll-region");
        scroller.getElement().setAttribute("tabindex", "0");
        scroller.getElement().setAttribute("role", "region");
        scroller.getElement().setAttribute("aria-label", label);
    }

    /** The "swipe sideways to see more" line, shown on narrow screens only; hidden from screen readers. */
    public static Span hint() {
        Span hint = new Span();
        hint.setText(hint.getTranslation("layout.scroll.hint"));
        hint.addClassName("scroll-region-hint");
        hint.getElement().setAttribute("aria-hidden", "true");
        return hint;
    }
}
