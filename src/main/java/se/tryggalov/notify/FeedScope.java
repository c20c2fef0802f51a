package se.tryggalov.notify;

/** What a shared calendar feed is of: an organisation (for its contact persons) or a venue (who covers it). */
public enum FeedScope {
    ORGANISATION("organisation"),
    VENUE("venue");

    private final String path;

    FeedScope(String path) {
        this.path = path;
    }

    /** The feed's address before the secret: {@code feeds/organisation/} or {@code feeds/venue/}. */
    public String path() {
        return "feeds/" + path + "/";
    }

    /** The scope of an address's path segment; null for anything else. */
    static FeedScope ofPath(String segment) {
        for (FeedScope scope : values()) {
            if (scope.path.equals(segment)) {
                return scope;
            }
        }
        return null;
    }
}
