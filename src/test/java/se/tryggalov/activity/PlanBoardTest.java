package se.tryggalov.activity;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The board's counts add up: an overfull group does not hide a short one ("48 av 48 platser bokade, 1 saknas"). */
class PlanBoardTest {

    private static PlanBoard.GroupCount walks(int groups, int needed, int assigned, int missing) {
        return new PlanBoard.GroupCount(ActivityType.NIGHT_WALK, groups, needed, assigned, missing,
                LocalTime.of(21, 0), LocalTime.of(1, 0));
    }

    @Test
    void filledSeatsAndMissingSeatsAlwaysAddUpToTheNeed() {
        PlanBoard.GroupCount overfull = walks(1, 4, 5, 0);
        PlanBoard.GroupCount shortOne = walks(1, 4, 3, 1);
        PlanBoard.Cell cell = new PlanBoard.Cell(1, LocalDate.of(2027, 4, 30), 5, List.of(overfull, shortOne),
                List.of(), 0);

        assertThat(cell.assigned()).as("people on the shifts, one beyond a group's need").isEqualTo(8);
        assertThat(cell.peopleNeeded()).isEqualTo(8);
        assertThat(cell.missing()).isEqualTo(1);
        assertThat(cell.filled()).as("seats of the need that are filled").isEqualTo(7);
        assertThat(cell.filled() + cell.missing()).isEqualTo(cell.peopleNeeded());
        assertThat(overfull.filled()).as("never more than the need").isEqualTo(4);
    }
}
