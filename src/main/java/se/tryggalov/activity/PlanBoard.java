package se.tryggalov.activity;

import se.tryggalov.calendar.SchoolYear;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/**
 * The date × district board of one break (or key date): for each evening its risk level and, per district, what is
 * planned: groups rostered person by person (per activity type, seats needed against assigned) and what
 * organisations put out as a whole (patrols, guards, open youth centres). Cancelled shifts are not counted, only
 * shown as a number. Holds no personal data.
 */
public record PlanBoard(SchoolYear year, PeriodRef period, List<District> districts, List<Day> days) {

    public PlanBoard {
        districts = List.copyOf(districts);
        days = List.copyOf(days);
    }

    public record District(long id, String name) {
    }

    /** One evening: its risk level from the calendar and one cell per district, in the order of {@code districts}. */
    public record Day(LocalDate date, int riskLevel, List<Cell> cells) {

        public Day {
            cells = List.copyOf(cells);
        }

        public Optional<Cell> cell(long districtId) {
            return cells.stream().filter(c -> c.districtId() == districtId).findFirst();
        }
    }

    /** One evening in one district. */
    public record Cell(long districtId, LocalDate date, int riskLevel, List<GroupCount> groups,
                       List<OrganisationCount> organisations, int cancelled) {

        public Cell {
            groups = List.copyOf(groups);
            organisations = List.copyOf(organisations);
        }

        public boolean empty() {
            return groups.isEmpty() && organisations.isEmpty();
        }

        /** Groups (shifts staffed by people) of every type. */
        public int groupCount() {
            return groups.stream().mapToInt(GroupCount::groups).sum();
        }

        public int peopleNeeded() {
            return groups.stream().mapToInt(GroupCount::peopleNeeded).sum();
        }

        public int assigned() {
            return groups.stream().mapToInt(GroupCount::assigned).sum();
        }

        /** Seats still to fill, counted group by group (an overfull group does not make up for an empty one). */
        public int missing() {
            return groups.stream().mapToInt(GroupCount::missing).sum();
        }

        /** Seats of the need that are filled: filled + missing = needed, however full single groups are. */
        public int filled() {
            return groups.stream().mapToInt(GroupCount::filled).sum();
        }
    }

    /**
     * The groups of one activity type staffed by people: how many, seats needed and assigned (proposed or confirmed),
     * seats missing group by group, and the earliest start and latest end of them.
     */
    public record GroupCount(ActivityType type, int groups, int peopleNeeded, int assigned, int missing,
                             LocalTime startsAt, LocalTime endsAt) {

        /**
         * Seats of the need that are filled. {@code assigned} also counts people beyond a group's need, so
         * "assigned of needed" could read "5 of 4" or "48 of 48, 1 missing" when one group is overfull and another
         * short; the filled seats and the missing ones always add up to the need.
         */
        public int filled() {
            return peopleNeeded - missing;
        }
    }

    /** What one organisation puts out as a whole in the cell: {@code units} shifts of this type. */
    public record OrganisationCount(Long organisationId, String organisationName, ActivityType type, int units,
                                    LocalTime startsAt, LocalTime endsAt) {
    }
}
