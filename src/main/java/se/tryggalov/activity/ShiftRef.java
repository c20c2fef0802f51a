package se.tryggalov.activity;

/** A shift and the version the caller saw: a bulk change is refused as a whole if any of them changed since. */
public record ShiftRef(long id, int version) {
}
