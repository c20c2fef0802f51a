package se.tryggalov.volunteer;

/** What the invitation page shows before the person accepts: their name, username and how their age is recorded. */
public record InvitationInfo(String name, String username, boolean youthWalker) {
}
