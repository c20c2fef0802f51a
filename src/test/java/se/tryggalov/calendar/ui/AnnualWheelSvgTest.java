package se.tryggalov.calendar.ui;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import se.tryggalov.calendar.CalendarItem;
import se.tryggalov.calendar.DayType;
import se.tryggalov.calendar.Holiday;
import se.tryggalov.calendar.ItemKind;
import se.tryggalov.calendar.ItemSource;
import se.tryggalov.calendar.ItemStatus;
import se.tryggalov.calendar.KeyDateKind;
import se.tryggalov.calendar.RiskDefaults;
import se.tryggalov.calendar.SchoolYear;
import se.tryggalov.calendar.TermDates;
import se.tryggalov.calendar.YearPlan;
import se.tryggalov.shared.i18n.Translations;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class AnnualWheelSvgTest {

    private static final Translations TRANSLATIONS = new Translations();
    static final SchoolYear YEAR = SchoolYear.of(2026);

    static CalendarTexts texts(Locale locale) {
        return new CalendarTexts((key, args) -> TRANSLATIONS.getTranslation(key, locale, args), locale);
    }

    static CalendarItem item(long id, ItemKind kind, String code, String title, LocalDate first, LocalDate last,
                             Integer risk, ItemStatus status) {
        boolean meeting = kind == ItemKind.MEETING;
        return new CalendarItem(id, 1, kind, code, title, first, last, risk, meeting ? LocalTime.of(13, 0) : null,
                meeting ? LocalTime.of(14, 30) : null, meeting ? "Tumba" : null, null, status, ItemSource.RULE, null,
                Set.of(), 0);
    }

    /** A small school year 2026/27 in the shape the proposer gives, with proposals and confirmed items. */
    static YearPlan plan() {
        List<CalendarItem> items = new ArrayList<>();
        items.add(item(1, ItemKind.BREAK, "AUTUMN", null, LocalDate.of(2026, 10, 26), LocalDate.of(2026, 10, 30), null,
                ItemStatus.CONFIRMED));
        items.add(item(2, ItemKind.BREAK, "CHRISTMAS", null, LocalDate.of(2026, 12, 19), LocalDate.of(2027, 1, 10),
                null, ItemStatus.PROPOSED));
        items.add(item(3, ItemKind.BREAK, "SUMMER", null, LocalDate.of(2027, 6, 12), LocalDate.of(2027, 8, 17), null,
                ItemStatus.PROPOSED));
        items.add(item(4, ItemKind.KEY_DATE, "WALPURGIS_EVE", null, LocalDate.of(2027, 4, 30),
                LocalDate.of(2027, 4, 30), 5, ItemStatus.CONFIRMED));
        items.add(item(5, ItemKind.KEY_DATE, "BREAK_FRIDAY_OR_SATURDAY", null, LocalDate.of(2026, 10, 30),
                LocalDate.of(2026, 10, 30), 3, ItemStatus.PROPOSED));
        items.add(item(6, ItemKind.KEY_DATE, "HALLOWEEN_WEEKEND", null, LocalDate.of(2026, 10, 31),
                LocalDate.of(2026, 10, 31), 4, ItemStatus.PROPOSED));
        items.add(item(7, ItemKind.MEETING, "COORDINATION", null, LocalDate.of(2026, 10, 6), LocalDate.of(2026, 10, 6),
                null, ItemStatus.PROPOSED));
        items.add(item(8, ItemKind.MEETING, "STEERING_GROUP", null, LocalDate.of(2026, 9, 15),
                LocalDate.of(2026, 9, 15), null, ItemStatus.CONFIRMED));
        items.add(item(9, ItemKind.DAY_OFF, "DAY_OFF", null, LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 20),
                null, ItemStatus.CONFIRMED));
        // Outside the wheel year (the summer break's last weekend falls in August of the next school year).
        items.add(item(10, ItemKind.KEY_DATE, "SUMMER_BREAK_LAST_WEEKEND", null, LocalDate.of(2027, 8, 13),
                LocalDate.of(2027, 8, 13), 3, ItemStatus.PROPOSED));
        return new YearPlan(1, YEAR, TermDates.defaultFor(YEAR), ItemStatus.PROPOSED, items,
                List.of(new Holiday(LocalDate.of(2026, 12, 24), KeyDateKind.CHRISTMAS_EVE, DayType.EVE)),
                RiskDefaults.standard(), 0);
    }

    private static String render(Locale locale, LocalDate today) {
        return new AnnualWheelSvg(texts(locale)).render(plan(), today);
    }

    private static Document parse(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> focusable(Document doc) {
        List<Element> out = new ArrayList<>();
        NodeList groups = doc.getElementsByTagName("g");
        for (int i = 0; i < groups.getLength(); i++) {
            Element g = (Element) groups.item(i);
            if ("0".equals(g.getAttribute("tabindex"))) {
                out.add(g);
            }
        }
        return out;
    }

    @Test
    void drawsOneFocusableLabelledElementPerItemInTheYear() throws Exception {
        Document doc = parse(render(Translations.SWEDISH, LocalDate.of(2026, 11, 23)));

        List<Element> items = focusable(doc);
        assertThat(items).extracting(e -> e.getAttribute(AnnualWheelSvg.ITEM_ID))
                .containsExactlyInAnyOrder("1", "2", "3", "4", "5", "6", "7", "8", "9");
        for (Element item : items) {
            assertThat(item.getAttribute("role")).isEqualTo("button");
            assertThat(item.getAttribute("aria-label")).isNotBlank();
            // WCAG 2.5.3 (axe label-content-name-mismatch): the name holds the text drawn inside the item; a <title>
            // would count as text inside it too and, added to the drawn text, never match the name
            assertThat(item.getElementsByTagName("title").getLength()).isZero();
            String drawn = item.getTextContent().strip();
            assertThat(item.getAttribute("aria-label")).contains(drawn);
        }
        assertThat(label(items, "4")).isEqualTo(
                "Valborgsmässoafton, Riskdatum, 30 april 2027, risk 5 av 5, Bekräftad");
        assertThat(label(items, "1")).isEqualTo(
                "Höstlov, Lov, 26 oktober – 30 oktober 2026 (vecka 44), Bekräftad");
        assertThat(label(items, "7")).isEqualTo(
                "Samordningsmöte, Möte, 6 oktober 2026, 13:00–14:30, Tumba, Förslag");
    }

    @Test
    void theKeyboardGoesRoundTheWheelInDateOrder() throws Exception {
        List<Element> items = focusable(parse(render(Translations.SWEDISH, LocalDate.of(2026, 11, 23))));

        assertThat(items).extracting(e -> e.getAttribute(AnnualWheelSvg.ITEM_ID))
                .containsExactly("8", "7", "1", "5", "6", "9", "2", "4", "3");
    }

    @Test
    void describesItselfWithATitleAndDescriptionInsteadOfBeingOneImage() throws Exception {
        Document doc = parse(render(Translations.SWEDISH, LocalDate.of(2026, 11, 23)));
        Element svg = doc.getDocumentElement();

        assertThat(svg.getAttribute("role")).isNotEqualTo("img");
        assertThat(svg.getAttribute("aria-labelledby")).isEqualTo(AnnualWheelSvg.TITLE_ID);
        assertThat(svg.getElementsByTagName("title").item(0).getTextContent())
                .isEqualTo("Årshjul för läsåret 2026/27");
        assertThat(svg.getElementsByTagName("desc").item(0).getTextContent())
                .contains("1 augusti 2026", "31 juli 2027", "4 lov och lovdagar", "3 riskdatum", "2 möten");
    }

    @Test
    void namesTheMonthsInTheUsersLanguage() {
        String swedish = render(Translations.SWEDISH, LocalDate.of(2026, 11, 23));
        String english = render(Translations.ENGLISH, LocalDate.of(2026, 11, 23));

        assertThat(swedish).contains(">Augusti<", ">Oktober<", ">Maj<", ">Juli<").doesNotContain(">October<");
        assertThat(english).contains(">August<", ">October<", ">May<", ">July<").doesNotContain(">Oktober<");
        assertThat(english).contains("Walpurgis Night, Risk date, 30 April 2027, risk 5 of 5, Confirmed");
        assertThat(swedish).doesNotContain("!calendar.");
        assertThat(english).doesNotContain("!calendar.");
    }

    @Test
    void marksTodayOnlyWhenTodayIsInTheSchoolYear() {
        assertThat(render(Translations.SWEDISH, LocalDate.of(2026, 11, 23)))
                .contains("wheel-today-line", "Idag, 23 november 2026");
        assertThat(render(Translations.SWEDISH, LocalDate.of(2026, 8, 1))).contains("wheel-today-line");
        assertThat(render(Translations.SWEDISH, LocalDate.of(2027, 7, 31))).contains("wheel-today-line");
        assertThat(render(Translations.SWEDISH, LocalDate.of(2026, 7, 31))).doesNotContain("wheel-today");
        assertThat(render(Translations.SWEDISH, LocalDate.of(2027, 8, 1))).doesNotContain("wheel-today");
    }

    @Test
    void drawsProposalsDashedAndLighterAndShowsRiskAsADigit() throws Exception {
        List<Element> items = focusable(parse(render(Translations.SWEDISH, LocalDate.of(2026, 11, 23))));

        Element proposedBreak = byId(items, "2");
        Element confirmedBreak = byId(items, "1");
        assertThat(proposedBreak.getAttribute("class")).contains("proposed");
        assertThat(shape(proposedBreak).getAttribute("stroke-dasharray")).isNotBlank();
        assertThat(shape(proposedBreak).getAttribute("fill-opacity")).isEqualTo("0.35");
        assertThat(shape(confirmedBreak).getAttribute("stroke-dasharray")).isEmpty();

        Element walpurgis = byId(items, "4");
        assertThat(shape(walpurgis).getAttribute("fill")).isEqualTo(AnnualWheelSvg.colourOfRisk(5));
        assertThat(walpurgis.getElementsByTagName("text").item(0).getTextContent()).isEqualTo("5");
        assertThat(shape(byId(items, "6")).getAttribute("stroke-dasharray")).isNotBlank();
    }

    @Test
    void clipsItemsToTheWheelYearAndLeavesOutThoseOutsideIt() {
        assertThat(AnnualWheelSvg.drawnItems(plan())).extracting(CalendarItem::id).doesNotContain(10L).contains(3L);
    }

    @Test
    void escapesTextThatCoordinatorsWrite() throws Exception {
        YearPlan plan = plan();
        List<CalendarItem> items = new ArrayList<>(plan.items());
        items.add(item(11, ItemKind.KEY_DATE, CalendarItem.CUSTOM, "Fest <script>alert('x')</script> & \"mer\"",
                LocalDate.of(2027, 2, 14), LocalDate.of(2027, 2, 14), 2, ItemStatus.CONFIRMED));
        String svg = new AnnualWheelSvg(texts(Translations.SWEDISH)).render(new YearPlan(1, YEAR, plan.terms(),
                plan.termsStatus(), items, plan.holidays(), plan.riskDefaults(), 0), LocalDate.of(2026, 11, 23));

        assertThat(svg).doesNotContain("<script>");
        assertThat(label(focusable(parse(svg)), "11")).startsWith("Fest <script>alert('x')</script> & \"mer\"");
    }

    @Test
    void coloursKeepThreeToOneAgainstLightAndDarkBackgroundsAndCarryBlackDigits() {
        List<String> colours = new ArrayList<>(AnnualWheelSvg.RISK_COLOURS);
        colours.addAll(AnnualWheelSvg.BREAK_COLOURS.values());
        colours.add(AnnualWheelSvg.OTHER_BREAK_COLOUR);
        for (String colour : colours) {
            assertThat(contrast(colour, "#ffffff")).as("%s on Lumo light", colour).isGreaterThanOrEqualTo(3.0);
            // Lumo's dark base colour, hsl(214, 35%, 21%)
            assertThat(contrast(colour, "#233348")).as("%s on Lumo dark", colour).isGreaterThanOrEqualTo(3.0);
            assertThat(contrast(colour, "#000000")).as("black digits on %s", colour).isGreaterThanOrEqualTo(4.5);
        }
    }

    private static String label(List<Element> items, String id) {
        return byId(items, id).getAttribute("aria-label");
    }

    private static Element byId(List<Element> items, String id) {
        return items.stream().filter(e -> id.equals(e.getAttribute(AnnualWheelSvg.ITEM_ID))).findFirst().orElseThrow();
    }

    private static Element shape(Element item) {
        for (String tag : List.of("path", "circle", "line")) {
            NodeList nodes = item.getElementsByTagName(tag);
            for (int i = 0; i < nodes.getLength(); i++) {
                Element e = (Element) nodes.item(i);
                if (e.getAttribute("class").contains("wheel-shape")) {
                    return e;
                }
            }
        }
        throw new AssertionError("no shape");
    }

    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            c[i] = v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }
}
