package se.tryggalov.privacy;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.tryggalov.availability.AvailabilityPersonalData;
import se.tryggalov.notify.NotifyPersonalData;
import se.tryggalov.partner.PartnerPersonalData;
import se.tryggalov.security.Account;
import se.tryggalov.security.CurrentUser;
import se.tryggalov.security.PersonAccounts;
import se.tryggalov.security.Role;
import se.tryggalov.shared.audit.AuditAction;
import se.tryggalov.shared.audit.AuditLog;
import se.tryggalov.shared.i18n.UserMessageException;
import se.tryggalov.shared.mail.Outbox;
import se.tryggalov.shared.privacy.PersonRef;
import se.tryggalov.shared.time.Zones;
import se.tryggalov.volunteer.PeopleAccess;
import se.tryggalov.volunteer.VolunteerPersonalData;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The personal-data rights of DOMAIN.md: everyone can download what is held about them and ask to be removed;
 * administrators carry out or reject removal requests, set the retention rules and run them (also nightly, see
 * {@link PrivacyJobs}).
 * <p>
 * Anonymisation keeps the rows that counts and history are made of, under an anonymous id, and erases what says
 * who the person was: name, username, e-mail, phone, birth year, gender, languages, consent and record-extract
 * dates, their contact-list entries, tokens and e-mails, and every mention in audit details and other e-mails.
 * With {@code keep_history} off it also deletes the profile's qualifications, availability, organisations and
 * districts.
 * <p>
 * Each part of a person's data is exported and erased by the feature that owns it (security: the account and its
 * tokens; volunteer: the profile; availability; partner: contact-list entries; the outbox; the audit log): this
 * service only decides what happens, when, and to whom, in one transaction that the owners' calls join.
 */
@Service
public class PrivacyService {

    /** The subject type of the audit entries this feature writes about a person (subject id = user id). */
    static final String PERSON = "person";
    static final String ANONYMOUS_USERNAME = "anonymised-";
    /** Stored, so one neutral language for every reader; the id keeps anonymous people apart in lists. */
    static final String ANONYMOUS_NAME = "Anonymiserad ";
    static final OffsetDateTime LOCKED_FOREVER = OffsetDateTime.of(9999, 12, 31, 0, 0, 0, 0, ZoneOffset.UTC);
    private static final int MIN_NEEDLE = 3;
    private static final int MIN_PHONE_DIGITS = 6;

    /** Who a person is, as far as anonymisation must find and erase it. */
    record Identity(long userId, String username, String displayName, String email, String phone,
                    String volunteerStatus) {

        PersonRef ref() {
            return new PersonRef(userId, username, email);
        }
    }

    private final PrivacyRepository privacy;
    private final PersonAccounts accounts;
    private final VolunteerPersonalData volunteers;
    private final AvailabilityPersonalData availability;
    private final PartnerPersonalData partners;
    private final NotifyPersonalData notifications;
    private final Outbox outbox;
    private final PeopleAccess peopleAccess;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    PrivacyService(PrivacyRepository privacy, PersonAccounts accounts, VolunteerPersonalData volunteers,
                   AvailabilityPersonalData availability, PartnerPersonalData partners,
                   NotifyPersonalData notifications, Outbox outbox, PeopleAccess peopleAccess,
                   CurrentUser currentUser, AuditLog audit, Clock clock) {
        this.notifications = notifications;
        this.privacy = privacy;
        this.accounts = accounts;
        this.volunteers = volunteers;
        this.availability = availability;
        this.partners = partners;
        this.outbox = outbox;
        this.peopleAccess = peopleAccess;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** The account's names and address with the profile's phone: what identifies the person in free text. */
    private java.util.Optional<Identity> identity(long userId) {
        return accounts.identity(userId).map(a -> {
            var profile = volunteers.profile(userId);
            return new Identity(a.userId(), a.username(), a.name(), a.email(),
                    profile.map(VolunteerPersonalData.Profile::phone).orElse(null),
                    profile.map(VolunteerPersonalData.Profile::status).orElse(null));
        });
    }

    // --- export -----------------------------------------------------------------------------------------------------

    /** Everything held about the signed-in person, as JSON ({@link PersonalDataExport#FORMAT}). */
    @PermitAll
    @Transactional
    public byte[] exportMyData() {
        return exportJson(me().id(), true);
    }

    /**
     * Everything held about a person, on their request: anyone for themself, administrators for any account,
     * coordinators and partner contacts for the volunteers they may see. Others get "not found".
     */
    @PermitAll
    @Transactional
    public byte[] exportPersonalData(long userId) {
        long me = me().id();
        if (userId != me && !currentUser.hasRole(Role.ADMIN)) {
            peopleAccess.requireReach(userId);
        }
        return exportJson(userId, userId == me);
    }

    private byte[] exportJson(long userId, boolean self) {
        Identity person = identity(userId).orElseThrow(() -> new UserMessageException("error.notFound"));
        PersonalDataExport export = new PersonalDataExport(PersonalDataExport.FORMAT, OffsetDateTime.now(clock),
                accounts.export(userId).orElseThrow(), volunteers.profile(userId).orElse(null),
                volunteers.organisations(userId), volunteers.districts(userId), volunteers.qualifications(userId),
                availability.export(userId), partners.export(person.ref()), accounts.exportTokens(userId),
                privacy.removalRequests(userId), outbox.mailsTo(person.ref()), audit.entriesOf(person.ref()));
        byte[] bytes = json.writeValueAsBytes(export);
        audit.record(AuditAction.PERSONAL_DATA_EXPORTED, PERSON, userId, self ? "self" : "on request");
        return bytes;
    }

    // --- the person's own page --------------------------------------------------------------------------------------

    @PermitAll
    @Transactional(readOnly = true)
    public MyPrivacy myPrivacy() {
        Account me = me();
        RetentionSettings rules = privacy.retention();
        return new MyPrivacy(volunteers.profile(me.id()).isPresent(), privacy.openRequestSince(me.id()).orElse(null),
                rules.availabilityMonths(), rules.inactiveProfileMonths(), rules.invitationDays(), rules.keepHistory());
    }

    /** One open request per person: a second one is refused with a message, also when two arrive at once. */
    @PermitAll
    @Transactional
    public void requestRemoval() {
        Account me = me();
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (!privacy.insertRemovalRequest(me.id(), now)) {
            throw new UserMessageException("privacy.error.alreadyRequested");
        }
        volunteers.setRemovalRequestedAt(me.id(), now);
        audit.record(AuditAction.REMOVAL_REQUESTED, PERSON, me.id(), null);
    }

    @PermitAll
    @Transactional
    public void withdrawRemovalRequest() {
        Account me = me();
        if (!privacy.deleteOpenRequest(me.id())) {
            throw new UserMessageException("privacy.error.noOpenRequest");
        }
        volunteers.setRemovalRequestedAt(me.id(), null);
        audit.record(AuditAction.REMOVAL_REQUESTED, PERSON, me.id(), "withdrawn");
    }

    // --- administrators: removal requests ---------------------------------------------------------------------------

    @RolesAllowed(Role.Names.ADMIN)
    @Transactional
    public List<OpenRemovalRequest> openRemovalRequests() {
        List<OpenRemovalRequest> open = privacy.openRequests();
        audit.record(AuditAction.PERSON_LIST_VIEWED, "removal_request", null, "count=" + open.size());
        return open;
    }

    /** Anonymises the person who asked. A request another administrator handled a moment ago is refused. */
    @RolesAllowed(Role.Names.ADMIN)
    @Transactional
    public void carryOut(long requestId) {
        Account me = me();
        long userId = privacy.openRequestUser(requestId)
                .orElseThrow(() -> new UserMessageException("privacy.error.requestHandled"));
        if (userId == me.id()) {
            throw new UserMessageException("privacy.error.cannotAnonymiseSelf");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        // closing first takes the row lock: of two administrators at once, the second finds it closed
        if (!privacy.closeOpenRequest(userId, now, me.id(), PrivacyRepository.ANONYMISED)) {
            throw new UserMessageException("privacy.error.requestHandled");
        }
        anonymisePerson(userId, me.id(), now);
    }

    @RolesAllowed(Role.Names.ADMIN)
    @Transactional
    public void reject(long requestId) {
        Account me = me();
        long userId = privacy.openRequestUser(requestId)
                .orElseThrow(() -> new UserMessageException("privacy.error.requestHandled"));
        if (!privacy.closeOpenRequest(userId, OffsetDateTime.now(clock), me.id(), PrivacyRepository.REJECTED)) {
            throw new UserMessageException("privacy.error.requestHandled");
        }
        volunteers.setRemovalRequestedAt(userId, null);
        audit.record(AuditAction.REMOVAL_REJECTED, PERSON, userId, null);
    }

    /** Anonymises a person at once, in one transaction (see the class comment for what stays). */
    @RolesAllowed(Role.Names.ADMIN)
    @Transactional
    public void anonymise(long userId) {
        Account me = me();
        if (userId == me.id()) {
            throw new UserMessageException("privacy.error.cannotAnonymiseSelf");
        }
        anonymisePerson(userId, me.id(), OffsetDateTime.now(clock));
    }

    private void anonymisePerson(long userId, Long handledBy, OffsetDateTime now) {
        Identity person = identity(userId).orElseThrow(() -> new UserMessageException("error.notFound"));
        boolean keepHistory = privacy.retention().keepHistory();
        String username = ANONYMOUS_USERNAME + userId;
        int erased = eraseTraces(person, username);
        accounts.anonymise(userId, username, ANONYMOUS_NAME + userId, LOCKED_FOREVER);
        int history = 0;
        if (person.volunteerStatus() != null) {
            volunteers.anonymise(userId, now);
            if (!keepHistory) {
                history = volunteers.deleteHistory(userId) + availability.delete(userId);
            }
        }
        privacy.closeOpenRequest(userId, now, handledBy, PrivacyRepository.ANONYMISED);
        audit.record(AuditAction.PERSON_ANONYMISED, PERSON, userId,
                "erased=" + erased + ";history=" + (keepHistory ? "kept" : "deleted " + history));
    }

    /**
     * What must go whether the account stays (anonymised) or is deleted: contact-list entries, the calendar-feed
     * address and notifications, tokens, e-mails to
     * them, their name on their own audit entries, and any mention of them in audit details and other e-mails.
     */
    private int eraseTraces(Identity person, String anonymousUsername) {
        Set<String> needles = needles(person);
        UnaryOperator<String> replace = replacer(needles, anonymousUsername);
        return partners.delete(person.ref())
                + notifications.delete(person.ref())
                + accounts.deleteTokens(person.userId())
                + outbox.deleteMailsTo(person.ref())
                + audit.renameActor(person.ref(), anonymousUsername)
                + audit.scrub(needles, replace)
                + outbox.scrub(needles, replace);
    }

    /** The strings that identify the person in free text: name, username, e-mail and the usual forms of the phone. */
    static Set<String> needles(Identity person) {
        Set<String> needles = new LinkedHashSet<>();
        for (String value : new String[] {person.displayName(), person.username(), person.email()}) {
            if (value != null && value.trim().length() >= MIN_NEEDLE) {
                needles.add(value.trim());
            }
        }
        if (person.phone() != null) {
            String digits = person.phone().replaceAll("\\D", "");
            if (digits.length() >= MIN_PHONE_DIGITS) {
                needles.add(person.phone().trim());
                needles.add(digits);
                if (digits.startsWith("46")) {
                    needles.add("0" + digits.substring(2));
                } else if (digits.startsWith("0")) {
                    needles.add("46" + digits.substring(1));
                }
            }
        }
        return needles;
    }

    /**
     * Replaces whole-word occurrences only, case-insensitively: a short first name must not eat into other words
     * ("Anna" in "annan"). Longest needles first, so the full name goes before a part of it.
     */
    static UnaryOperator<String> replacer(Set<String> needles, String replacement) {
        List<Pattern> patterns = needles.stream()
                .sorted((a, b) -> Integer.compare(b.length(), a.length()))
                .map(n -> Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(n) + "(?![\\p{L}\\p{N}])",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))
                .toList();
        String quoted = Matcher.quoteReplacement(replacement);
        return text -> {
            String result = text;
            for (Pattern pattern : patterns) {
                result = pattern.matcher(result).replaceAll(quoted);
            }
            return result;
        };
    }

    // --- administrators: retention --------------------------------------------------------------------------------

    @RolesAllowed(Role.Names.ADMIN)
    @Transactional(readOnly = true)
    public RetentionSettings retention() {
        return privacy.retention();
    }

    /** Refused with a message when out of range, or when someone else saved since {@code expectedVersion}. */
    @RolesAllowed(Role.Names.ADMIN)
    @Transactional
    public void saveRetention(Integer availabilityMonths, Integer inactiveProfileMonths, Integer invitationDays,
                              boolean keepHistory, int expectedVersion) {
        requireRange(availabilityMonths, RetentionSettings.MIN_MONTHS, RetentionSettings.MAX_MONTHS,
                "privacy.error.monthsRange");
        requireRange(inactiveProfileMonths, RetentionSettings.MIN_MONTHS, RetentionSettings.MAX_MONTHS,
                "privacy.error.monthsRange");
        requireRange(invitationDays, RetentionSettings.MIN_INVITATION_DAYS, RetentionSettings.MAX_INVITATION_DAYS,
                "privacy.error.daysRange");
        if (!privacy.saveRetention(availabilityMonths, inactiveProfileMonths, invitationDays, keepHistory,
                expectedVersion)) {
            throw new UserMessageException("privacy.error.retentionChanged");
        }
        audit.record(AuditAction.RETENTION_CHANGED, "data_retention", 1,
                "availabilityMonths=" + availabilityMonths + ";inactiveProfileMonths=" + inactiveProfileMonths
                        + ";invitationDays=" + invitationDays + ";keepHistory=" + keepHistory);
    }

    private static void requireRange(Integer value, int min, int max, String key) {
        if (value == null || value < min || value > max) {
            throw new UserMessageException(key, min, max);
        }
    }

    @RolesAllowed(Role.Names.ADMIN)
    @Transactional
    public RetentionSummary runRetentionNow() {
        return runRetention(clock.instant());
    }

    /**
     * Applies the retention rules as of {@code now}, in one transaction:
     * <ol>
     *   <li>people invited who never came (see {@link PrivacyRepository#abandonedInvitations}) whose invitation
     *   expired more than {@code invitation_days} ago are deleted, after their traces are erased;</li>
     *   <li>volunteers neither active nor signed in for {@code inactive_profile_months} are anonymised;</li>
     *   <li>availability for evenings more than {@code availability_months} back is deleted (also anonymous);</li>
     *   <li>tokens that expired more than {@code invitation_days} ago are deleted.</li>
     * </ol>
     * Months are counted in Stockholm's calendar. The counts are stored with the time and audited.
     */
    @RolesAllowed(Role.Names.ADMIN)
    @Transactional
    public RetentionSummary runRetention(Instant now) {
        RetentionSettings rules = privacy.retention();
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        ZonedDateTime local = now.atZone(Zones.STOCKHOLM);
        OffsetDateTime invitationCutoff = at.minusDays(rules.invitationDays());

        int invitations = 0;
        for (long userId : privacy.abandonedInvitations(invitationCutoff)) {
            Identity person = identity(userId).orElseThrow();
            eraseTraces(person, ANONYMOUS_USERNAME + userId);
            if (accounts.delete(userId)) {
                invitations++;
            }
        }
        List<Long> inactive = privacy.inactiveVolunteers(local.minusMonths(rules.inactiveProfileMonths()).toOffsetDateTime());
        for (long userId : inactive) {
            anonymisePerson(userId, null, at);
        }
        int answers = availability.deleteBefore(local.toLocalDate().minusMonths(rules.availabilityMonths()));
        int tokens = accounts.deleteTokensExpiredBefore(invitationCutoff);

        RetentionSummary summary = new RetentionSummary(inactive.size(), answers, tokens, invitations);
        privacy.recordRun(at, summary.stored());
        audit.record(AuditAction.RETENTION_RUN, "data_retention", 1, summary.stored());
        return summary;
    }

    private Account me() {
        return currentUser.account().orElseThrow(() -> new UserMessageException("error.notSignedIn"));
    }
}
