package se.tryggalov.roster.solver.bench;

import se.tryggalov.roster.solver.AvailableWindow;
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
 * Realistic benchmark instances from a fixed seed: the risk evenings of a Botkyrka school year 2027 (breaks,
 * Valborg, graduation, midsummer, Halloween, New Year's Eve, term Fridays), groups of 3 to 5 adults with a lead and
 * basic training, volunteers who say yes to about a third of the evenings and walk at most two nights a month.
 * {@code main} writes bench/instances/{tiny,break,year,city}.json.
 */
public final class InstanceGenerator {

    static final String[] BOTKYRKA = {"Alby", "Fittja", "Hallunda-Norsborg", "Tumba", "Tullinge", "Vårsta-Grödinge"};

    /** The year's risk evenings and their risk levels (1..5). */
    static Map<LocalDate, Integer> yearEvenings() {
        Map<LocalDate, Integer> e = new LinkedHashMap<>();
        // term Fridays
        for (String d : List.of("2027-01-15", "2027-01-29", "2027-02-12", "2027-03-19", "2027-04-16", "2027-05-14",
                "2027-05-28", "2027-09-03", "2027-09-17", "2027-10-01", "2027-10-15", "2027-11-19", "2027-12-03",
                "2027-02-05", "2027-04-23", "2027-05-21", "2027-09-10", "2027-10-08", "2027-11-26", "2027-12-10")) {
            e.put(LocalDate.parse(d), 2);
        }
        // sportlov, week 9
        e.put(LocalDate.parse("2027-02-26"), 3);
        e.put(LocalDate.parse("2027-02-27"), 3);
        for (int d = 1; d <= 4; d++) {
            e.put(LocalDate.of(2027, 3, d), 2);
        }
        e.put(LocalDate.parse("2027-03-05"), 3);
        e.put(LocalDate.parse("2027-03-06"), 3);
        e.put(LocalDate.parse("2027-03-07"), 2);
        // påsklov
        e.put(LocalDate.parse("2027-03-26"), 3);
        e.put(LocalDate.parse("2027-03-27"), 3);
        for (int d = 29; d <= 31; d++) {
            e.put(LocalDate.of(2027, 3, d), 2);
        }
        e.put(LocalDate.parse("2027-04-01"), 2);
        e.put(LocalDate.parse("2027-04-02"), 3);
        e.put(LocalDate.parse("2027-04-03"), 3);
        // Valborg, graduation and the end of term, midsummer, summer weekends, the start of term
        e.put(LocalDate.parse("2027-04-30"), 5);
        e.put(LocalDate.parse("2027-05-01"), 3);
        e.put(LocalDate.parse("2027-06-09"), 3);
        e.put(LocalDate.parse("2027-06-10"), 4);
        e.put(LocalDate.parse("2027-06-11"), 4);
        e.put(LocalDate.parse("2027-06-12"), 3);
        e.put(LocalDate.parse("2027-06-25"), 4);
        e.put(LocalDate.parse("2027-06-26"), 3);
        e.put(LocalDate.parse("2027-07-02"), 2);
        e.put(LocalDate.parse("2027-08-06"), 2);
        e.put(LocalDate.parse("2027-08-20"), 3);
        // höstlov, week 44, with Halloween
        e.put(LocalDate.parse("2027-10-29"), 3);
        e.put(LocalDate.parse("2027-10-30"), 4);
        e.put(LocalDate.parse("2027-10-31"), 3);
        for (int d = 1; d <= 4; d++) {
            e.put(LocalDate.of(2027, 11, d), 2);
        }
        e.put(LocalDate.parse("2027-11-05"), 3);
        e.put(LocalDate.parse("2027-11-06"), 3);
        // the last school day before Christmas, New Year's Eve
        e.put(LocalDate.parse("2027-12-17"), 4);
        e.put(LocalDate.parse("2027-12-18"), 3);
        e.put(LocalDate.parse("2027-12-31"), 5);
        return e;
    }

    record Spec(String name, long seed, int people, int districts, Map<LocalDate, Integer> evenings,
                double availability) {
    }

    static RosterProblem generate(Spec spec) {
        Random random = new Random(spec.seed());
        String[] districts = new String[spec.districts()];
        for (int i = 0; i < districts.length; i++) {
            districts[i] = i < BOTKYRKA.length ? BOTKYRKA[i] : "Stadsdel " + (i + 1);
        }
        // bigger districts first: they get groups on quieter evenings too
        List<ProblemShift> shifts = new ArrayList<>();
        long shiftId = 1;
        for (Map.Entry<LocalDate, Integer> e : spec.evenings().entrySet()) {
            LocalDate day = e.getKey();
            int risk = e.getValue();
            boolean weekend = day.getDayOfWeek() == DayOfWeek.FRIDAY || day.getDayOfWeek() == DayOfWeek.SATURDAY;
            LocalDateTime start = day.atTime(weekend || risk >= 4 ? 21 : 20, 0);
            LocalDateTime end = risk >= 4 ? day.plusDays(1).atTime(2, 30)
                    : weekend ? day.plusDays(1).atTime(1, 0) : day.atTime(23, 0);
            for (int d = 0; d < districts.length; d++) {
                double share = switch (risk) {
                    case 5, 4 -> 1.0;
                    case 3 -> 0.85;
                    default -> 0.4;
                };
                boolean big = d % 6 < 3;
                if (!big && random.nextDouble() > share) {
                    continue;
                }
                // the riskiest evenings send a second group out in the big districts
                int groups = risk >= 4 && big ? 2 : 1;
                for (int g = 0; g < groups; g++) {
                    int needed = risk >= 4 ? 5 : 4;
                    boolean adultsOnly = risk >= 4 || random.nextDouble() < 0.5;
                    shifts.add(new ProblemShift(shiftId++, day, start, end, d + 1, districts[d], 100 + d % 12, risk,
                            3, needed, 5, true, adultsOnly, Set.of("BASIC_TRAINING")));
                }
            }
        }
        int organisations = Math.max(4, spec.districts() * 2);
        List<ProblemPerson> people = new ArrayList<>();
        List<LocalDate> days = new ArrayList<>(spec.evenings().keySet());
        for (long id = 1; id <= spec.people(); id++) {
            boolean youth = random.nextDouble() < 0.07;
            boolean paid = !youth && random.nextDouble() < 0.05;
            Map<String, LocalDate> q = new HashMap<>();
            if (random.nextDouble() < 0.7 || paid) {
                q.put("BASIC_TRAINING", random.nextDouble() < 0.1 ? LocalDate.of(2027, 6 + random.nextInt(6), 1)
                        : null);
            }
            if (!youth && q.containsKey("BASIC_TRAINING") && (paid || random.nextDouble() < 0.3)) {
                q.put("LEAD", null);
            }
            if (random.nextDouble() < 0.3) {
                q.put("FIRST_AID", LocalDate.of(2027 + random.nextInt(2), 1 + random.nextInt(12), 1));
            }
            String gender = gender(random);
            Set<Long> homes = new HashSet<>();
            if (random.nextDouble() < 0.8) {
                homes.add(1L + skewed(random, districts.length));
                if (random.nextDouble() < 0.12) {
                    homes.add(1L + random.nextInt(districts.length));
                }
            }
            Set<Long> orgs = new HashSet<>();
            orgs.add(1000L + skewed(random, organisations));
            if (random.nextDouble() < 0.1) {
                orgs.add(1000L + random.nextInt(organisations));
            }
            people.add(person(random, id, orgs, homes, gender, youth, paid, q, 8, spec.availability(), days));
        }
        return new RosterProblem(spec.name(), shifts, people, List.of(), List.of(), SolverSettings.defaults());
    }

    /** A person's gender, drawn as in every generated instance (about a third each, some unknown). */
    static String gender(Random random) {
        double g = random.nextDouble();
        return g < 0.35 ? "FEMALE" : g < 0.65 ? "MALE" : g < 0.68 ? "NON_BINARY" : null;
    }

    /**
     * The rest of a generated person, drawn in this order (the recorded instances depend on it): their own limits
     * per month and weekend (paid staff: {@code paidMonth} nights a month, 3 a weekend), the evenings they said yes
     * to (paid staff more often), and whether they are experienced.
     */
    static ProblemPerson person(Random random, long id, Set<Long> orgs, Set<Long> homes, String gender, boolean youth,
                                boolean paid, Map<String, LocalDate> qualifications, int paidMonth,
                                double availability, List<LocalDate> days) {
        double l = random.nextDouble();
        Integer month = l < 0.15 ? Integer.valueOf(1) : l < 0.30 ? Integer.valueOf(4) : null;
        Integer weekendLimit = l < 0.15 ? Integer.valueOf(1) : l < 0.30 ? Integer.valueOf(2) : null;
        List<AvailableWindow> windows = new ArrayList<>();
        double rate = paid ? Math.min(0.9, availability * 1.7) : availability;
        for (LocalDate day : days) {
            if (random.nextDouble() < rate) {
                windows.add(random.nextDouble() < 0.85 ? new AvailableWindow(day, null, null)
                        : new AvailableWindow(day, day.atTime(20, 0), day.atTime(23, 30)));
            }
        }
        return new ProblemPerson(id, "Volontär " + id, orgs, homes, gender, !youth, youth,
                random.nextDouble() < 0.7, paid, qualifications, paid ? Integer.valueOf(paidMonth) : month,
                paid ? Integer.valueOf(3) : weekendLimit, windows);
    }

    /** Index 0 most often: a few big districts and organisations, many small ones. */
    private static int skewed(Random random, int n) {
        return (int) Math.min(n - 1, Math.floor(n * Math.pow(random.nextDouble(), 1.6)));
    }

    /**
     * Two evenings of one weekend, two districts, ten trained people (four leads) who said yes to about 60 % of the
     * evenings: small enough for the exhaustive reference, big enough that who walks where matters.
     */
    static RosterProblem tiny(long seed) {
        Random random = new Random(seed);
        LocalDate friday = LocalDate.parse("2027-04-30");
        LocalDate saturday = friday.plusDays(1);
        List<ProblemShift> shifts = new ArrayList<>();
        long id = 1;
        for (LocalDate day : List.of(friday, saturday)) {
            for (int d = 0; d < 2; d++) {
                int risk = day.equals(friday) ? 5 - d : 3 - d;
                shifts.add(new ProblemShift(id++, day, day.atTime(21, 0), day.plusDays(1).atTime(1, 0), d + 1,
                        BOTKYRKA[d], 100, risk, 2, 3, 4, true, true, Set.of("BASIC_TRAINING")));
            }
        }
        List<ProblemPerson> people = new ArrayList<>();
        for (long p = 1; p <= 10; p++) {
            Map<String, LocalDate> q = new HashMap<>();
            q.put("BASIC_TRAINING", null);
            if (p <= 4) {
                q.put("LEAD", null);
            }
            List<AvailableWindow> windows = new ArrayList<>();
            for (LocalDate day : List.of(friday, saturday)) {
                if (random.nextDouble() < 0.6) {
                    windows.add(new AvailableWindow(day, null, null));
                }
            }
            double g = random.nextDouble();
            people.add(new ProblemPerson(p, "Volontär " + p, Set.of(1000L + p % 3),
                    random.nextBoolean() ? Set.of(1L + random.nextInt(2)) : Set.of(),
                    g < 0.4 ? "FEMALE" : g < 0.8 ? "MALE" : null, true, false, random.nextDouble() < 0.7, false, q,
                    null, null, windows));
        }
        return new RosterProblem("tiny-" + seed, shifts, people, List.of(), List.of(), SolverSettings.defaults());
    }

    static RosterProblem instance(String name) {
        Map<LocalDate, Integer> year = yearEvenings();
        return switch (name) {
            case "tiny" -> tiny(7);
            case "tiny2" -> tiny(11);
            case "break" -> {
                Map<LocalDate, Integer> week = new LinkedHashMap<>();
                year.forEach((d, r) -> {
                    if (!d.isBefore(LocalDate.parse("2027-02-26")) && !d.isAfter(LocalDate.parse("2027-03-07"))) {
                        week.put(d, r);
                    }
                });
                yield generate(new Spec("sportlov", 2027, 90, 6, week, 0.35));
            }
            case "year" -> generate(new Spec("botkyrka-year", 2027, 300, 6, year, 0.35));
            case "city" -> generate(new Spec("city-year", 2028, 2000, 30, year, 0.35));
            default -> throw new IllegalArgumentException(name);
        };
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "bench/instances");
        Files.createDirectories(dir);
        for (String name : args.length > 1 ? List.of(args).subList(1, args.length)
                : List.of("tiny", "tiny2", "break", "year", "city")) {
            RosterProblem p = instance(name);
            RosterJson.write(dir.resolve(name + ".json"), p);
            int seats = p.shifts().stream().mapToInt(ProblemShift::maxSize).sum();
            int need = p.shifts().stream().mapToInt(ProblemShift::peopleNeeded).sum();
            System.out.printf("%-6s %4d shifts %5d seats %5d people needed %5d people %3d evenings%n", name,
                    p.shifts().size(), seats, need, p.people().size(),
                    p.shifts().stream().map(ProblemShift::evening).distinct().count());
        }
    }
}
