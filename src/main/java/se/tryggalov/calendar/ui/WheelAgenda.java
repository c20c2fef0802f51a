package se.tryggalov.calendar.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.function.SerializableConsumer;
import se.tryggalov.calendar.CalendarItem;
import se.tryggalov.calendar.ItemStatus;
import se.tryggalov.calendar.YearPlan;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The wheel's information as a list in date order, month by month, so that the wheel is never the only way to
 * read the year: each entry is a native button (keyboard and screen readers for free) that opens the item.
 */
class WheelAgenda extends Div {

    private final Element months = new Element("div");

    WheelAgenda(SerializableConsumer<Long> onItem) {
        addClassName("wheel-agenda");
        setId("wheel-agenda");
        H2 heading = new H2(getTranslation("calendar.wheel.listHeading"));
        heading.setId("wheel-agenda-heading");
        add(heading);
        getElement().setAttribute("aria-labelledby", "wheel-agenda-heading");
        getElement().appendChild(months);
        DataAttributeEvents.listen(months, AnnualWheelSvg.ITEM_ID, false, id -> onItem.accept(Long.parseLong(id)));
    }

    void show(YearPlan plan, CalendarTexts texts) {
        months.removeAllChildren();
        Map<YearMonth, List<CalendarItem>> byMonth = new LinkedHashMap<>();
        for (CalendarItem item : plan.items()) {
            byMonth.computeIfAbsent(YearMonth.from(item.firstDay()), m -> new java.util.ArrayList<>()).add(item);
        }
        if (byMonth.isEmpty()) {
            months.appendChild(new Element("p").setText(texts.t("calendar.list.empty")));
        }
        byMonth.forEach((month, items) -> {
            months.appendChild(new Element("h3").setText(texts.month(month.getMonthValue()) + " " + month.getYear()));
            Element list = new Element("ul");
            list.getClassList().add("wheel-agenda-list");
            for (CalendarItem item : items) {
                Element button = new Element("button");
                button.setAttribute("type", "button");
                button.setAttribute(AnnualWheelSvg.ITEM_ID, String.valueOf(item.id()));
                // Named by its content (WCAG 2.5.3: the name holds every word the eye reads); the kind, which the list
                // shows only by the item's place, is added for screen readers.
                button.getClassList().add("wheel-agenda-item");
                button.getClassList().add("kind-" + item.kind().name().toLowerCase(java.util.Locale.ROOT));
                Element when = new Element("span").setText(texts.shortDates(item));
                when.getClassList().add("agenda-dates");
                Element what = new Element("span").setText(texts.name(item));
                what.getClassList().add("agenda-name");
                Element kind = new Element("span").setText(", " + texts.kind(item.kind()));
                kind.getClassList().add("visually-hidden");
                button.appendChild(when, what, kind);
                if (item.riskLevel() != null) {
                    Element risk = new Element("span").setText(texts.risk(item.riskLevel()));
                    risk.getClassList().add("risk-tag");
                    risk.getClassList().add("risk-" + item.riskLevel());
                    button.appendChild(risk);
                }
                String timeAndPlace = texts.timeAndPlace(item);
                if (!timeAndPlace.isEmpty()) {
                    Element meeting = new Element("span").setText(timeAndPlace);
                    meeting.getClassList().add("agenda-meta");
                    button.appendChild(meeting);
                }
                Element status = new Element("span").setText(texts.status(item.status()));
                status.getClassList().add(item.status() == ItemStatus.PROPOSED ? "status-proposed" : "status-confirmed");
                status.getClassList().add("status-tag");
                button.appendChild(status);
                list.appendChild(new Element("li").appendChild(button));
            }
            months.appendChild(list);
        });
    }
}
