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

    private final Svg svg = new Svg();
    private String current = "";

    AnnualWheel(SerializableConsumer<Long> onItem) {
        addClassName("annual-wheel");
        svg.addClassName("annual-wheel-canvas");
        svg.setId("annual-wheel");
        add(svg);
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
