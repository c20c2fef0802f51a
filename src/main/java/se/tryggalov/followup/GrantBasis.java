package se.tryggalov.followup;

import se.tryggalov.roster.WalkEvening;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/**
 * What a night-walking association is paid against, per term: the evenings its members walked, each backed by its
 * walk log (the log's number), walkers per evening and hours; evenings its members were on without a filed log are
 * listed apart and not counted.
 */
public record GrantBasis(LocalDate first, LocalDate last, List<Association> associations) {

    public GrantBasis {
        associations = List.copyOf(associations);
    }

    public record Association(long organisationId, String name, List<WalkEvening> walked,
                              List<WalkEvening> lackingLog) {

        public Association {
            walked = List.copyOf(walked);
            lackingLog = List.copyOf(lackingLog);
        }

        /** Distinct evenings (dates) with a filed log and at least one walker present. */
        public long evenings() {
            return walked.stream().map(WalkEvening::day).distinct().count();
        }

        public int walkers() {
            return walked.stream().mapToInt(WalkEvening::present).sum();
        }

        public BigDecimal hours() {
            return walked.stream().map(WalkEvening::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        /** Walkers per evening, one decimal. */
        public BigDecimal walkersPerEvening() {
            return evenings() == 0 ? BigDecimal.ZERO
                    : BigDecimal.valueOf(walkers()).divide(BigDecimal.valueOf(evenings()), 1, RoundingMode.HALF_UP);
        }
    }
}
