package se.tryggalov.shared.i18n;

/**
 * A failure the user caused and can fix: it carries a translation key (and its arguments) instead of text,
 * so the view can show it in the user's language. Services throw it before changing any data.
 */
public class UserMessageException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public UserMessageException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
