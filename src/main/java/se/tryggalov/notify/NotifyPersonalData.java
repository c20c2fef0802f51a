package se.tryggalov.notify;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.tryggalov.shared.privacy.PersonRef;

/**
 * The notify feature's part of a person's data: their calendar-feed address and what it last said, the
 * notifications sent to them and their choices. For the privacy feature only, which checks the caller's rights (see
 * ArchitectureTest). An anonymised account's feed address must stop, not only answer 404 because the account is
 * locked.
 */
@Component
public class NotifyPersonalData {

    private final PersonalFeedRepository feeds;
    private final NotificationRepository notifications;
    private final ScopeFeedRepository scopeFeeds;

    NotifyPersonalData(PersonalFeedRepository feeds, NotificationRepository notifications,
                       ScopeFeedRepository scopeFeeds) {
        this.feeds = feeds;
        this.notifications = notifications;
        this.scopeFeeds = scopeFeeds;
    }

    @Transactional
    public int delete(PersonRef person) {
        return feeds.deleteToken(person.userId()) + feeds.deleteEvents(person.userId())
                + notifications.deleteFor(person.userId()) + scopeFeeds.deleteTokens(person.userId());
    }
}
