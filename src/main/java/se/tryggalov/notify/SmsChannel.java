package se.tryggalov.notify;

/**
 * The second channel: a short text to a phone. No gateway is wired; a Swedish SMS gateway implements this
 * interface as a bean and replaces {@link LoggedSms}.
 */
public interface SmsChannel {

    /**
     * Sends (or queues) a text.
     *
     * @return null when it went out, else why not (shown as the notification's skip reason)
     */
    String send(String phone, String text);
}
