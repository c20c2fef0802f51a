package se.tryggalov.roster;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

/**
 * One group (shift) on the board with the people on it. {@code hiddenPeople} counts the people the reader may not
 * see by name (a partner contact sees only their own organisation's people). {@code dropped}: the people (whom the
 * reader may see) who declined a proposal or an offer or cancelled late, so the coordinator sees the gap's cause.
 */
public record BoardShift(long id, LocalDate day, LocalTime startsAt, LocalTime endsAt, long districtId,
                         String districtName, String activityTitle, String meetingPoint, int groupNo, int minSize,
                         int peopleNeeded, int maxSize, boolean leadRequired, boolean adultsOnly,
                         Set<String> qualifications, int riskLevel, String status, List<BoardPerson> people,
                         int hiddenPeople, List<BoardPerson> dropped) {

    public BoardShift {
        qualifications = Set.copyOf(qualifications);
        people = List.copyOf(people);
        dropped = dropped == null ? List.of() : List.copyOf(dropped);
    }

    public int staffed() {
        return people.size() + hiddenPeople;
    }

    /** Nobody on it: the group does not walk. */
    public boolean empty() {
        return staffed() == 0;
    }

    /** Some people, but fewer than the group may walk with. */
    public boolean belowMinimum() {
        return staffed() > 0 && staffed() < minSize;
    }

    /** How many more people the group needs to reach its target size. */
    public int missing() {
        return Math.max(0, peopleNeeded - staffed());
    }

    public boolean full() {
        return staffed() >= maxSize;
    }

    public boolean published() {
        return "PUBLISHED".equals(status);
    }
}
