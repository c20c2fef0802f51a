package se.tryggalov.calendar.ui;

import se.tryggalov.calendar.BreakKind;
import se.tryggalov.calendar.CalendarItem;
import se.tryggalov.calendar.ItemKind;
import se.tryggalov.calendar.ItemStatus;
import se.tryggalov.calendar.MeetingKind;
import se.tryggalov.calendar.YearPlan;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Draws a school year as the steering group's annual wheel (årshjul): a circle from 1 August (at the top)
 * clockwise to 31 July. From the outside in: the months, the breaks as coloured arcs, key dates as markers
 * coloured and numbered by risk, meetings as ticks, and a line for today. Proposals are drawn lighter and dashed.
 * <p>
 * Pure: a plan, texts and a date in, an SVG string out, so it can be unit-tested and benchmarked. Every item is a
 * focusable element with {@code data-item-id} and an {@code aria-label} holding the text drawn in it; text and
 * strokes use Lumo's custom properties (via classes in {@code app.css}) so the wheel follows light and dark mode.
 */
final class AnnualWheelSvg {

    static final String ITEM_ID = "data-item-id";
    static final String TITLE_ID = "annual-wheel-title";
    static final String DESCRIPTION_ID = "annual-wheel-desc";

    /**
     * Risk colours 0–5. Each keeps at least 3:1 against Lumo's light (white) and dark backgrounds (WCAG 1.4.11) and
     * at least 4.5:1 with black digits on top; the risk is also written as a digit, never shown by colour alone.
     */
    static final List<String> RISK_COLOURS = List.of("#7a869a", "#2f8f83", "#5f8a1e", "#bd8200", "#e4572e", "#e84a7f");

    /** Break colours, with the same contrast guarantees as the risk colours. */
    static final Map<String, String> BREAK_COLOURS = Map.of(
            BreakKind.AUTUMN.name(), "#c0641a",
            BreakKind.CHRISTMAS.name(), "#3f8f4f",
            BreakKind.WINTER_SPORTS.name(), "#3c82c4",
            BreakKind.EASTER.name(), "#a86cc1",
            BreakKind.SUMMER.name(), "#bd8200");
    static final String OTHER_BREAK_COLOUR = "#7a869a";

    private static final double CENTRE = 500;
    private static final double MONTH_OUTER = 495;
    private static final double MONTH_INNER = 448;
    private static final double BREAK_OUTER = 440;
    private static final double BREAK_INNER = 400;
    private static final double BREAK_LABEL = 384;
    private static final double[] KEY_DATE_LANES = {352, 328, 304, 280};
    private static final double MARKER_RADIUS = 11;
    private static final double MEETING_OUTER = 252;
    private static final double MEETING_INNER = 222;
    private static final double TODAY_INNER = 150;

    private final CalendarTexts texts;

    AnnualWheelSvg(CalendarTexts texts) {
        this.texts = texts;
    }

    static String colourOfRisk(int level) {
        return RISK_COLOURS.get(Math.max(0, Math.min(RISK_COLOURS.size() - 1, level)));
    }

    static String colourOfBreak(CalendarItem item) {
        return item.kind() == ItemKind.BREAK ? BREAK_COLOURS.getOrDefault(item.code(), OTHER_BREAK_COLOUR)
                : OTHER_BREAK_COLOUR;
    }

    /** The items the wheel draws: those with at least one day between 1 August and 31 July. */
    static List<CalendarItem> drawnItems(YearPlan plan) {
        return plan.items().stream()
                .filter(i -> !i.lastDay().isBefore(plan.wheelStart()) && !i.firstDay().isAfter(plan.wheelEnd()))
                .toList();
    }

    String render(YearPlan plan, LocalDate today) {
        Geometry g = new Geometry(plan.wheelStart(), plan.wheelEnd());
        List<CalendarItem> items = drawnItems(plan);
        StringBuilder svg = new StringBuilder(32_000);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1000 1000\" class=\"annual-wheel-svg\"")
                .append(" role=\"group\" aria-labelledby=\"").append(TITLE_ID).append("\" aria-describedby=\"")
                .append(DESCRIPTION_ID).append("\">");
        svg.append("<title id=\"").append(TITLE_ID).append("\">")
                .append(esc(texts.t("calendar.wheel.svgTitle", plan.year().label()))).append("</title>");
        long breaks = items.stream().filter(i -> i.kind() == ItemKind.BREAK || i.kind() == ItemKind.DAY_OFF).count();
        long keyDates = items.stream().filter(i -> i.kind() == ItemKind.KEY_DATE).count();
        long meetings = items.stream().filter(i -> i.kind() == ItemKind.MEETING).count();
        svg.append("<desc id=\"").append(DESCRIPTION_ID).append("\">")
                .append(esc(texts.t("calendar.wheel.svgDescription", texts.date(plan.wheelStart()),
                        texts.date(plan.wheelEnd()), breaks, keyDates, meetings)))
                .append("</desc>");

        months(svg, g, plan);
        centre(svg, plan);
        // Items in date order, so that the keyboard goes round the wheel the way the eye does.
        List<CalendarItem> lanesFirst = new ArrayList<>(items);
        lanesFirst.sort(Comparator.comparing(CalendarItem::firstDay).thenComparing(CalendarItem::kind)
                .thenComparingLong(CalendarItem::id));
        double[] laneEnds = new double[KEY_DATE_LANES.length];
        java.util.Arrays.fill(laneEnds, Double.NEGATIVE_INFINITY);
        for (CalendarItem item : lanesFirst) {
            switch (item.kind()) {
                case BREAK, DAY_OFF -> breakArc(svg, g, item);
                case KEY_DATE -> keyDate(svg, g, item, laneEnds);
                case MEETING -> meeting(svg, g, item);
            }
        }
        if (plan.covers(today)) {
            today(svg, g, today);
        }
        svg.append("</svg>");
        return svg.toString();
    }

    // ---- rings ----------------------------------------------------------------------------------------------

    private void months(StringBuilder svg, Geometry g, YearPlan plan) {
        svg.append("<g class=\"wheel-months\" aria-hidden=\"true\">");
        svg.append(circle(CENTRE, CENTRE, MONTH_OUTER, "wheel-face"));
        LocalDate month = plan.wheelStart();
        int index = 0;
        while (!month.isAfter(plan.wheelEnd())) {
            LocalDate next = month.plusMonths(1);
            double a0 = g.angle(month);
            double a1 = g.angle(next);
            svg.append("<path class=\"wheel-month ").append(index % 2 == 0 ? "even" : "odd").append("\" d=\"")
                    .append(sector(a0, a1, MONTH_OUTER, MONTH_INNER)).append("\"/>");
            svg.append(line(a0, MEETING_INNER - 10, MONTH_OUTER, "wheel-month-line"));
            String name = texts.month(month.getMonthValue());
            svg.append(tangentialText((a0 + a1) / 2, (MONTH_OUTER + MONTH_INNER) / 2, name, "wheel-month-name"));
            month = next;
            index++;
        }
        svg.append(circle(CENTRE, CENTRE, MEETING_INNER - 10, "wheel-inner-ring"));
        svg.append("</g>");
    }

    private void centre(StringBuilder svg, YearPlan plan) {
        svg.append("<g class=\"wheel-centre\" aria-hidden=\"true\">");
        svg.append("<text class=\"wheel-year\" x=\"500\" y=\"490\" text-anchor=\"middle\">")
                .append(esc(plan.year().label())).append("</text>");
        svg.append("<text class=\"wheel-subtitle\" x=\"500\" y=\"535\" text-anchor=\"middle\">")
                .append(esc(texts.t("calendar.wheel.centre"))).append("</text>");
        svg.append("</g>");
    }

    private void breakArc(StringBuilder svg, Geometry g, CalendarItem item) {
        double a0 = g.angle(max(item.firstDay(), g.start));
        double a1 = g.angle(min(item.lastDay(), g.end).plusDays(1));
        String colour = colourOfBreak(item);
        openItem(svg, item, "wheel-break");
        svg.append("<path class=\"wheel-shape\" d=\"").append(sector(a0, a1, BREAK_OUTER, BREAK_INNER))
                .append("\" fill=\"").append(colour).append("\" stroke=\"").append(colour).append('"')
                .append(item.status() == ItemStatus.PROPOSED ? " fill-opacity=\"0.35\" stroke-dasharray=\"8 5\"" : "")
                .append("/>");
        if (item.kind() == ItemKind.BREAK) {
            svg.append(tangentialText((a0 + a1) / 2, BREAK_LABEL, texts.name(item), "wheel-break-name"));
        }
        svg.append("</g>");
    }

    private void keyDate(StringBuilder svg, Geometry g, CalendarItem item, double[] laneEnds) {
        double angle = (g.angle(max(item.firstDay(), g.start)) + g.angle(min(item.lastDay(), g.end).plusDays(1))) / 2;
        int lane = 0;
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i < KEY_DATE_LANES.length; i++) {
            double needed = (2 * MARKER_RADIUS + 3) / KEY_DATE_LANES[i];
            if (laneEnds[i] + needed <= angle) {
                lane = i;
                best = -1;
                break;
            }
            if (laneEnds[i] < best) {
                best = laneEnds[i];
                lane = i;
            }
        }
        laneEnds[lane] = angle;
        double r = KEY_DATE_LANES[lane];
        double x = x(angle, r);
        double y = y(angle, r);
        int risk = item.riskLevel() == null ? 0 : item.riskLevel();
        boolean proposed = item.status() == ItemStatus.PROPOSED;
        openItem(svg, item, "wheel-key-date risk-" + risk);
        svg.append("<circle class=\"wheel-shape").append(proposed ? " wheel-proposed-marker" : "").append("\" cx=\"")
                .append(n(x)).append("\" cy=\"").append(n(y)).append("\" r=\"").append(n(MARKER_RADIUS))
                .append("\" stroke=\"").append(colourOfRisk(risk)).append('"')
                .append(proposed ? " stroke-dasharray=\"4 3\"" : " fill=\"" + colourOfRisk(risk) + "\"").append("/>");
        svg.append("<text class=\"wheel-risk").append(proposed ? " proposed" : "").append("\" x=\"").append(n(x))
                .append("\" y=\"").append(n(y)).append("\" text-anchor=\"middle\" dominant-baseline=\"central\">")
                .append(risk).append("</text>");
        svg.append("</g>");
    }

    private void meeting(StringBuilder svg, Geometry g, CalendarItem item) {
        double angle = (g.angle(item.firstDay()) + g.angle(item.firstDay().plusDays(1))) / 2;
        boolean proposed = item.status() == ItemStatus.PROPOSED;
        boolean steering = MeetingKind.STEERING_GROUP.name().equals(item.code());
        openItem(svg, item, "wheel-meeting" + (steering ? " steering" : ""));
        // A wider, invisible target: a 3-unit tick is too thin to hit with a finger.
        svg.append("<circle class=\"wheel-hit\" cx=\"").append(n(x(angle, (MEETING_OUTER + MEETING_INNER) / 2)))
                .append("\" cy=\"").append(n(y(angle, (MEETING_OUTER + MEETING_INNER) / 2)))
                .append("\" r=\"18\"/>");
        svg.append("<line class=\"wheel-shape wheel-tick").append(proposed ? " proposed" : "").append("\" x1=\"")
                .append(n(x(angle, MEETING_INNER))).append("\" y1=\"").append(n(y(angle, MEETING_INNER)))
                .append("\" x2=\"").append(n(x(angle, MEETING_OUTER))).append("\" y2=\"")
                .append(n(y(angle, MEETING_OUTER))).append("\"/>");
        double hx = x(angle, MEETING_INNER);
        double hy = y(angle, MEETING_INNER);
        if (steering) {
            svg.append("<rect class=\"wheel-tick-head").append(proposed ? " proposed" : "").append("\" x=\"")
                    .append(n(hx - 7)).append("\" y=\"").append(n(hy - 7))
                    .append("\" width=\"14\" height=\"14\" transform=\"rotate(45 ").append(n(hx)).append(' ')
                    .append(n(hy)).append(")\"/>");
        } else {
            svg.append("<circle class=\"wheel-tick-head").append(proposed ? " proposed" : "").append("\" cx=\"")
                    .append(n(hx)).append("\" cy=\"").append(n(hy)).append("\" r=\"6\"/>");
        }
        svg.append("</g>");
    }

    private void today(StringBuilder svg, Geometry g, LocalDate today) {
        double angle = (g.angle(today) + g.angle(today.plusDays(1))) / 2;
        String label = texts.t("calendar.wheel.today", texts.date(today));
        svg.append("<g class=\"wheel-today\" role=\"img\" aria-label=\"").append(esc(label)).append("\"><title>")
                .append(esc(label)).append("</title>");
        svg.append(line(angle, TODAY_INNER, MONTH_OUTER, "wheel-today-line"));
        svg.append(circle(x(angle, TODAY_INNER), y(angle, TODAY_INNER), 6, "wheel-today-dot"));
        svg.append("</g>");
    }

    /**
     * Opens an item's group, named by its summary. No {@code <title>} tooltip: it would be text inside the button
     * beside the drawn name or risk digit, and the name would no longer hold the button's text (WCAG 2.5.3); the list
     * beside the wheel shows the same summary.
     */
    private void openItem(StringBuilder svg, CalendarItem item, String classes) {
        String summary = texts.summary(item);
        svg.append("<g class=\"wheel-item ").append(classes)
                .append(item.status() == ItemStatus.PROPOSED ? " proposed" : " confirmed")
                .append("\" tabindex=\"0\" role=\"button\" ").append(ITEM_ID).append("=\"").append(item.id())
                .append("\" aria-label=\"").append(esc(summary)).append("\">");
    }

    // ---- geometry -------------------------------------------------------------------------------------------

    /** Maps dates to angles: 0 at the top (1 August), clockwise, a full turn for the wheel year. */
    private static final class Geometry {
        final LocalDate start;
        final LocalDate end;
        final double days;

        Geometry(LocalDate start, LocalDate end) {
            this.start = start;
            this.end = end;
            this.days = ChronoUnit.DAYS.between(start, end.plusDays(1));
        }

        /** The angle (radians) at the start of the day. */
        double angle(LocalDate date) {
            return 2 * Math.PI * ChronoUnit.DAYS.between(start, date) / days;
        }
    }

    private static double x(double angle, double r) {
        return CENTRE + r * Math.sin(angle);
    }

    private static double y(double angle, double r) {
        return CENTRE - r * Math.cos(angle);
    }

    private static String sector(double a0, double a1, double outer, double inner) {
        String large = a1 - a0 > Math.PI ? "1" : "0";
        if (a1 - a0 >= 2 * Math.PI - 1e-9) {
            a1 = a0 + 2 * Math.PI - 1e-4;
        }
        return "M" + n(x(a0, outer)) + ' ' + n(y(a0, outer))
                + "A" + n(outer) + ' ' + n(outer) + " 0 " + large + " 1 " + n(x(a1, outer)) + ' ' + n(y(a1, outer))
                + "L" + n(x(a1, inner)) + ' ' + n(y(a1, inner))
                + "A" + n(inner) + ' ' + n(inner) + " 0 " + large + " 0 " + n(x(a0, inner)) + ' ' + n(y(a0, inner))
                + "Z";
    }

    private static String line(double angle, double from, double to, String cssClass) {
        return "<line class=\"" + cssClass + "\" x1=\"" + n(x(angle, from)) + "\" y1=\"" + n(y(angle, from))
                + "\" x2=\"" + n(x(angle, to)) + "\" y2=\"" + n(y(angle, to)) + "\"/>";
    }

    private static String circle(double cx, double cy, double r, String cssClass) {
        return "<circle class=\"" + cssClass + "\" cx=\"" + n(cx) + "\" cy=\"" + n(cy) + "\" r=\"" + n(r) + "\"/>";
    }

    /** Text along the ring, turned so that it never stands on its head. */
    private static String tangentialText(double angle, double r, String text, String cssClass) {
        double degrees = Math.toDegrees(angle);
        double rotation = degrees > 90 && degrees < 270 ? degrees + 180 : degrees;
        double x = x(angle, r);
        double y = y(angle, r);
        return "<text class=\"" + cssClass + "\" x=\"" + n(x) + "\" y=\"" + n(y)
                + "\" text-anchor=\"middle\" dominant-baseline=\"central\" transform=\"rotate(" + n(rotation) + ' '
                + n(x) + ' ' + n(y) + ")\">" + esc(text) + "</text>";
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    /** One decimal is plenty in a 1000-unit view box (and much faster than String.format). */
    private static String n(double value) {
        long tenths = Math.round(value * 10);
        long abs = Math.abs(tenths);
        return (tenths < 0 ? "-" : "") + abs / 10 + "." + abs % 10;
    }

    static String esc(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
