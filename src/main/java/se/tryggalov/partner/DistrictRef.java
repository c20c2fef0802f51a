package se.tryggalov.partner;

/** A district as the partner feature refers to it: its id and name. */
public record DistrictRef(long id, String name) {
}
