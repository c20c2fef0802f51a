package se.tryggalov.calendar.ui;

import se.tryggalov.calendar.DayInfo;
import se.tryggalov.calendar.DayType;
import se.tryggalov.calendar.RiskLevel;
import se.tryggalov.calendar.YearPlan;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;

/**
 * The year view's HTML: twelve month tables, August to July, weeks from Monday with ISO week numbers. Each day is
 * a native button with an accessible name (date, day type, risk, what falls on it) and {@code data-date}; one
 * listener on the container finds out which was pressed. About 365 cells as one string: light on the server.
 */
final class YearCalendar {

    static final String DATE = "data-date";

    private final CalendarTexts texts;

    YearCalendar(CalendarTexts texts) {
        this.texts = texts;
    }

    String render(YearPlan plan, LocalDate today) {
        StringBuilder html = new StringBuilder(120_000);
        html.append("<div class=\"year-months\">");
        YearMonth month = YearMonth.from(plan.wheelStart());
        YearMonth last = YearMonth.from(plan.wheelEnd());
        while (!month.isAfter(last)) {
            month(html, plan, month, today);
            month = month.plusMonths(1);
        }
        html.append("</div>");
        return html.toString();
    }

    private void month(StringBuilder html, YearPlan plan, YearMonth month, LocalDate today) {
        String caption = texts.month(month.getMonthValue()) + " " + month.getYear();
        html.append("<table class=\"month-table\"><caption>").append(esc(caption)).append("</caption><thead><tr>")
                .append("<th scope=\"col\" class=\"week-no\"><abbr title=\"").append(esc(texts.t("calendar.year.week")))
                .append("\">").append(esc(texts.t("calendar.year.weekShort"))).append("</abbr></th>");
        for (DayOfWeek day : DayOfWeek.values()) {
            html.append("<th scope=\"col\"><abbr title=\"").append(esc(texts.weekday(day))).append("\">")
                    .append(esc(texts.weekdayShort(day))).append("</abbr></th>");
        }
        html.append("</tr></thead><tbody>");
        LocalDate first = month.atDay(1);
        LocalDate cursor = first.minusDays(first.getDayOfWeek().getValue() - 1L);
        LocalDate end = month.atEndOfMonth();
        while (!cursor.isAfter(end)) {
            html.append("<tr><th scope=\"row\" class=\"week-no\">").append(texts.isoWeek(cursor)).append("</th>");
            for (int i = 0; i < 7; i++) {
                LocalDate date = cursor.plusDays(i);
                if (date.getMonthValue() != month.getMonthValue()) {
                    html.append("<td></td>");
                } else {
                    day(html, plan.day(date), date.equals(today));
                }
            }
            html.append("</tr>");
            cursor = cursor.plusWeeks(1);
        }
        html.append("</tbody></table>");
    }

    private void day(StringBuilder html, DayInfo day, boolean today) {
        String type = typeClass(day.dayType());
        String label = texts.daySummary(day) + (today ? ", " + texts.t("calendar.today") : "");
        html.append("<td><button type=\"button\" class=\"day type-").append(type).append(" risk-")
                .append(day.riskLevel()).append(today ? " today" : "")
                .append(day.items().isEmpty() ? "" : " has-items").append("\" ").append(DATE).append("=\"")
                .append(day.date()).append("\" aria-label=\"").append(esc(label)).append("\" title=\"")
                .append(esc(label)).append('"').append(today ? " aria-current=\"date\"" : "").append('>')
                .append(day.date().getDayOfMonth());
        if (RiskLevel.isRaised(day.riskLevel())) {
            html.append("<span class=\"day-risk\" aria-hidden=\"true\">").append(day.riskLevel()).append("</span>");
        }
        html.append("</button></td>");
    }

    /** The CSS class suffix of a day type, shared with the legend. */
    static String typeClass(DayType type) {
        return type.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String esc(String text) {
        return AnnualWheelSvg.esc(text);
    }
}
