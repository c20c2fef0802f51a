package se.tryggalov.activity;

import se.tryggalov.volunteer.QualificationKind;

/** What attending a training evening gives: the qualification, valid for so many months (null: no expiry). */
public record TrainingGrant(QualificationKind qualification, Integer validMonths) {
}
