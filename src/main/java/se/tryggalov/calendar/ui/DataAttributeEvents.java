package se.tryggalov.calendar.ui;

import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.function.SerializableConsumer;
import tools.jackson.databind.JsonNode;

/**
 * One pair of listeners on a container of server-rendered HTML or SVG (hundreds of cells, one server node) that
 * tells the server which child was activated: the nearest ancestor of the event target with a data attribute.
 * Clicks and, for elements that are not native buttons, Enter and Space. The expressions run in the browser with
 * {@code event} and {@code element} in scope, as Flow's event data does.
 */
final class DataAttributeEvents {

    static final String ENTER_OR_SPACE = "event.key === 'Enter' || event.key === ' '";

    private DataAttributeEvents() {
    }

    /** The browser expression whose value is the attribute of the activated element (or null). */
    static String valueExpression(String attribute) {
        return "(event.target.closest && event.target.closest('[" + attribute + "]')) ? event.target.closest('["
                + attribute + "]').getAttribute('" + attribute + "') : null";
    }

    /**
     * For keys: the same, and Space must not also scroll the page. (Flow's own {@code preventDefault()} would
     * apply to every key, Tab included, so it is done here only for Enter and Space on an item.)
     */
    static String keyExpression(String attribute) {
        return "(function(t){ if (t && (" + ENTER_OR_SPACE + ")) { event.preventDefault(); }"
                + " return t ? t.getAttribute('" + attribute + "') : null; })"
                + "(event.target.closest ? event.target.closest('[" + attribute + "]') : null)";
    }

    static void listen(Element container, String attribute, boolean keys, SerializableConsumer<String> handler) {
        String click = valueExpression(attribute);
        container.addEventListener("click", e -> value(e, click, handler)).addEventData(click);
        if (keys) {
            String key = keyExpression(attribute);
            container.addEventListener("keydown", e -> value(e, key, handler)).addEventData(key)
                    .setFilter(ENTER_OR_SPACE);
        }
    }

    private static void value(DomEvent event, String expression, SerializableConsumer<String> handler) {
        JsonNode value = event.getEventData().get(expression);
        if (value != null && value.isString() && !value.asString().isBlank()) {
            handler.accept(value.asString());
        }
    }
}
