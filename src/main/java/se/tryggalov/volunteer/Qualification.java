package se.tryggalov.volunteer;

import java.time.LocalDate;
import java.util.Objects;

/** A qualification with the date it was obtained and, for those that lapse, when it expires. */
public record Qualification(QualificationKind kind, LocalDate obtainedOn, LocalDate expiresOn) {

    public Qualification {
        Objects.requireNonNull(kind, "kind");
    }

    /** Obtained on or before the day and not expired on it. */
    public boolean validOn(LocalDate day) {
        return obtainedOn != null && !obtainedOn.isAfter(day) && (expiresOn == null || !expiresOn.isBefore(day));
    }

    public boolean expiredOn(LocalDate day) {
        return expiresOn != null && expiresOn.isBefore(day);
    }
}
