package se.tryggalov.roster;

/** The life of a solve job. QUEUED and RUNNING are active: only one active job per scope. */
public enum SolveJobStatus {
    QUEUED,
    RUNNING,
    FINISHED,
    STOPPED,
    FAILED,
    /** The app stopped (or lost the job) while it ran: marked at start-up and by a periodic check. */
    INTERRUPTED;

    public boolean active() {
        return this == QUEUED || this == RUNNING;
    }
}
