package se.tryggalov.volunteer;

/** Basic training (grundutbildning), first aid, and lead/host (vandringsledare, värd). */
public enum QualificationKind {
    BASIC_TRAINING,
    FIRST_AID,
    LEAD
}
