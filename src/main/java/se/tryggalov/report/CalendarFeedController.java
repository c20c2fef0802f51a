package se.tryggalov.report;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.tryggalov.calendar.CalendarService;
import se.tryggalov.calendar.SchoolYear;
import se.tryggalov.shared.i18n.Translations;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The year plan as a calendar subscription. The secret token in the address is the only key (phone calendars
 * cannot sign in), which is fine because the plan holds no personal data; renewing the token ends old links.
 * The security configuration lets {@code /feeds/**} through without signing in.
 */
@RestController
class CalendarFeedController {

    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);
    static final String FILE_NAME = "trygga-lov.ics";

    private final CalendarService calendar;
    private final CalendarIcs ics;

    CalendarFeedController(CalendarService calendar, CalendarIcs ics) {
        this.calendar = calendar;
        this.ics = ics;
    }

    /** Swedish unless {@code ?lang=en}. */
    @GetMapping("/feeds/calendar/{token}.ics")
    ResponseEntity<String> calendar(@PathVariable String token, @RequestParam(required = false) String lang) {
        return calendar.plansForFeed(token)
                .map(plans -> ResponseEntity.ok()
                        .contentType(TEXT_CALENDAR)
                        .cacheControl(CacheControl.maxAge(CalendarIcs.REFRESH))
                        .header(HttpHeaders.CONTENT_DISPOSITION,
                                ContentDisposition.inline().filename(FILE_NAME).build().toString())
                        .body(ics.write(plans, Translations.fromTag(lang))))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    /** A one-off download of one school year for signed-in users (any path outside /feeds needs a login). */
    @GetMapping("/exports/calendar/{startYear}.ics")
    ResponseEntity<String> download(@PathVariable int startYear, @RequestParam(required = false) String lang) {
        if (!SchoolYear.isPlannable(startYear)) {
            return ResponseEntity.notFound().build();
        }
        SchoolYear year = SchoolYear.of(startYear);
        return calendar.plan(year)
                .map(plan -> ResponseEntity.ok()
                        .contentType(TEXT_CALENDAR)
                        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                                .filename("trygga-lov-" + year.label().replace('/', '-') + ".ics").build().toString())
                        .body(ics.write(List.of(plan), Translations.fromTag(lang))))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
