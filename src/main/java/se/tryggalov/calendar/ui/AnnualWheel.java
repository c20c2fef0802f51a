package se.tryggalov.calendar.ui;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.function.SerializableConsumer;
import se.tryggalov.calendar.YearPlan;

import java.time.LocalDate;

/**
 * The annual wheel as a component: the SVG from {@link AnnualWheelSvg} in one element, and the item a user
 * clicks or activates with Enter or Space reported back by id.
 */
class AnnualWheel extends Div {

    /** The width below which the wheel is a picture only (about where Lumo's phone layout starts). */
    static final String PHONE_QUERY = "(max-width: 40em)";

    private static final String PHONE_PICTURE_ONLY = """
            const el = this;
            if (!el.__phoneQuery) {
              el.__phoneQuery = window.matchMedia('%s');
              const apply = () => el.toggleAttribute('inert', el.__phoneQuery.matches);
              el.__phoneQuery.addEventListener('change', apply);
              apply();
            }""".formatted(PHONE_QUERY);

    private final Svg svg = new Svg();
    private String current = "";

    AnnualWheel(SerializableConsumer<Long> onItem) {
        addClassName("annual-wheel");
        svg.addClassName("annual-wheel-canvas");
        svg.setId("annual-wheel");
        add(svg);
        // On a phone the wheel's markers are a few pixels wide, too small to tap (WCAG 2.5.8 asks for 24 px): there
        // the wheel is a picture only (inert: out of the tab and tap order and of the accessibility tree) and the
        // list beside it, which holds every item as a full-width button, is the way in.
        svg.getElement().executeJs(PHONE_PICTURE_ONLY);
        DataAttributeEvents.listen(svg.getElement(), AnnualWheelSvg.ITEM_ID, true, id -> {
            try {
                onItem.accept(Long.parseLong(id));
            } catch (NumberFormatException ignored) {
                // not one of ours: ignore
            }
        });
    }

    void show(YearPlan plan, CalendarTexts texts, LocalDate today) {
        current = new AnnualWheelSvg(texts).render(plan, today);
        svg.setSvg(current);
    }

    /** The SVG as last drawn. */
    String svg() {
        return current;
    }

    Svg canvas() {
        return svg;
    }
}
