package se.tryggalov.followup.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;

import java.util.List;

/**
 * A plain HTML table with a caption and column headers (read well by screen readers and on paper), in a wrapper
 * that scrolls sideways on a narrow phone instead of widening the page.
 */
final class HtmlTable {

    private final Element table = new Element("table");
    private final Element body = new Element("tbody");

    HtmlTable(String caption, List<String> headers) {
        table.getClassList().add("followup-table");
        table.appendChild(new Element("caption").setText(caption));
        Element head = new Element("thead");
        Element row = new Element("tr");
        for (String header : headers) {
            row.appendChild(new Element("th").setAttribute("scope", "col").setText(header));
        }
        head.appendChild(row);
        table.appendChild(head, body);
    }

    /** A row whose first cell heads it. */
    HtmlTable row(List<String> cells) {
        Element row = new Element("tr");
        for (int i = 0; i < cells.size(); i++) {
            Element cell = i == 0 ? new Element("th").setAttribute("scope", "row") : new Element("td");
            row.appendChild(cell.setText(cells.get(i)));
        }
        body.appendChild(row);
        return this;
    }

    /** A row with a component (a button) in its last cell. */
    HtmlTable row(List<String> cells, Component... last) {
        row(cells);
        Element cell = new Element("td");
        for (Component c : last) {
            cell.appendChild(c.getElement());
        }
        body.getChild(body.getChildCount() - 1).appendChild(cell);
        return this;
    }

    boolean isEmpty() {
        return body.getChildCount() == 0;
    }

    Component component(String id) {
        Div wrapper = new Div();
        wrapper.addClassName("followup-table-wrapper");
        wrapper.setId(id);
        // the wrapper scrolls: keyboard users must be able to reach it (axe: scrollable-region-focusable)
        wrapper.getElement().setAttribute("tabindex", "0");
        wrapper.getElement().setAttribute("role", "region");
        wrapper.getElement().setAttribute("aria-label", table.getChild(0).getText());
        wrapper.getElement().appendChild(table);
        return wrapper;
    }
}
