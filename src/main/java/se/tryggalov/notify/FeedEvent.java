package se.tryggalov.notify;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * One VEVENT of a personal feed, already in words (the recipient's language).
 *
 * @param status CONFIRMED, TENTATIVE (a proposal, an offer, a sign-up waiting for approval) or CANCELLED
 */
record FeedEvent(String uid, int sequence, Instant lastModified, ZonedDateTime start, ZonedDateTime end,
                 String summary, String location, List<String> description, Status status) {

    enum Status { CONFIRMED, TENTATIVE, CANCELLED }
}
