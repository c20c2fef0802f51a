package se.tryggalov.roster.solver.bench;

import se.tryggalov.roster.solver.PlannedAssignment;
import se.tryggalov.roster.solver.ProblemPerson;
import se.tryggalov.roster.solver.ProblemShift;
import se.tryggalov.roster.solver.RosterJson;
import se.tryggalov.roster.solver.RosterProblem;
import se.tryggalov.roster.solver.SolverSettings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Fresh benchmark problems for the exact reference (issue #23), from fixed seeds, of several sizes and scarcities:
 * groups with minimums and leads, youth walkers, nights per month and weekend, paid staff under the rest rules, and
 * fixed assignments (some of which break a rule). None of them was used to tune the solver.
 * {@code main} writes them to bench/instances/fresh/ (generated on demand, not committed).
 */
public final class FreshInstances {

    /**
     * One kind of problem: {@code evenings} consecutive risk evenings of the year from {@code firstEvening},
     * {@code availability} the share of evenings a person says yes to, {@code leads} the share of the trained who
     * lead, {@code youth} and {@code paid} the shares of youth walkers and paid staff, {@code fixed} fixed
     * assignments (the first of them on a group it cannot fill alone when {@code brokenFixed}).
     */
    public record Kind(String name, long seed, int people, int evenings, int firstEvening, int districts,
                double availability, double leads, double youth, double paid, int fixed, boolean brokenFixed) {
    }

    public static final List<Kind> KINDS = List.of(
            new Kind("f40-a", 101, 40, 8, 30, 3, 0.45, 0.30, 0.07, 0.05, 0, false),
            new Kind("f40-b", 102, 40, 8, 45, 3, 0.35, 0.20, 0.10, 0.05, 0, false),
            new Kind("f40-c", 103, 40, 8, 10, 3, 0.30, 0.15, 0.15, 0.00, 2, false),
            new Kind("f90-a", 201, 90, 14, 20, 5, 0.40, 0.30, 0.07, 0.05, 0, false),
            new Kind("f90-b", 202, 90, 14, 38, 5, 0.30, 0.20, 0.07, 0.05, 0, false),
            new Kind("f90-c", 203, 90, 14, 5, 5, 0.55, 0.30, 0.07, 0.05, 4, false),
            new Kind("f90-d", 204, 90, 14, 40, 5, 0.35, 0.25, 0.07, 0.05, 6, true),
            new Kind("f47-paid", 301, 47, 14, 20, 5, 0.40, 0.30, 0.00, 0.60, 0, false),
            new Kind("f60-paid", 302, 60, 14, 40, 5, 0.35, 0.25, 0.05, 0.40, 3, false),
            new Kind("f150-a", 401, 150, 30, 0, 6, 0.35, 0.30, 0.07, 0.05, 0, false),
            new Kind("f150-b", 402, 150, 30, 25, 6, 0.25, 0.20, 0.10, 0.05, 0, false),
            new Kind("f150-c", 403, 150, 30, 10, 6, 0.30, 0.12, 0.07, 0.05, 8, true),
            new Kind("f150-d", 404, 150, 30, 30, 6, 0.40, 0.30, 0.07, 0.20, 5, false),
            new Kind("f200-a", 501, 200, 60, 0, 6, 0.30, 0.30, 0.07, 0.05, 0, false),
            new Kind("f200-b", 502, 200, 60, 0, 7, 0.25, 0.20, 0.07, 0.05, 10, false),
            new Kind("f300-a", 601, 300, 60, 0, 7, 0.35, 0.30, 0.07, 0.05, 0, false),
            new Kind("f300-b", 602, 300, 60, 0, 7, 0.25, 0.30, 0.07, 0.05, 0, false),
            new Kind("f300-c", 603, 300, 60, 0, 7, 0.30, 0.12, 0.07, 0.05, 0, false),
            new Kind("f300-d", 604, 300, 60, 0, 7, 0.28, 0.25, 0.12, 0.10, 12, true),
            new Kind("f300-e", 605, 300, 60, 0, 8, 0.22, 0.25, 0.07, 0.05, 0, false),
            new Kind("f400-a", 701, 400, 60, 0, 9, 0.30, 0.25, 0.07, 0.08, 6, false),
            new Kind("f120-paid", 801, 120, 30, 20, 5, 0.30, 0.30, 0.03, 0.35, 4, false));

    private FreshInstances() {
    }

    public static RosterProblem generate(Kind k) {
        Random random = new Random(k.seed());
        Map<LocalDate, Integer> year = InstanceGenerator.yearEvenings();
        List<LocalDate> allDays = new ArrayList<>(year.keySet());
        allDays.sort(null);
        int from = Math.min(k.firstEvening(), allDays.size() - k.evenings());
        Map<LocalDate, Integer> evenings = new LinkedHashMap<>();
        for (LocalDate d : allDays.subList(from, from + k.evenings())) {
            evenings.put(d, year.get(d));
        }
        String[] districts = new String[k.districts()];
        for (int i = 0; i < districts.length; i++) {
            districts[i] = i < InstanceGenerator.BOTKYRKA.length ? InstanceGenerator.BOTKYRKA[i] : "Stadsdel " + (i + 1);
        }
        List<ProblemShift> shifts = new ArrayList<>();
        long shiftId = 1;
        for (Map.Entry<LocalDate, Integer> e : evenings.entrySet()) {
            LocalDate day = e.getKey();
            int risk = e.getValue();
            boolean weekend = day.getDayOfWeek() == DayOfWeek.FRIDAY || day.getDayOfWeek() == DayOfWeek.SATURDAY;
            LocalDateTime start = day.atTime(weekend || risk >= 4 ? 21 : 20, 0);
            LocalDateTime end = risk >= 4 ? day.plusDays(1).atTime(2, 30)
                    : weekend ? day.plusDays(1).atTime(1, 0) : day.atTime(23, 0);
            for (int d = 0; d < districts.length; d++) {
                double share = risk >= 4 ? 1.0 : risk == 3 ? 0.85 : 0.5;
                boolean big = d % 6 < 3;
                if (!big && random.nextDouble() > share) {
                    continue;
                }
                int groups = risk >= 4 && big ? 2 : 1;
                for (int g = 0; g < groups; g++) {
                    int min = random.nextDouble() < 0.25 ? 2 : 3;
                    int needed = risk >= 4 ? 5 : min + 1;
                    boolean adultsOnly = risk >= 4 || random.nextDouble() < 0.4;
                    boolean lead = random.nextDouble() < 0.9;
                    shifts.add(new ProblemShift(shiftId++, day, start, end, d + 1, districts[d], 100 + d % 12,
                            risk, min, needed, needed + 1, lead, adultsOnly, Set.of("BASIC_TRAINING")));
                }
            }
        }
        int organisations = Math.max(4, k.districts() * 2);
        List<ProblemPerson> people = new ArrayList<>();
        List<LocalDate> days = new ArrayList<>(evenings.keySet());
        for (long id = 1; id <= k.people(); id++) {
            boolean youth = random.nextDouble() < k.youth();
            boolean paid = !youth && random.nextDouble() < k.paid();
            Map<String, LocalDate> q = new HashMap<>();
            if (random.nextDouble() < 0.75 || paid) {
                q.put("BASIC_TRAINING", random.nextDouble() < 0.1 ? days.get(random.nextInt(days.size())) : null);
            }
            if (!youth && q.containsKey("BASIC_TRAINING") && random.nextDouble() < (paid ? 0.6 : k.leads())) {
                q.put("LEAD", null);
            }
            String gender = InstanceGenerator.gender(random);
            Set<Long> homes = new HashSet<>();
            if (random.nextDouble() < 0.8) {
                homes.add(1L + random.nextInt(districts.length));
            }
            Set<Long> orgs = Set.of(1000L + random.nextInt(organisations));
            people.add(InstanceGenerator.person(random, id, orgs, homes, gender, youth, paid, q, 6,
                    k.availability(), days));
        }
        List<PlannedAssignment> fixed = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (int i = 0, tries = 0; i < k.fixed() && tries < 10_000; tries++) {
            ProblemShift s = shifts.get(random.nextInt(shifts.size()));
            ProblemPerson p = people.get(random.nextInt(people.size()));
            boolean said = p.availability().stream().anyMatch(w -> w.evening().equals(s.evening()));
            // a broken fixed assignment: someone pinned on an evening they did not say yes to
            boolean broken = k.brokenFixed() && i == 0;
            if (said == broken && p.adult() && taken.add(p.id() + "@" + s.evening())) {
                fixed.add(new PlannedAssignment(s.id(), p.id()));
                i++;
            }
        }
        return new RosterProblem(k.name(), shifts, people, fixed, List.of(), SolverSettings.defaults());
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "bench/instances/fresh");
        Files.createDirectories(dir);
        for (Kind k : KINDS) {
            RosterProblem p = generate(k);
            RosterJson.write(dir.resolve(k.name() + ".json"), p);
            System.out.printf("%-10s %4d shifts %4d people %3d evenings %2d districts %2d fixed%n", k.name(),
                    p.shifts().size(), p.people().size(), k.evenings(), k.districts(), p.fixed().size());
        }
    }
}
