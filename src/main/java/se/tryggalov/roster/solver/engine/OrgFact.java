package se.tryggalov.roster.solver.engine;

/** An organisation people belong to, with its number of members in the problem (for fair shares). */
public final class OrgFact {

    final long id;
    final int members;

    public OrgFact(long id, int members) {
        this.id = id;
        this.members = Math.max(1, members);
    }

    public long id() {
        return id;
    }

    @Override
    public String toString() {
        return "org" + id;
    }
}
