package se.tryggalov.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import se.tryggalov.partner.Organisation;
import se.tryggalov.partner.OrganisationKind;
import se.tryggalov.partner.PartnerService;
import se.tryggalov.shared.time.Zones;
import se.tryggalov.volunteer.Gender;
import se.tryggalov.volunteer.NamedRef;
import se.tryggalov.volunteer.NewVolunteer;
import se.tryggalov.volunteer.Qualification;
import se.tryggalov.volunteer.QualificationKind;
import se.tryggalov.volunteer.VolunteerService;
import se.tryggalov.volunteer.VolunteerStatus;

import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Demo volunteers: the demo user "volunteer" (Maria Johansson) gets a profile, and {@value #COUNT} invented people
 * are spread over the night-walking groups, the church and the sports club, with realistic training (about 60 %
 * basic training, 25 % walk leaders, 30 % first aid, some of it expired), a few youth walkers with guardian
 * consent and a few paused. A fixed seed makes every demo database the same. Their accounts are enabled demo
 * accounts with a password nobody knows; only "volunteer" signs in (password "demo").
 */
@Component
class DemoVolunteers {

    static final int COUNT = 300;
    static final long SEED = 4_2026L;
    static final String DOMAIN = "@demo.trygga-lov.invalid";

    private static final List<String> WOMEN = List.of("Anna", "Eva", "Maria", "Karin", "Sara", "Lena", "Emma",
            "Kristina", "Elin", "Ida", "Johanna", "Linda", "Malin", "Sofia", "Hanna", "Ulla", "Birgitta", "Annika",
            "Fatima", "Amina", "Leila", "Aisha", "Hodan", "Zeynep", "Yasmin", "Nour", "Mariam", "Samira", "Dalia",
            "Hiba", "Ayan", "Elif", "Shirin", "Ewa", "Agnieszka", "Tiina", "Rahel", "Selam", "Ana", "Mirela");
    private static final List<String> MEN = List.of("Lars", "Anders", "Johan", "Per", "Erik", "Karl", "Peter",
            "Mikael", "Thomas", "Daniel", "Fredrik", "Magnus", "Jonas", "Stefan", "Mattias", "Björn", "Göran",
            "Niklas", "Ali", "Mohammed", "Ahmed", "Hassan", "Omar", "Yusuf", "Abdi", "Mehmet", "Emre", "Reza",
            "Dawit", "Samuel", "Kerem", "Ibrahim", "Hamza", "Piotr", "Marko", "Juha", "Elias", "Isak", "Noah", "Adam");
    private static final List<String> LAST_NAMES = List.of("Andersson", "Johansson", "Karlsson", "Nilsson",
            "Eriksson", "Larsson", "Olsson", "Persson", "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Jansson",
            "Hansson", "Bengtsson", "Lindberg", "Lindqvist", "Berg", "Lund", "Holm", "Sandberg", "Ekström", "Forsberg",
            "Hassan", "Mohamed", "Ahmed", "Ali", "Yilmaz", "Demir", "Kaya", "Hosseini", "Karimi", "Abdullahi",
            "Warsame", "Tesfaye", "Haile", "Nowak", "Kowalski", "Jovanović", "Hodžić", "Virtanen", "Korhonen",
            "Haddad", "Khalil", "Rodríguez", "Silva", "Nguyen", "Aziz");
    private static final List<String> LANGUAGES = List.of("en", "ar", "so", "fi", "ti", "fa", "tr", "es", "de",
            "pl", "bs", "ku", "sr", "am");

    private static final Logger log = LoggerFactory.getLogger(DemoVolunteers.class);

    private final VolunteerService volunteers;
    private final PartnerService partners;
    private final Clock clock;

    DemoVolunteers(VolunteerService volunteers, PartnerService partners, Clock clock) {
        this.volunteers = volunteers;
        this.partners = partners;
        this.clock = clock;
    }

    /** Call inside DemoData.load, after the demo users exist (runs as administrator, in its transaction). */
    void load() {
        LocalDate today = LocalDate.now(clock.withZone(Zones.STOCKHOLM));
        List<NamedRef> districts = volunteers.districtChoices();
        Map<String, Long> districtIds = new HashMap<>();
        districts.forEach(d -> districtIds.put(d.name(), d.id()));
        List<Organisation> organisations = partners.organisations();
        Organisation nightWalkers = organisations.stream().filter(o -> o.name().equals("Nattvandrarna Botkyrka"))
                .findFirst().orElseThrow(() -> new IllegalStateException("demo organisation missing"));

        volunteers.attachProfileAtStartup("volunteer", new NewVolunteer("volunteer", "Maria Johansson",
                "volunteer" + DOMAIN, "070-111 22 33", true, false, null, null, today.minusMonths(10), Gender.FEMALE,
                List.of("en"), 2, 1, VolunteerStatus.ACTIVE, List.of(nightWalkers.id()),
                List.of(districtIds.get("Alby")),
                List.of(new Qualification(QualificationKind.BASIC_TRAINING, today.minusYears(1), null))));

        long started = System.nanoTime();
        int created = volunteers.createAtStartup(people(today, organisations, districts, districtIds), true).size();
        log.info("Demo volunteers: {} created in {} ms", created, (System.nanoTime() - started) / 1_000_000);
    }

    /** The invented people: the same list for the same date, whatever the machine. */
    static List<NewVolunteer> people(LocalDate today, List<Organisation> organisations, List<NamedRef> districts,
                                     Map<String, Long> districtIds) {
        Random random = new Random(SEED);
        List<Organisation> weighted = new ArrayList<>();
        for (Organisation o : organisations) {
            int weight = switch (o.kind()) {
                case NIGHT_WALKERS -> o.name().equals("Nattvandrarna Botkyrka") ? 9 : 3;
                case CHURCH, SPORTS_CLUB -> 3;
                case YOUTH_CENTRE, OTHER -> 1;
                default -> 0;
            };
            for (int i = 0; i < weight; i++) {
                weighted.add(o);
            }
        }
        Set<String> usernames = new LinkedHashSet<>();
        List<NewVolunteer> people = new ArrayList<>();
        for (int n = 0; people.size() < COUNT; n++) {
            boolean woman = random.nextInt(100) < 52;
            String first = (woman ? WOMEN : MEN).get(random.nextInt((woman ? WOMEN : MEN).size()));
            String last = LAST_NAMES.get(random.nextInt(LAST_NAMES.size()));
            String username = ascii(first + "." + last) + "." + (n + 1) + DOMAIN;
            if (!usernames.add(username)) {
                continue;
            }
            Organisation main = weighted.get(random.nextInt(weighted.size()));
            List<Long> organisationIds = new ArrayList<>(List.of(main.id()));
            if (random.nextInt(100) < 10) {
                Organisation second = weighted.get(random.nextInt(weighted.size()));
                if (second.id() != main.id()) {
                    organisationIds.add(second.id());
                }
            }
            List<Long> homes = new ArrayList<>();
            List<String> areas = main.districts().isEmpty() ? districts.stream().map(NamedRef::name).toList()
                    : main.districts();
            homes.add(districtIds.get(areas.get(random.nextInt(areas.size()))));
            if (random.nextInt(100) < 20) {
                long other = districts.get(random.nextInt(districts.size())).id();
                if (!homes.contains(other)) {
                    homes.add(other);
                }
            }
            boolean youth = random.nextInt(100) < 4;
            List<Qualification> qualifications = new ArrayList<>();
            boolean trained = !youth && random.nextInt(100) < 60;
            if (trained) {
                qualifications.add(new Qualification(QualificationKind.BASIC_TRAINING,
                        today.minusDays(30 + random.nextInt(6 * 365)), null));
                if (random.nextInt(100) < 42) { // about 25 % of everyone
                    qualifications.add(new Qualification(QualificationKind.LEAD,
                            today.minusDays(random.nextInt(3 * 365)), null));
                }
            }
            if (!youth && random.nextInt(100) < 30) {
                LocalDate obtained = today.minusDays(random.nextInt(5 * 365));
                qualifications.add(new Qualification(QualificationKind.FIRST_AID, obtained, obtained.plusYears(3)));
            }
            Integer birthYear = random.nextInt(100) < 30
                    ? today.getYear() - (youth ? 16 : 20 + random.nextInt(50)) : null;
            Gender gender = random.nextInt(100) < 55 ? pickGender(random, woman) : null;
            List<String> languages = new ArrayList<>();
            if (random.nextInt(100) < 30) {
                languages.add(LANGUAGES.get(random.nextInt(LANGUAGES.size())));
                if (random.nextInt(100) < 30) {
                    String second = LANGUAGES.get(random.nextInt(LANGUAGES.size()));
                    if (!languages.contains(second)) {
                        languages.add(second);
                    }
                }
            }
            boolean limits = random.nextInt(100) < 20;
            VolunteerStatus status = random.nextInt(100) < 5 ? VolunteerStatus.PAUSED : VolunteerStatus.ACTIVE;
            String phone = String.format(Locale.ROOT, "07%d-%03d %02d %02d", random.nextInt(10), random.nextInt(1000),
                    random.nextInt(100), random.nextInt(100));
            people.add(new NewVolunteer(username, first + " " + last, username, phone, !youth, youth,
                    youth ? today.minusDays(10 + random.nextInt(200)) : null, birthYear,
                    !youth && random.nextInt(100) < 40 ? today.minusDays(random.nextInt(700)) : null, gender,
                    languages, limits ? 1 + random.nextInt(4) : null, limits ? 1 : null, status, organisationIds,
                    homes, qualifications));
        }
        return people;
    }

    private static Gender pickGender(Random random, boolean woman) {
        int roll = random.nextInt(100);
        if (roll < 85) {
            return woman ? Gender.FEMALE : Gender.MALE;
        }
        return roll < 92 ? Gender.NON_BINARY : Gender.UNDISCLOSED;
    }

    /** A username-safe form of a name: "Björn.Hodžić" becomes "bjorn.hodzic". */
    static String ascii(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.]", "");
    }
}
