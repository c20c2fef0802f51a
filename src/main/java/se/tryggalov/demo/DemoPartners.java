package se.tryggalov.demo;

import org.springframework.stereotype.Component;
import se.tryggalov.partner.CommitmentDraft;
import se.tryggalov.partner.CommitmentKind;
import se.tryggalov.partner.ContactDraft;
import se.tryggalov.partner.DistrictRef;
import se.tryggalov.partner.LinkableUser;
import se.tryggalov.partner.OrganisationDetail;
import se.tryggalov.partner.OrganisationKind;
import se.tryggalov.partner.PartnerService;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Demo contact persons and standing commitments for the Botkyrka-like partner organisations of {@link DemoData}.
 * The people are invented; their numbers are in 070-174 06 05 – 070-174 06 99, the range the Swedish Post and
 * Telecom Authority (PTS) keeps for fiction, and their addresses are at example.org. Organisations are found by
 * name; one that already has contacts or commitments is left alone, so loading twice changes nothing.
 * Call {@link #load()} as a coordinator, inside the demo loading transaction.
 */
@Component
class DemoPartners {

    static final String SECURITY_COMPANY = "Trygghetsbolaget Syd (demo)";
    private static final Set<DayOfWeek> FRIDAY_SATURDAY = Set.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);

    private final PartnerService partners;

    DemoPartners(PartnerService partners) {
        this.partners = partners;
    }

    void load() {
        Map<String, Long> districts = partners.districts().stream()
                .collect(Collectors.toMap(DistrictRef::name, DistrictRef::id));
        if (partners.organisations().stream().noneMatch(o -> o.name().equals(SECURITY_COMPANY))
                && districts.containsKey("Hallunda-Norsborg")) {
            partners.createOrganisation(SECURITY_COMPANY, OrganisationKind.SECURITY_COMPANY,
                    List.of(districts.get("Hallunda-Norsborg")));
        }
        Map<String, OrganisationDetail> byName = partners.organisationDetails().stream()
                .collect(Collectors.toMap(OrganisationDetail::name, Function.identity()));

        fill(byName, "Botkyrka kommun – trygghetssamordning", org -> {
            contact(org, "Sara Lind", "Trygghetssamordnare", "070-174 06 10", "sara.lind@example.org");
            contact(org, "Mikael Nyström", "Brottsförebyggande samordnare", "070-174 06 11",
                    "mikael.nystrom@example.org");
        });
        fill(byName, "Socialförvaltningen – fältassistenter", org -> {
            contact(org, "Leila Karimi", "Samordnare för fältassistenterna", "070-174 06 15",
                    "leila.karimi@example.org");
            commitment(org, CommitmentKind.STAFF, 2, null, 3, FRIDAY_SATURDAY, 20, 0,
                    "Två fältassistenter ute i varje kommundel fredag och lördag kväll under lov och på riskkvällar");
        });
        fill(byName, "Polisen – lokalpolisområde Botkyrka", org -> {
            contact(org, "Johan Ekström", "Kommunpolis", "070-174 06 20", "johan.ekstrom@example.org");
            contact(org, "Polisens växel", "Vid akut läge: ring 112", "114 14", null);
            commitment(org, CommitmentKind.PATROL, 1, districts.get("Alby"), 4, Set.of(), 21, 2,
                    "En polispatrull i Alby på kvällar med risknivå 4 eller högre");
            commitment(org, CommitmentKind.PATROL, 1, districts.get("Fittja"), 4, Set.of(), 21, 2,
                    "En polispatrull i Fittja på kvällar med risknivå 4 eller högre");
        });
        fill(byName, SECURITY_COMPANY, org -> {
            contact(org, "Driftcentralen", "Bemannad dygnet runt", "070-174 06 30", "drift@example.org");
            commitment(org, CommitmentKind.GUARD, 1, districts.get("Hallunda-Norsborg"), 3, Set.of(), 20, 3,
                    "En väktarbil ronderar Hallunda och Norsborg på kvällar med risknivå 3 eller högre");
        });
        fill(byName, "Södertörns brandförsvarsförbund", org -> {
            contact(org, "Insatsledare i tjänst", "Räddningstjänsten", "070-174 06 40", "insatsledare@example.org");
            commitment(org, CommitmentKind.STANDBY, 1, null, 5, Set.of(), 18, 4,
                    "En extra släckenhet i beredskap på valborgsmässoafton och nyårsafton (risknivå 5)");
        });
        fill(byName, "Kultur- och fritidsförvaltningen", org -> {
            contact(org, "Jenny Ståhl", "Enhetschef fritidsgårdar", "070-174 06 50", "jenny.stahl@example.org");
            commitment(org, CommitmentKind.OPENING, 1, districts.get("Alby"), 3, FRIDAY_SATURDAY, 18, 0,
                    "Albys fritidsgård har öppet till midnatt fredag och lördag under loven");
            commitment(org, CommitmentKind.OPENING, 1, districts.get("Fittja"), 3, FRIDAY_SATURDAY, 18, 0,
                    "Fittja fritidsgård har öppet till midnatt fredag och lördag under loven");
        });
        fill(byName, "Southside fritidsgård", org -> {
            contact(org, "Nadia Haddad", "Fritidsledare", "070-174 06 55", "nadia.haddad@example.org");
            commitment(org, CommitmentKind.OPENING, 1, null, 1, FRIDAY_SATURDAY, 18, 0,
                    "Förlängt öppet till midnatt varje fredag och lördag");
        });
        fill(byName, "Nattvandrarna Botkyrka", org ->
                contact(org, "Ali Hassan", "Ordförande", "070-174 06 60", "ali.hassan@example.org"));
        fill(byName, "Föräldravandring Tullinge", org ->
                contact(org, "Karin Sjöberg", "Samordnare", "070-174 06 65", "karin.sjoberg@example.org"));
        fill(byName, "Botkyrkabyggen", org ->
                contact(org, "Peter Lindqvist", "Områdeschef", "070-174 06 70", "peter.lindqvist@example.org"));
        fill(byName, "Svenska kyrkan i Botkyrka", org -> {
            contact(org, "Kristina Holm", "Diakon", "070-174 06 75", "kristina.holm@example.org");
            commitment(org, CommitmentKind.OTHER, 1, districts.get("Tumba"), 5, Set.of(), 20, 1,
                    "Öppen kyrka med fika och vuxna att prata med i Tumba på de högsta riskkvällarna");
        });
    }

    private void fill(Map<String, OrganisationDetail> byName, String name,
                      java.util.function.Consumer<OrganisationDetail> filler) {
        OrganisationDetail organisation = byName.get(name);
        if (organisation != null && organisation.contacts().isEmpty() && organisation.commitments().isEmpty()) {
            filler.accept(organisation);
        }
    }

    /** A contact; linked to the organisation's demo account of the same name, when there is one. */
    private void contact(OrganisationDetail org, String name, String role, String phone, String email) {
        Long userId = partners.linkableUsers(org.id()).stream().filter(u -> u.displayName().equals(name))
                .findFirst().map(LinkableUser::id).orElse(null);
        partners.addContact(org.id(), new ContactDraft(name, role, phone, email, userId));
    }

    private void commitment(OrganisationDetail org, CommitmentKind kind, int quantity, Long districtId, int minRisk,
                            Set<DayOfWeek> weekdays, int fromHour, int toHour, String description) {
        partners.addCommitment(org.id(), new CommitmentDraft(kind, quantity, districtId, minRisk, weekdays,
                LocalTime.of(fromHour, 0), LocalTime.of(toHour, 0), null, null, description));
    }
}
