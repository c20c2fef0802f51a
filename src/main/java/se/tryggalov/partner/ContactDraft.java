package se.tryggalov.partner;

/** What a user enters for a contact person. {@code userId}: the person's account, when they have one. */
public record ContactDraft(String name, String roleTitle, String phone, String email, Long userId) {
}
