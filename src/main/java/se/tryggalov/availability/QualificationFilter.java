package se.tryggalov.availability;

/**
 * Which people the availability counts include: everyone, or only those holding a qualification that is valid on
 * the evening counted (obtained on or before it, and expiring on or after it). Translation keys:
 * {@code availability.qualification.<NAME>}.
 */
public enum QualificationFilter {
    ANY(null),
    BASIC_TRAINING("BASIC_TRAINING"),
    FIRST_AID("FIRST_AID"),
    LEAD("LEAD");

    private final String kind;

    QualificationFilter(String kind) {
        this.kind = kind;
    }

    /** The stored volunteer_qualification.kind, or null for no filter. */
    String kind() {
        return kind;
    }
}
