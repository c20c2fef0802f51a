package se.tryggalov.report;

import se.tryggalov.calendar.SchoolYear;

import java.util.Objects;

/**
 * Which contact list: a school year, optionally one of its breaks (the calendar item's id), optionally one
 * district.
 */
public record ContactListRequest(SchoolYear year, Long breakItemId, Long districtId) {

    public ContactListRequest {
        Objects.requireNonNull(year, "year");
    }

    /** What the audit log records: the scope, never the data. */
    String describe(String format) {
        return (format == null ? "" : "format=" + format + " ") + "year=" + year.label()
                + (breakItemId == null ? " scope=year" : " scope=break:" + breakItemId)
                + (districtId == null ? "" : " district=" + districtId);
    }
}
