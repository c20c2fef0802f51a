package se.tryggalov.shared.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;

import java.util.Optional;

/**
 * Reads a record id from an address such as {@code /volunteers/42}. Anything that is not a positive whole number
 * that fits a {@code long} ("abc", "-1", twenty digits) is treated like an id that does not exist, so every page
 * answers a mistyped or tampered address with the same "page not found" inside the menu, never an error.
 */
public final class RouteIds {

    private RouteIds() {
    }

    /** The id in route parameter {@code name}, or empty when it is missing or malformed. */
    public static Optional<Long> id(BeforeEnterEvent event, String name) {
        return event.getRouteParameters().get(name).flatMap(RouteIds::parse);
    }

    static Optional<Long> parse(String text) {
        // only plain digits: Long.parseLong would also accept "+42"
        if (text.isEmpty() || text.length() > 18 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        long id = Long.parseLong(text);
        return id > 0 ? Optional.of(id) : Optional.empty();
    }

    /** Shows the not-found page (inside the menu) instead of the requested one. */
    public static void notFound(BeforeEnterEvent event) {
        event.rerouteToError(NotFoundException.class);
    }
}
