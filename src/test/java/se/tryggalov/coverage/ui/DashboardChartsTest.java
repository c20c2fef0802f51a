package se.tryggalov.coverage.ui;

import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.dom.Element;
import org.junit.jupiter.api.Test;
import se.tryggalov.IntegrationTest;
import se.tryggalov.KaribuViewTest;
import se.tryggalov.security.Role;
import se.tryggalov.shared.ui.Chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard's charts on the demo data (the coming break): each is an aria-hidden {@code <tl-chart>} next to a
 * table with the same figures; the heat map's chart labels are exactly the heat-map table's cells, in order.
 */
@IntegrationTest
class DashboardChartsTest extends KaribuViewTest {

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> series(Chart chart) {
        return (List<Map<String, Object>>) chart.option().get("series");
    }

    private static List<Element> descendants(Element root, Predicate<Element> wanted) {
        List<Element> found = new ArrayList<>();
        root.getChildren().filter(child -> !child.isTextNode()).forEach(child -> {
            if (wanted.test(child)) {
                found.add(child);
            }
            found.addAll(descendants(child, wanted));
        });
        return found;
    }

    private static List<List<String>> bodyRows(NativeTable table) {
        List<List<String>> rows = new ArrayList<>();
        for (Element row : descendants(table.getElement(), e -> e.getTag().equals("tr")
                && e.getParent().getTag().equals("tbody"))) {
            rows.add(row.getChildren().map(Element::getText).toList());
        }
        return rows;
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyChartIsHiddenFromScreenReadersAndItsTableHasTheSameFigures() {
        signInAs("coordinator", Role.COORDINATOR);
        navigateTo(DashboardView.class);

        Chart heatChart = _get(Chart.class, s -> s.withId("heat-chart"));
        assertThat(heatChart.isVisible()).isTrue();
        assertThat(heatChart.getElement().getTag()).isEqualTo("tl-chart");
        assertThat(heatChart.getElement().getAttribute("aria-hidden")).isEqualTo("true");
        assertThat(heatChart.getElement().getAttribute("option")).contains("\"heatmap\"");
        List<String> chartLabels = ((List<Map<String, Object>>) series(heatChart).getFirst().get("data")).stream()
                .map(d -> (String) ((Map<String, Object>) d.get("label")).get("formatter")).toList();
        NativeTable heatTable = _get(NativeTable.class, s -> s.withClasses("heat-map"));
        List<String> tableCells = descendants(heatTable.getElement(), e -> e.getTag().equals("td")
                && e.getClassList().contains("heat")).stream().map(Element::getText).toList();
        assertThat(tableCells).isNotEmpty();
        assertThat(chartLabels).containsExactlyElementsOf(tableCells);
        // rows are evenings, columns districts, in the table's order
        List<String> days = (List<String>) ((Map<String, Object>) heatChart.option().get("yAxis")).get("data");
        assertThat(days).containsExactlyElementsOf(bodyRows(heatTable).stream().map(List::getFirst).toList());

        Chart contributionChart = _get(Chart.class, s -> s.withId("contribution-chart"));
        List<List<String>> contributions = bodyRows(_get(NativeTable.class, s -> s.withId("contributions")));
        assertThat(contributions).isNotEmpty();
        assertThat(contributionChart.getElement().getAttribute("aria-hidden")).isEqualTo("true");
        assertThat(((List<Object>) series(contributionChart).get(1).get("data")).stream().map(String::valueOf))
                .as("evenings per organisation").containsExactlyElementsOf(contributions.stream()
                        .map(r -> r.get(1)).toList());

        Chart fairnessChart = _get(Chart.class, s -> s.withId("fairness-chart"));
        List<List<String>> spread = bodyRows(_get(NativeTable.class, s -> s.withId("fairness-table")));
        assertThat(((List<Object>) series(fairnessChart).getFirst().get("data")).stream().map(String::valueOf))
                .containsExactlyElementsOf(spread.stream().map(r -> r.get(1)).toList());

        Chart growthChart = _get(Chart.class, s -> s.withId("growth-chart"));
        List<List<String>> growth = bodyRows(_get(NativeTable.class, s -> s.withId("growth-table")));
        List<List<Object>> points = (List<List<Object>>) series(growthChart).getFirst().get("data");
        assertThat(growth).hasSize(points.size()).hasSizeGreaterThan(1);
        // the table lists the newest day first, the chart runs from the oldest
        assertThat(growth.reversed().stream().map(r -> r.get(1) + " " + r.get(3)).toList())
                .containsExactlyElementsOf(points.stream().map(p -> p.get(0) + " " + p.get(1) + " %").toList());
    }
}
