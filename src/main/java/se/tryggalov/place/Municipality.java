package se.tryggalov.place;

/** The municipality this installation serves. {@code county} decides defaults such as the sportlov week. */
public record Municipality(String name, String county) {
}
