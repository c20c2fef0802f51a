package se.tryggalov.shared.time;

import java.time.ZoneId;

/** Swedish municipalities plan in local dates of Europe/Stockholm; instants are stored as timestamptz. */
public final class Zones {

    public static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    private Zones() {
    }
}
