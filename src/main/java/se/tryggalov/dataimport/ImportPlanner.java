package se.tryggalov.dataimport;

import org.springframework.stereotype.Component;
import se.tryggalov.dataimport.ImportRepository.ContactState;
import se.tryggalov.dataimport.ImportRepository.OrganisationState;
import se.tryggalov.dataimport.ImportRepository.Qualification;
import se.tryggalov.dataimport.ImportRepository.QualificationKind;
import se.tryggalov.dataimport.ImportRepository.VolunteerProfile;
import se.tryggalov.dataimport.ImportRepository.VolunteerState;
import se.tryggalov.partner.OrganisationKind;
import se.tryggalov.partner.PartnerService;
import se.tryggalov.security.PersonAccounts;
import se.tryggalov.shared.i18n.UserMessageException;
import se.tryggalov.shared.time.Zones;
import se.tryggalov.shared.validation.ImportFiles;
import se.tryggalov.shared.validation.Problem;
import se.tryggalov.shared.validation.Usernames;
import se.tryggalov.volunteer.ImportedVolunteer;
import se.tryggalov.volunteer.PeopleAccess;
import se.tryggalov.volunteer.VolunteerService;
import se.tryggalov.volunteer.VolunteerStatus;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static se.tryggalov.dataimport.ImportColumn.*;

/**
 * Turns an import file into a plan: the verdict on every row (new, changed, unchanged, error) and, for the rows
 * that change something, the write that does it: a call to the owning feature's service, which checks and stores
 * it. Planning reads but never writes, so the dry run and the apply share it: the apply plans again inside its
 * transaction and runs the writes, which join that transaction (all or nothing).
 */
@Component
class ImportPlanner {

    /** One row's verdict and, for a new or changed row, what writes it. */
    record PlannedRow(ImportRowResult result, Runnable write) {
    }

    record Plan(ImportKind kind, List<PlannedRow> rows, List<ImportProblem> fileProblems) {

        ImportPreview preview() {
            List<ImportRowResult> results = rows.stream().map(PlannedRow::result).toList();
            return new ImportPreview(kind, results, fileProblems, fingerprint(kind, results, fileProblems));
        }
    }

    private final ImportRepository repository;
    private final PersonAccounts accounts;
    private final PeopleAccess access;
    private final PartnerService partners;
    private final VolunteerService volunteers;
    private final Clock clock;

    ImportPlanner(ImportRepository repository, PeopleAccess access, PartnerService partners,
                  VolunteerService volunteers, Clock clock, PersonAccounts accounts) {
        this.repository = repository;
        this.accounts = accounts;
        this.access = access;
        this.partners = partners;
        this.volunteers = volunteers;
        this.clock = clock;
    }

    Plan plan(ImportKind kind, byte[] content) {
        Optional<Problem> tooLarge = ImportFiles.checkSize(content.length);
        if (tooLarge.isPresent()) {
            return new Plan(kind, List.of(), List.of(ImportProblem.of(0, tooLarge.get().key(),
                    tooLarge.get().arguments().toArray())));
        }
        ImportCsv.Table table = ImportCsv.read(kind, content, ImportService.MAX_ROWS);
        if (!table.problems().isEmpty()) {
            return new Plan(kind, List.of(), table.problems());
        }
        List<PlannedRow> rows = switch (kind) {
            case ORGANISATIONS -> organisations(table);
            case CONTACTS -> contacts(table);
            case VOLUNTEERS -> volunteers(table);
        };
        return new Plan(kind, rows, List.of());
    }

    static UserMessageException changedSinceCheck() {
        return new UserMessageException("imports.error.changedSinceCheck");
    }

    /** The owner's "changed by someone else" (or "gone") after the check is the import's "changed since the check". */
    private static void unlessStale(Runnable write) {
        try {
            write.run();
        } catch (UserMessageException e) {
            if (e.messageKey().equals("error.changedByOthers") || e.messageKey().equals("error.notFound")) {
                throw changedSinceCheck();
            }
            throw e;
        }
    }

    /** The import's view of a profile in the volunteer feature's terms. */
    private static ImportedVolunteer imported(VolunteerProfile p) {
        return new ImportedVolunteer(p.name(), p.email(), p.phone(), p.adult(), p.birthYear(), p.organisationIds(),
                p.districtIds(), p.qualifications().entrySet().stream()
                .map(q -> new se.tryggalov.volunteer.Qualification(
                        se.tryggalov.volunteer.QualificationKind.valueOf(q.getKey().name()),
                        q.getValue().obtained(), q.getValue().expires()))
                .toList(), p.languages(), VolunteerStatus.valueOf(p.status()));
    }

    // --- organisations --------------------------------------------------------------------------------------------

    private List<PlannedRow> organisations(ImportCsv.Table table) {
        Map<String, Long> districts = repository.districtIds();
        Map<String, OrganisationState> existing = byKey(repository.organisations(), OrganisationState::name);
        Map<String, Integer> firstLine = new HashMap<>();
        List<PlannedRow> planned = new ArrayList<>();
        for (ImportCsv.Row row : table.rows()) {
            RowValues v = new RowValues(row);
            String name = v.text(ORGANISATION_NAME, 150);
            OrganisationKind kind = v.organisationKind(ORGANISATION_KIND);
            Set<Long> districtIds = v.districts(ORGANISATION_DISTRICTS, districts);
            String subject = name == null ? "" : name;
            if (name != null) {
                duplicate(v, firstLine, RowValues.key(name));
            }
            if (!v.ok()) {
                planned.add(error(v, subject));
                continue;
            }
            OrganisationState current = existing.get(RowValues.key(name));
            Set<Long> wanted = current != null && !table.has(ORGANISATION_DISTRICTS) ? current.districtIds()
                    : districtIds == null ? Set.of() : Set.copyOf(districtIds); // blank: the whole municipality
            if (current == null) {
                planned.add(new PlannedRow(result(v, subject, ImportOutcome.NEW, List.of()),
                        () -> partners.createOrganisation(name, kind, wanted)));
                continue;
            }
            // the name is the key, compared without case: the spelling on record stays
            List<ImportColumn> changed = new ArrayList<>();
            changedIf(changed, ORGANISATION_KIND, kind.name(), current.kind());
            changedIf(changed, ORGANISATION_DISTRICTS, wanted, current.districtIds());
            planned.add(changed.isEmpty() ? unchanged(v, subject)
                    : new PlannedRow(result(v, subject, ImportOutcome.CHANGED, changed), () -> unlessStale(
                            () -> partners.updateOrganisation(current.id(), current.name(), kind, wanted,
                                    current.version()))));
        }
        return planned;
    }

    // --- contacts -------------------------------------------------------------------------------------------------

    private record ContactDraft(RowValues values, OrganisationState organisation, String name, String role,
                                String phone, String email) {
    }

    private List<PlannedRow> contacts(ImportCsv.Table table) {
        Map<String, OrganisationState> organisations = byKey(repository.organisations(), OrganisationState::name);
        Map<Long, Boolean> manageable = new HashMap<>();
        List<ContactDraft> drafts = new ArrayList<>();
        Set<Long> organisationIds = new LinkedHashSet<>();
        for (ImportCsv.Row row : table.rows()) {
            RowValues v = new RowValues(row);
            OrganisationState organisation = organisation(v, CONTACT_ORGANISATION, organisations, manageable);
            String name = v.text(CONTACT_NAME, 100);
            String role = v.text(CONTACT_ROLE, 100);
            String phone = v.phone(CONTACT_PHONE);
            String email = v.email(CONTACT_EMAIL);
            if (organisation != null && v.ok()) {
                organisationIds.add(organisation.id());
            }
            drafts.add(new ContactDraft(v, organisation, name, role, phone, email));
        }
        Map<Long, List<ContactState>> existing = repository.contacts(organisationIds).stream()
                .collect(Collectors.groupingBy(ContactState::organisationId));
        Map<String, Integer> firstLine = new HashMap<>();
        Map<Long, Integer> matchedLine = new HashMap<>();
        List<PlannedRow> planned = new ArrayList<>();
        for (ContactDraft d : drafts) {
            RowValues v = d.values();
            String subject = String.join(", ", nonNull(d.name(), d.organisation() == null ? null
                    : d.organisation().name()));
            if (d.organisation() != null && d.name() != null) {
                duplicate(v, firstLine, d.organisation().id() + "|"
                        + (d.email() != null ? "e:" + RowValues.key(d.email()) : "n:" + RowValues.key(d.name())));
            }
            if (!v.ok()) {
                planned.add(error(v, subject));
                continue;
            }
            ContactState current = match(v, existing.getOrDefault(d.organisation().id(), List.of()), d);
            if (current != null) {
                Integer earlier = matchedLine.putIfAbsent(current.id(), v.line());
                if (earlier != null) {
                    v.add("imports.error.duplicate", String.valueOf(earlier));
                }
            }
            if (!v.ok()) {
                planned.add(error(v, subject));
                continue;
            }
            long organisationId = d.organisation().id();
            if (current == null) {
                planned.add(new PlannedRow(result(v, subject, ImportOutcome.NEW, List.of()),
                        () -> partners.addContact(organisationId,
                                new se.tryggalov.partner.ContactDraft(d.name(), d.role(), d.phone(), d.email(), null))));
                continue;
            }
            String role = table.has(CONTACT_ROLE) ? d.role() : current.role();
            String phone = table.has(CONTACT_PHONE) ? d.phone() : current.phone();
            String email = table.has(CONTACT_EMAIL) ? sameKeyKeeps(d.email(), current.email()) : current.email();
            List<ImportColumn> changed = new ArrayList<>();
            changedIf(changed, CONTACT_NAME, d.name(), current.name());
            changedIf(changed, CONTACT_ROLE, role, current.role());
            changedIf(changed, CONTACT_PHONE, phone, current.phone());
            changedIf(changed, CONTACT_EMAIL, email, current.email());
            planned.add(changed.isEmpty() ? unchanged(v, subject)
                    : new PlannedRow(result(v, subject, ImportOutcome.CHANGED, changed), () -> unlessStale(
                            () -> partners.updateContact(current.id(),
                                    new se.tryggalov.partner.ContactDraft(d.name(), role, phone, email, current.userId()),
                                    current.version()))));
        }
        return planned;
    }

    /**
     * A contact is the same person as an existing one with the same e-mail address in the organisation, or,
     * without an address (in the file or on record), with the same name.
     */
    private static ContactState match(RowValues v, List<ContactState> contacts, ContactDraft d) {
        if (d.email() != null) {
            for (ContactState c : contacts) {
                if (c.email() != null && RowValues.key(c.email()).equals(RowValues.key(d.email()))) {
                    return c;
                }
            }
        }
        List<ContactState> sameName = contacts.stream()
                .filter(c -> d.email() == null || c.email() == null)
                .filter(c -> RowValues.key(c.name()).equals(RowValues.key(d.name())))
                .toList();
        if (sameName.size() > 1) {
            v.add("imports.error.contactAmbiguous", d.name());
            return null;
        }
        return sameName.isEmpty() ? null : sameName.getFirst();
    }

    // --- volunteers -----------------------------------------------------------------------------------------------

    private record VolunteerDraft(RowValues values, String name, String email, String username,
                                  OrganisationState organisation, String phone, Set<Long> districtIds,
                                  Boolean adult, Short birthYear, LocalDate basicTraining,
                                  LocalDate basicTrainingExpires, Boolean lead, LocalDate leadDate,
                                  LocalDate firstAid, LocalDate firstAidExpires, Set<String> languages,
                                  String status) {
    }

    private List<PlannedRow> volunteers(ImportCsv.Table table) {
        Map<String, Long> districts = repository.districtIds();
        Map<String, OrganisationState> organisations = byKey(repository.organisations(), OrganisationState::name);
        Map<Long, Boolean> manageable = new HashMap<>();
        LocalDate today = LocalDate.now(clock.withZone(Zones.STOCKHOLM));
        Map<String, Integer> firstLine = new HashMap<>();
        List<VolunteerDraft> drafts = new ArrayList<>();
        for (ImportCsv.Row row : table.rows()) {
            RowValues v = new RowValues(row);
            String name = v.text(VOLUNTEER_NAME, 100);
            String email = v.email(VOLUNTEER_EMAIL);
            String username = email == null ? null : Usernames.forEmail(email);
            if (username != null) {
                duplicate(v, firstLine, username);
            }
            OrganisationState organisation = organisation(v, VOLUNTEER_ORGANISATION, organisations, manageable);
            VolunteerDraft d = new VolunteerDraft(v, name, email, username, organisation,
                    v.phone(VOLUNTEER_MOBILE), v.districts(VOLUNTEER_DISTRICTS, districts),
                    v.yesNo(VOLUNTEER_ADULT), v.birthYear(VOLUNTEER_BIRTH_YEAR, today),
                    v.date(VOLUNTEER_BASIC_TRAINING), v.date(VOLUNTEER_BASIC_TRAINING_EXPIRES),
                    v.yesNo(VOLUNTEER_LEAD), v.date(VOLUNTEER_LEAD_DATE),
                    v.date(VOLUNTEER_FIRST_AID), v.date(VOLUNTEER_FIRST_AID_EXPIRES),
                    v.languages(VOLUNTEER_LANGUAGES), v.status(VOLUNTEER_STATUS));
            expiryWithoutDate(v, d.basicTraining(), d.basicTrainingExpires(), VOLUNTEER_BASIC_TRAINING,
                    VOLUNTEER_BASIC_TRAINING_EXPIRES);
            expiryWithoutDate(v, d.firstAid(), d.firstAidExpires(), VOLUNTEER_FIRST_AID, VOLUNTEER_FIRST_AID_EXPIRES);
            underage(v, d.adult(), d.birthYear(), today);
            if (Boolean.FALSE.equals(d.lead()) && d.leadDate() != null) {
                v.add("imports.error.leadContradiction", VOLUNTEER_LEAD, VOLUNTEER_LEAD_DATE);
            }
            drafts.add(d);
        }
        List<String> usernames = drafts.stream().map(VolunteerDraft::username).filter(Objects::nonNull).toList();
        Set<String> taken = repository.existingUsernames(usernames);
        Set<String> emailsInUse = accounts.emailsInUse(drafts.stream().map(VolunteerDraft::email)
                .filter(Objects::nonNull).toList());
        PeopleAccess.Scope scope = access.scope();
        Map<String, VolunteerState> visible = repository.volunteers(usernames, scope);

        List<PlannedRow> planned = new ArrayList<>();
        for (VolunteerDraft d : drafts) {
            RowValues v = d.values();
            String subject = String.join(", ", nonNull(d.name(), d.email()));
            VolunteerState current = d.username() == null ? null : visible.get(d.username());
            boolean inUse = d.username() != null && (taken.contains(d.username())
                    || emailsInUse.contains(d.email().trim().toLowerCase(java.util.Locale.ROOT)));
            if (current == null && inUse) {
                // A partner hears the same for the coordinator's address as for another organisation's volunteer's.
                if (scope.everyone()) {
                    v.add("imports.error.accountNotVolunteer", d.email());
                } else {
                    v.add("imports.error.emailUnavailable", d.email());
                }
            }
            if (current != null && "ANONYMISED".equals(current.profile().status())) {
                v.add("imports.error.volunteerAnonymised", d.email());
            }
            if (current != null && current.youthWalker() && Boolean.TRUE.equals(d.adult())) {
                v.add("imports.error.youthWalker");
            }
            if (!v.ok()) {
                planned.add(error(v, subject));
                continue;
            }
            VolunteerProfile desired = desired(table, d, current == null ? null : current.profile(), today);
            checkProfile(v, desired, d.birthYear() == null, today);
            if (!v.ok()) {
                planned.add(error(v, subject));
                continue;
            }
            if (current == null) {
                planned.add(new PlannedRow(result(v, subject, ImportOutcome.NEW, List.of()),
                        () -> volunteers.importNew(d.username(), imported(desired))));
                continue;
            }
            List<ImportColumn> changed = changes(current.profile(), desired);
            planned.add(changed.isEmpty() ? unchanged(v, subject)
                    : new PlannedRow(result(v, subject, ImportOutcome.CHANGED, changed), () -> {
                        if (!volunteers.importChange(current.userId(), current.accountVersion(), current.version(),
                                imported(current.profile()), imported(desired))) {
                            throw changedSinceCheck();
                        }
                    }));
        }
        return planned;
    }

    /**
     * The profile after the import: what the file says for the columns it has, what is on record for the columns
     * it lacks. Organisations are only added (a file about one organisation never takes a person from another).
     * A new person is INVITED whatever the file says; an existing one only moves between ACTIVE and PAUSED.
     */
    private static VolunteerProfile desired(ImportCsv.Table table, VolunteerDraft d, VolunteerProfile was,
                                            LocalDate today) {
        boolean isNew = was == null;
        Set<Long> organisations = new LinkedHashSet<>(isNew ? Set.of() : was.organisationIds());
        organisations.add(d.organisation().id());
        Map<QualificationKind, Qualification> qualifications = new EnumMap<>(QualificationKind.class);
        if (!isNew) {
            qualifications.putAll(was.qualifications());
        }
        if (table.has(VOLUNTEER_BASIC_TRAINING)) {
            dated(qualifications, QualificationKind.BASIC_TRAINING, d.basicTraining(), d.basicTrainingExpires(),
                    table.has(VOLUNTEER_BASIC_TRAINING_EXPIRES));
        }
        if (table.has(VOLUNTEER_FIRST_AID)) {
            dated(qualifications, QualificationKind.FIRST_AID, d.firstAid(), d.firstAidExpires(),
                    table.has(VOLUNTEER_FIRST_AID_EXPIRES));
        }
        if (table.has(VOLUNTEER_LEAD) || table.has(VOLUNTEER_LEAD_DATE)) {
            Qualification lead = qualifications.get(QualificationKind.LEAD);
            LocalDate expires = lead == null || lead.expires() == null || d.leadDate() == null
                    || lead.expires().isBefore(d.leadDate()) ? null : lead.expires(); // the file has no lead expiry
            if (d.leadDate() != null) {
                qualifications.put(QualificationKind.LEAD, new Qualification(d.leadDate(), expires));
            } else if (Boolean.TRUE.equals(d.lead())) {
                qualifications.put(QualificationKind.LEAD, lead != null ? lead : new Qualification(today, null));
            } else {
                qualifications.remove(QualificationKind.LEAD);
            }
        }
        String status;
        if (isNew) {
            status = "INVITED";
        } else if (d.status() != null && ("ACTIVE".equals(was.status()) || "PAUSED".equals(was.status()))) {
            status = d.status();
        } else {
            status = was.status();
        }
        return new VolunteerProfile(d.name(), isNew ? d.email() : sameKeyKeeps(d.email(), was.email()),
                isNew || table.has(VOLUNTEER_MOBILE) ? d.phone() : was.phone(),
                d.adult(),
                isNew || table.has(VOLUNTEER_BIRTH_YEAR) ? d.birthYear() : was.birthYear(),
                organisations,
                isNew || table.has(VOLUNTEER_DISTRICTS) ? orEmpty(d.districtIds()) : was.districtIds(),
                qualifications,
                isNew || table.has(VOLUNTEER_LANGUAGES) ? orEmpty(d.languages()) : was.languages(),
                status);
    }

    /** A qualification with a date column: blank removes it; a missing expiry column keeps the expiry on record. */
    private static void dated(Map<QualificationKind, Qualification> qualifications, QualificationKind kind,
                              LocalDate obtained, LocalDate expires, boolean expiryColumn) {
        Qualification was = qualifications.get(kind);
        if (obtained == null) {
            qualifications.remove(kind);
        } else {
            qualifications.put(kind, new Qualification(obtained,
                    expiryColumn ? expires : was == null ? null : was.expires()));
        }
    }

    /** Checks of the merged profile: what the file says may clash with what is on record. */
    private static void checkProfile(RowValues v, VolunteerProfile p, boolean birthYearOnRecord, LocalDate today) {
        expiryBeforeObtained(v, p, QualificationKind.BASIC_TRAINING, VOLUNTEER_BASIC_TRAINING,
                VOLUNTEER_BASIC_TRAINING_EXPIRES);
        expiryBeforeObtained(v, p, QualificationKind.FIRST_AID, VOLUNTEER_FIRST_AID, VOLUNTEER_FIRST_AID_EXPIRES);
        if (birthYearOnRecord) {
            underage(v, p.adult(), p.birthYear(), today);
        }
    }

    /** Born this year minus 17 or later: under 18 all year, so "18+ confirmed" cannot be true. */
    private static void underage(RowValues v, Boolean adult, Short birthYear, LocalDate today) {
        if (Boolean.TRUE.equals(adult) && birthYear != null && today.getYear() - birthYear < 18) {
            v.add("imports.error.birthYearUnder18", String.valueOf(birthYear), VOLUNTEER_ADULT);
        }
    }

    private static void expiryBeforeObtained(RowValues v, VolunteerProfile p, QualificationKind kind,
                                             ImportColumn obtainedColumn, ImportColumn expiresColumn) {
        Qualification q = p.qualifications().get(kind);
        if (q != null && q.expires() != null && q.expires().isBefore(q.obtained())) {
            v.add("imports.error.expiryBeforeObtained", expiresColumn, q.expires().toString(), obtainedColumn,
                    q.obtained().toString());
        }
    }

    private static void expiryWithoutDate(RowValues v, LocalDate obtained, LocalDate expires,
                                          ImportColumn obtainedColumn, ImportColumn expiresColumn) {
        if (obtained == null && expires != null) {
            v.add("imports.error.expiryWithoutDate", expiresColumn, obtainedColumn);
        }
    }

    private static List<ImportColumn> changes(VolunteerProfile was, VolunteerProfile now) {
        List<ImportColumn> changed = new ArrayList<>();
        changedIf(changed, VOLUNTEER_NAME, now.name(), was.name());
        changedIf(changed, VOLUNTEER_EMAIL, now.email(), was.email());
        changedIf(changed, VOLUNTEER_MOBILE, now.phone(), was.phone());
        changedIf(changed, VOLUNTEER_ORGANISATION, now.organisationIds(), was.organisationIds());
        changedIf(changed, VOLUNTEER_DISTRICTS, now.districtIds(), was.districtIds());
        changedIf(changed, VOLUNTEER_ADULT, now.adult(), was.adult());
        changedIf(changed, VOLUNTEER_BIRTH_YEAR, now.birthYear(), was.birthYear());
        qualificationChanges(changed, was, now, QualificationKind.BASIC_TRAINING, VOLUNTEER_BASIC_TRAINING,
                VOLUNTEER_BASIC_TRAINING_EXPIRES);
        Qualification wasLead = was.qualifications().get(QualificationKind.LEAD);
        Qualification nowLead = now.qualifications().get(QualificationKind.LEAD);
        if ((wasLead == null) != (nowLead == null)) {
            changed.add(VOLUNTEER_LEAD);
        } else if (wasLead != null && !wasLead.equals(nowLead)) {
            changed.add(VOLUNTEER_LEAD_DATE);
        }
        qualificationChanges(changed, was, now, QualificationKind.FIRST_AID, VOLUNTEER_FIRST_AID,
                VOLUNTEER_FIRST_AID_EXPIRES);
        changedIf(changed, VOLUNTEER_LANGUAGES, now.languages(), was.languages());
        changedIf(changed, VOLUNTEER_STATUS, now.status(), was.status());
        return changed;
    }

    private static void qualificationChanges(List<ImportColumn> changed, VolunteerProfile was, VolunteerProfile now,
                                             QualificationKind kind, ImportColumn obtained, ImportColumn expires) {
        Qualification before = was.qualifications().get(kind);
        Qualification after = now.qualifications().get(kind);
        changedIf(changed, obtained, after == null ? null : after.obtained(), before == null ? null : before.obtained());
        changedIf(changed, expires, after == null ? null : after.expires(), before == null ? null : before.expires());
    }

    // --- shared ---------------------------------------------------------------------------------------------------

    /** The organisation a row names, if it exists and the caller may import for it; else a problem. */
    private OrganisationState organisation(RowValues v, ImportColumn column, Map<String, OrganisationState> all,
                                           Map<Long, Boolean> manageable) {
        String name = v.raw(column);
        if (name == null) {
            return null;
        }
        OrganisationState organisation = all.get(RowValues.key(name));
        if (organisation == null) {
            v.add("imports.error.unknownOrganisation", name);
            return null;
        }
        if (!manageable.computeIfAbsent(organisation.id(), access::canManageOrganisation)) {
            v.add("imports.error.notYourOrganisation", organisation.name());
            return null;
        }
        return organisation;
    }

    private static void duplicate(RowValues v, Map<String, Integer> firstLine, String key) {
        Integer earlier = firstLine.putIfAbsent(key, v.line());
        if (earlier != null) {
            v.add("imports.error.duplicate", String.valueOf(earlier));
        }
    }

    private static void changedIf(List<ImportColumn> changed, ImportColumn column, Object now, Object was) {
        if (!Objects.equals(now, was)) {
            changed.add(column);
        }
    }

    private static <T> Map<String, T> byKey(List<T> values, Function<T, String> name) {
        Map<String, T> map = new HashMap<>();
        values.forEach(value -> map.putIfAbsent(RowValues.key(name.apply(value)), value));
        return map;
    }

    /** An e-mail address that differs from the one on record only in case is the same: the record's stays. */
    private static String sameKeyKeeps(String value, String onRecord) {
        return value != null && onRecord != null && RowValues.key(value).equals(RowValues.key(onRecord)) ? onRecord
                : value;
    }

    private static <T> Set<T> orEmpty(Set<T> values) {
        return values == null ? Set.of() : values;
    }

    private static List<String> nonNull(String... values) {
        List<String> kept = new ArrayList<>();
        for (String value : values) {
            if (value != null) {
                kept.add(value);
            }
        }
        return kept;
    }

    private static ImportRowResult result(RowValues v, String subject, ImportOutcome outcome,
                                          List<ImportColumn> changed) {
        return new ImportRowResult(v.line(), subject, outcome, changed, List.of());
    }

    private static PlannedRow unchanged(RowValues v, String subject) {
        return new PlannedRow(result(v, subject, ImportOutcome.UNCHANGED, List.of()), null);
    }

    private static PlannedRow error(RowValues v, String subject) {
        return new PlannedRow(new ImportRowResult(v.line(), subject, ImportOutcome.ERROR, List.of(), v.problems()),
                null);
    }

    /** Identifies a change set: the same file against the same data gives the same fingerprint. */
    static String fingerprint(ImportKind kind, List<ImportRowResult> rows, List<ImportProblem> fileProblems) {
        StringBuilder text = new StringBuilder(kind.name());
        for (ImportRowResult row : rows) {
            text.append('\n').append(row.line()).append(' ').append(row.outcome()).append(' ').append(row.changed())
                    .append(' ').append(row.problems().stream().map(ImportProblem::messageKey).toList());
        }
        fileProblems.forEach(p -> text.append('\n').append(p.messageKey()));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
