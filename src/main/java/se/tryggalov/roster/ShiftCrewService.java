package se.tryggalov.roster;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.tryggalov.security.Role;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The roster's answer to the coverage read models: who leads each group and how many are on it, and how the
 * evenings spread over people (as counts, without names). The caller (the coverage feature) decides whom it shows
 * a lead to and logs that; this service gives nothing beyond a lead's name and phone.
 */
@Service
public class ShiftCrewService {

    private final ShiftCrewRepository crews;

    ShiftCrewService(ShiftCrewRepository crews) {
        this.crews = crews;
    }

    /** The crews of the shifts that have anyone on them, by shift id. */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN, Role.Names.PARTNER_CONTACT, Role.Names.VIEWER})
    @Transactional(readOnly = true)
    public Map<Long, ShiftCrew> crews(Collection<Long> shiftIds) {
        return crews.crews(Set.copyOf(shiftIds));
    }

    /** How evenings spread over people: per anonymous person, all evenings and those with risk ≥ {@code highRisk}. */
    public record Spread(List<Integer> evenings, List<Integer> highRiskEvenings) {
    }

    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    @Transactional(readOnly = true)
    public Spread spread(LocalDate first, LocalDate last, int highRisk) {
        Map<Long, Set<LocalDate>> all = new HashMap<>();
        Map<Long, Set<LocalDate>> high = new HashMap<>();
        for (ShiftCrewRepository.PersonEvening e : crews.evenings(first, last)) {
            all.computeIfAbsent(e.userId(), k -> new HashSet<>()).add(e.day());
            if (e.riskLevel() >= highRisk) {
                high.computeIfAbsent(e.userId(), k -> new HashSet<>()).add(e.day());
            }
        }
        List<Long> people = all.keySet().stream().sorted().toList();
        return new Spread(people.stream().map(p -> all.get(p).size()).toList(),
                people.stream().map(p -> high.getOrDefault(p, Set.of()).size()).toList());
    }
}
