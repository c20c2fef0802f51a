package se.tryggalov.notify;

/** Whether a person gets one kind of notification by e-mail and by SMS. */
public record Preference(boolean email, boolean sms) {

    /** Without a choice: e-mail, no SMS. */
    public static final Preference DEFAULT = new Preference(true, false);
}
