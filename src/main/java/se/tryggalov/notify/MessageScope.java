package se.tryggalov.notify;

/** Whom a message goes to: the active volunteers of an organisation, a district or a shift. */
public enum MessageScope { ORGANISATION, DISTRICT, SHIFT }
