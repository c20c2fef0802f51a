package se.tryggalov.partner;

/** An account of an organisation that a contact person can be linked to. */
public record LinkableUser(long id, String displayName) {
}
