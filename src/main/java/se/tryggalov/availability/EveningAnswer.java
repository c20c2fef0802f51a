package se.tryggalov.availability;

/** One candidate evening with the person's answer, or {@code null} when they have not answered it. */
public record EveningAnswer(CandidateEvening evening, Answer answer) {

    public AvailabilityState state() {
        return answer == null ? null : answer.state();
    }
}
