package se.tryggalov.notify;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.tryggalov.shared.i18n.Translations;

import java.nio.charset.StandardCharsets;

/**
 * A person's calendar subscription under {@code /feeds/} (open without signing in: the secret is the key; the
 * security configuration lets {@code /feeds/**} through) and a one-off .ics of one of the signed-in person's
 * shifts. The secret is never logged: it appears only in the path, which nothing here writes anywhere.
 */
@RestController
class PersonalFeedController {

    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final PersonalFeedService feeds;
    private final ScopeFeedService scopeFeeds;

    PersonalFeedController(PersonalFeedService feeds, ScopeFeedService scopeFeeds) {
        this.feeds = feeds;
        this.scopeFeeds = scopeFeeds;
    }

    /** An organisation's or a venue's feed: the same answers as the personal feed. */
    @GetMapping("/feeds/{scope:organisation|venue}/{secret}.ics")
    ResponseEntity<String> scopeFeed(@PathVariable String scope, @PathVariable String secret,
                                     @RequestParam(required = false) String lang) {
        FeedScope feedScope = FeedScope.ofPath(scope);
        return scopeFeeds.feed(feedScope, secret, Translations.fromTag(lang))
                .map(ics -> ResponseEntity.ok()
                        .contentType(TEXT_CALENDAR)
                        .cacheControl(CacheControl.maxAge(FeedIcs.REFRESH).cachePrivate())
                        .header("Referrer-Policy", "no-referrer")
                        .header(HttpHeaders.CONTENT_DISPOSITION,
                                ContentDisposition.inline().filename(scope + ".ics").build().toString())
                        .body(ics))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    /** Swedish unless {@code ?lang=en}; 404 for an unknown, revoked or malformed secret alike. */
    @GetMapping("/" + PersonalFeedService.FEED_PATH + "{secret}.ics")
    ResponseEntity<String> feed(@PathVariable String secret, @RequestParam(required = false) String lang) {
        return feeds.feed(secret, Translations.fromTag(lang))
                .map(ics -> ResponseEntity.ok()
                        .contentType(TEXT_CALENDAR)
                        .cacheControl(CacheControl.maxAge(FeedIcs.REFRESH).cachePrivate())
                        .header("Referrer-Policy", "no-referrer")
                        .header(HttpHeaders.CONTENT_DISPOSITION,
                                ContentDisposition.inline().filename("mina-pass.ics").build().toString())
                        .body(ics))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    /** One of the caller's shifts as a file to open in a calendar app. */
    @GetMapping("/" + PersonalFeedService.SHIFT_PATH + "{shiftId}.ics")
    ResponseEntity<String> shift(@PathVariable String shiftId, @RequestParam(required = false) String lang) {
        long id;
        try {
            id = Long.parseLong(shiftId);
        } catch (NumberFormatException e) {
            return ResponseEntity.notFound().build();
        }
        return feeds.oneShift(id, Translations.fromTag(lang))
                .map(ics -> ResponseEntity.ok()
                        .contentType(TEXT_CALENDAR)
                        .cacheControl(CacheControl.noStore())
                        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                                .filename("pass-" + id + ".ics").build().toString())
                        .body(ics))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
