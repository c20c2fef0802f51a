package se.tryggalov.report;

import org.junit.jupiter.api.Test;
import se.tryggalov.calendar.CalendarImportParser;
import se.tryggalov.calendar.CalendarItem;
import se.tryggalov.calendar.ImportParseResult;
import se.tryggalov.calendar.ItemDraft;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What the export writes, the import reads back as the very same drafts. */
class CalendarIcsRoundTripTest {

    @Test
    void everyItemComesBackAsTheDraftItWasMadeFrom() {
        List<CalendarItem> items = CalendarFixtures.items();
        String ics = CalendarIcs.write(List.of(CalendarFixtures.plan(items)), CalendarFixtures::summary,
                "Årshjul – Botkyrka", CalendarIcsTest.STAMP);

        ImportParseResult result = CalendarImportParser.parse("trygga-lov.ics", ics.getBytes(StandardCharsets.UTF_8));

        assertThat(result.errors()).isEmpty();
        // YearPlan sorts its items by first day; the export follows that order.
        List<ItemDraft> expected = CalendarFixtures.plan(items).items().stream().map(ItemDraft::of).toList();
        assertThat(result.drafts()).containsExactlyElementsOf(expected);
        assertThat(result.drafts()).extracting(ItemDraft::title).contains("Fotbollsturnering, Alby").containsNull();
        assertThat(result.lines()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
    }

    @Test
    void summariesWithTranslatedNamesDoNotBecomeTitles() {
        String ics = CalendarIcs.write(List.of(CalendarFixtures.plan()), item -> "Namn på svenska", "x",
                CalendarIcsTest.STAMP);

        ImportParseResult result = CalendarImportParser.parseIcs(ics);

        assertThat(result.drafts()).filteredOn(d -> !"CUSTOM".equals(d.code()))
                .extracting(ItemDraft::title).doesNotContain("Namn på svenska");
        assertThat(result.drafts()).filteredOn(d -> "CUSTOM".equals(d.code()))
                .extracting(ItemDraft::title).containsExactlyInAnyOrder("Fotbollsturnering, Alby",
                        "Uppstart med föreningar");
    }
}
