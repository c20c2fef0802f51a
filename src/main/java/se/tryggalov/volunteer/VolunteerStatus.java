package se.tryggalov.volunteer;

/**
 * Where a volunteer is: invited (link sent, no password yet), pending (registered through an organisation's link,
 * waiting for approval), active, paused by themself or their contact, or anonymised. Translation keys
 * {@code volunteers.status.<NAME>}.
 */
public enum VolunteerStatus {
    INVITED,
    PENDING,
    ACTIVE,
    PAUSED,
    ANONYMISED;

    /** Whether a profile edit may set this status (the others are set by the invitation, sign-up and removal flows). */
    public boolean choosable() {
        return this == ACTIVE || this == PAUSED;
    }
}
