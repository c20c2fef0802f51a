package se.tryggalov.availability;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The availability feature's part of a person's data, for the privacy feature (which checks the caller's rights;
 * only it may use this class, see ArchitectureTest): the export, erasure and the retention of old answers.
 */
@Component
public class AvailabilityPersonalData {

    /** {@code enteredByOther}: someone else (a contact or coordinator) entered it on the person's behalf. */
    public record Answer(LocalDate day, String state, LocalTime fromTime, LocalTime toTime, boolean enteredByOther,
                         OffsetDateTime updatedAt) {
    }

    private final AvailabilityRepository answers;

    AvailabilityPersonalData(AvailabilityRepository answers) {
        this.answers = answers;
    }

    @Transactional(readOnly = true)
    public List<Answer> export(long userId) {
        return answers.answersOf(userId);
    }

    @Transactional
    public int delete(long userId) {
        return answers.deleteAnswersOf(userId);
    }

    /** Answers for evenings before {@code firstKept}, of everyone (also of anonymised people). */
    @Transactional
    public int deleteBefore(LocalDate firstKept) {
        return answers.deleteAnswersBefore(firstKept);
    }
}
