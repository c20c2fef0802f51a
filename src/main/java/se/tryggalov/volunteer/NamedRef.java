package se.tryggalov.volunteer;

/** An organisation or district a volunteer belongs to: its id and name. */
public record NamedRef(long id, String name) {
}
