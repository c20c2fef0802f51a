package se.tryggalov.shared.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.page.Page;
import tools.jackson.databind.json.JsonMapper;

import java.util.Map;

/**
 * A chart drawn by Apache ECharts (Apache-2.0) in the browser: the {@code <tl-chart>} element of
 * {@code META-INF/resources/scripts/tl-chart.js}, the one place the library is wrapped. ECharts comes as a WebJar from
 * Maven Central ({@code org.webjars.npm:echarts}) whose self-contained {@code dist/echarts.min.js} the servlet
 * container serves: no npm package, no front-end bundle, no Node in any build. Both scripts are added to the page when
 * the first chart attaches (Vaadin loads a page's scripts once each, in order).
 * <p>
 * The server gives the ECharts option as a map (sent as JSON); the element draws SVG into a child it creates, follows
 * its width, takes the theme's text colour and font, and prints. A chart is decoration: it is {@code aria-hidden}, so
 * the page must show the same figures as a table or text next to it. {@link #option()} keeps what was sent, for
 * browserless tests.
 */
@Tag("tl-chart")
public class Chart extends Component {

    /** The Apache ECharts release (the WebJar's version in pom.xml). */
    public static final String ECHARTS_VERSION = "5.3.1";
    static final String ECHARTS_SCRIPT = "context://webjars/echarts/" + ECHARTS_VERSION + "/dist/echarts.min.js";
    static final String ELEMENT_SCRIPT = "context://scripts/tl-chart.js";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Map<String, Object> option = Map.of();

    /** A chart of this height in CSS pixels (the width follows the page). */
    public Chart(int heightPx) {
        getElement().setAttribute("aria-hidden", "true");
        setHeight(heightPx);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        Page page = event.getUI().getPage();
        page.addJavaScript(ECHARTS_SCRIPT);
        page.addJavaScript(ELEMENT_SCRIPT);
    }

    public void setHeight(int heightPx) {
        getElement().getStyle().set("--tl-chart-height", Math.max(80, heightPx) + "px");
    }

    /** Draws the chart: an ECharts option (maps, lists, strings, numbers and booleans only, no nulls). */
    public void setOption(Map<String, Object> option) {
        this.option = Map.copyOf(option);
        getElement().setAttribute("option", JSON.writeValueAsString(option));
    }

    /** The option last sent to the browser. */
    public Map<String, Object> option() {
        return option;
    }
}
