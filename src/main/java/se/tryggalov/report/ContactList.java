package se.tryggalov.report;

import se.tryggalov.calendar.CalendarItem;
import se.tryggalov.calendar.SchoolYear;
import se.tryggalov.partner.DistrictRef;
import se.tryggalov.partner.OrganisationDetail;
import se.tryggalov.partner.StandingCommitment;

import java.time.LocalDate;
import java.util.List;

/**
 * The contact list (kontaktlista) for a school year or one break, optionally narrowed to one district: the
 * organisations with their contact persons and the commitments that apply, ordered by kind of organisation, then
 * name.
 *
 * @param breakItem the break, or null for the whole school year
 * @param district  the district, or null for every district
 */
public record ContactList(SchoolYear year, CalendarItem breakItem, DistrictRef district, LocalDate from, LocalDate to,
                          List<DistrictRef> allDistricts, List<Entry> entries) {

    public ContactList {
        allDistricts = List.copyOf(allDistricts);
        entries = List.copyOf(entries);
    }

    /**
     * One organisation on the list with the commitments that apply in the scope.
     */
    public record Entry(OrganisationDetail organisation, List<Line> commitments) {
        public Entry {
            commitments = List.copyOf(commitments);
        }
    }

    /**
     * A commitment on the list. {@code evenings}: on how many evenings of the break it applies (null for the
     * whole year).
     */
    public record Line(StandingCommitment commitment, Integer evenings) {
    }

    public int contactCount() {
        return entries.stream().mapToInt(e -> e.organisation().contacts().size()).sum();
    }
}
