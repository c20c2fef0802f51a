package se.tryggalov.roster;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import se.tryggalov.roster.solver.RosterSolver;

/**
 * The one solver of the application: the solver package's bean when it declares one, otherwise a single instance
 * made here (the facade is thread-safe and needs no Spring).
 */
@Component
class SolverAccess {

    private final ObjectProvider<RosterSolver> beans;
    private volatile RosterSolver own;

    SolverAccess(ObjectProvider<RosterSolver> beans) {
        this.beans = beans;
    }

    RosterSolver solver() {
        RosterSolver bean = beans.getIfAvailable();
        if (bean != null) {
            return bean;
        }
        RosterSolver local = own;
        if (local == null) {
            synchronized (this) {
                if (own == null) {
                    own = new RosterSolver();
                }
                local = own;
            }
        }
        return local;
    }
}
