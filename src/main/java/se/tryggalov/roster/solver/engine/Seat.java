package se.tryggalov.roster.solver.engine;

import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.entity.PlanningPin;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.domain.variable.PlanningVariable;

import java.util.List;

/**
 * One place in a group: the planning entity. Its candidates are the people who could ever take it (available for
 * the whole shift, old enough, qualified), so the search never tries anyone else. Empty (null) is allowed: most
 * evenings there are more seats than people.
 */
@PlanningEntity(difficultyComparatorClass = SeatDifficulty.class)
public class Seat {

    @PlanningId
    Long id;
    ShiftFact shift;
    int position;
    @PlanningPin
    boolean pinned;
    List<PersonFact> candidates;

    @PlanningVariable(valueRangeProviderRefs = "candidates", nullable = true)
    PersonFact person;

    public Seat() {
    }

    Seat(long id, ShiftFact shift, int position, List<PersonFact> candidates) {
        this.id = id;
        this.shift = shift;
        this.position = position;
        this.candidates = candidates;
    }

    @ValueRangeProvider(id = "candidates")
    public List<PersonFact> getCandidates() {
        return candidates;
    }

    public PersonFact getPerson() {
        return person;
    }

    public void setPerson(PersonFact person) {
        this.person = person;
    }

    public ShiftFact getShift() {
        return shift;
    }

    boolean hasAdult() {
        return person != null && person.adult;
    }

    @Override
    public String toString() {
        return shift + "#" + position + "=" + person;
    }
}
