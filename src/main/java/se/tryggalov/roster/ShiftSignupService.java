package se.tryggalov.roster;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.tryggalov.partner.PartnerService;
import se.tryggalov.security.Account;
import se.tryggalov.security.CurrentUser;
import se.tryggalov.security.Role;
import se.tryggalov.shared.audit.AuditAction;
import se.tryggalov.shared.audit.AuditLog;
import se.tryggalov.shared.i18n.UserMessageException;
import se.tryggalov.shared.time.Zones;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Volunteers take shifts themselves: the open shifts they may take, signing up, the waitlist and its offers,
 * answers to the solver's published proposals, cancelling in time and "I can't come" after the deadline. Every
 * change locks the shift's row first, so the places of one shift change one writer at a time; the database refuses
 * an overbooking or an overlap on its own as well (V9), and such a refusal reaches the person as the same message.
 * Every refusal is a {@link UserMessageException} and leaves the data as it was.
 */
@Service
public class ShiftSignupService {

    static final int OPEN_SHIFT_DAYS = 120;
    private static final String FULL = "23TLF";
    private static final String EXCLUSION = "23P01";
    private static final String UNIQUE = "23505";

    private final SignupRepository signups;
    private final RosterRepository roster;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;
    private final PartnerService partners;
    /** Roster events (RosterEvents), heard in the change's own transaction: notifications listen. */
    private final ApplicationEventPublisher events;

    ShiftSignupService(SignupRepository signups, RosterRepository roster, CurrentUser currentUser, AuditLog audit,
                       Clock clock, PartnerService partners,
                       ApplicationEventPublisher events) {
        this.partners = partners;
        this.events = events;
        this.signups = signups;
        this.roster = roster;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** The open-shift list's filter; every part optional. */
    public record Filter(Long calendarItemId, LocalDate day, Long districtId) {
        public static final Filter NONE = new Filter(null, null, null);
    }

    // ---- open shifts ------------------------------------------------------------------------------------------------

    /** The shifts the caller may sign up for (or join the waitlist of), soonest first. */
    @RolesAllowed(Role.Names.VOLUNTEER)
    @Transactional(readOnly = true)
    public List<OpenShift> openShifts(Filter filter) {
        Filter f = filter == null ? Filter.NONE : filter;
        long me = me().id();
        Optional<SignupRepository.Walker> walker = signups.walker(me);
        if (walker.isEmpty() || !"ACTIVE".equals(walker.get().status())) {
            return List.of();
        }
        LocalDateTime now = now();
        LocalDate today = now.toLocalDate();
        LocalDate first = f.day() != null ? f.day() : today.minusDays(1);
        // a chosen break shows all of its shifts; otherwise the coming months
        LocalDate last = f.day() != null ? f.day()
                : f.calendarItemId() != null ? LocalDate.of(9999, 12, 31) : today.plusDays(OPEN_SHIFT_DAYS);
        if (last.isBefore(today.minusDays(1))) {
            return List.of();
        }
        List<SignupRepository.Candidate> candidates = signups.openShifts(first, last, now, f.districtId(),
                f.calendarItemId());
        if (candidates.isEmpty()) {
            return List.of();
        }
        // everything the rule asks about the person, read once for the whole list
        SignupRepository.Settings settings = signups.settings();
        LocalDate[] range = Eligibility.busyRange(candidates.getFirst().info().day(),
                candidates.getLast().info().day());
        Eligibility.Facts facts = facts(walker.get(), settings, range[0], range[1],
                candidates.stream().map(c -> c.info().id()).toList(),
                candidates.stream().anyMatch(c -> !c.info().qualifications().isEmpty()));
        List<OpenShift> result = new ArrayList<>();
        for (SignupRepository.Candidate c : candidates) {
            Window window = window(settings.policy(), settings.rules(), c.info());
            if (Eligibility.refusal(facts, c.info(), window, now).isPresent()) {
                continue;
            }
            OpenShift s = c.shift();
            result.add(new OpenShift(s.shiftId(), s.day(), s.startsAt(), s.endsAt(), s.districtId(), s.districtName(),
                    s.activityTitle(), s.meetingPoint(), s.venueName(), s.latitude(), s.longitude(), s.riskLevel(),
                    s.placesLeft(), s.maxSize(), s.leadFirstName(), s.calendarItemId(), s.breakTitle(),
                    window.needsApproval()));
        }
        return result;
    }

    /**
     * Reads what {@link Eligibility#refusal} decides on for the person: the evenings they are out first and their
     * rows on the shifts after (so a second tab that just signed up is heard as "already signed up", not "out that
     * evening"), their qualifications only when a shift asks for one.
     */
    private Eligibility.Facts facts(SignupRepository.Walker walker, SignupRepository.Settings settings,
                                    LocalDate busyFrom, LocalDate busyTo, List<Long> shiftIds,
                                    boolean qualificationsNeeded) {
        Set<LocalDate> busy = Set.copyOf(signups.busyEvenings(walker.userId(), busyFrom, busyTo));
        var places = signups.placesOf(walker.userId(), shiftIds);
        List<Eligibility.Held> held = qualificationsNeeded ? signups.qualifications(walker.userId()) : List.of();
        return new Eligibility.Facts(walker, places, held, busy, settings.limits());
    }

    /** The breaks and key dates with shifts open for sign-up, for the list's filter (not personal data). */
    @RolesAllowed(Role.Names.VOLUNTEER)
    @Transactional(readOnly = true)
    public List<SignupBreak> openBreaks() {
        return signups.openBreaks(now());
    }

    // ---- sign up ------------------------------------------------------------------------------------------------------

    /**
     * Takes a place on the shift for the caller: CONFIRMED, or PENDING when the rule asks for approval. Refused
     * (nothing changes) when the shift is full, closed for sign-up, not for this person, or they are out that evening.
     */
    @RolesAllowed(Role.Names.VOLUNTEER)
    @Transactional
    public SignupResult signUp(long shiftId) {
        long me = me().id();
        try {
            Checked checked = check(shiftId, me, true); // a full shift is answered without waiting for the lock
            SignupRepository.ShiftInfo locked = signups.lockShift(shiftId)
                    .orElseThrow(() -> new UserMessageException("signup.error.noSuchShift"));
            // the places first: those who queued for the lock in vain hold it for one count, not for every check
            if (locked.takesPeople() && signups.placesTaken(shiftId) >= locked.maxSize()) {
                checkExisting(shiftId, me); // someone already on it (a second tab) hears that, not "full"
                throw new UserMessageException("signup.error.full");
            }
            recheck(locked, me);
            AssignmentStatus status = checked.window().needsApproval() ? AssignmentStatus.PENDING
                    : AssignmentStatus.CONFIRMED;
            long id = signups.insert(shiftId, me, status, null, OffsetDateTime.now(clock));
            audit.record(AuditAction.ROSTER_CHANGED, "shift", shiftId, "signed up " + status);
            return new SignupResult(id, status, null);
        } catch (RuntimeException e) { // the database's refusals, whichever layer wrapped them
            throw refusalOf(e);
        }
    }

    /** Puts the caller in line for a full shift; the answer holds their place in line. */
    @RolesAllowed(Role.Names.VOLUNTEER)
    @Transactional
    public SignupResult joinWaitlist(long shiftId) {
        long me = me().id();
        try {
            check(shiftId, me, false);
            SignupRepository.ShiftInfo shift = lock(shiftId, me);
            if (signups.placesTaken(shiftId) < shift.maxSize()) {
                throw new UserMessageException("signup.error.notFull");
            }
            int position = signups.nextWaitlistPosition(shiftId);
            long id = signups.insert(shiftId, me, AssignmentStatus.WAITLISTED, position, OffsetDateTime.now(clock));
            audit.record(AuditAction.ROSTER_CHANGED, "shift", shiftId, "waitlisted");
            return new SignupResult(id, AssignmentStatus.WAITLISTED, (int) signups.waitlist(shiftId).stream()
                    .takeWhile(p -> p.id() != id).count() + 1);
        } catch (RuntimeException e) { // the database's refusals, whichever layer wrapped them
            throw refusalOf(e);
        }
    }

    /** A shift that passed every check of the person, and the sign-up rule that applies to it. */
    private record Checked(SignupRepository.ShiftInfo shift, Window window) {
    }

    /**
     * Every check that does not depend on the shift's places, without a lock (so people refused for other reasons,
     * and everyone once the shift is full, are answered at once instead of queueing for the shift's row).
     */
    private Checked check(long shiftId, long me, boolean refuseWhenFull) {
        SignupRepository.ShiftForPerson read = signups.shift(shiftId, me)
                .orElseThrow(() -> new UserMessageException("signup.error.noSuchShift"));
        SignupRepository.ShiftInfo shift = read.shift();
        if (!shift.takesPeople()) {
            throw new UserMessageException("signup.error.noSuchShift");
        }
        if (!shift.start().isAfter(now())) {
            throw new UserMessageException("signup.error.started");
        }
        if (refuseWhenFull && shift.taken() >= shift.maxSize()) {
            if (read.mine() != null) {
                refuseExisting(read.mine()); // someone already on it hears that, not "full"
            }
            throw new UserMessageException("signup.error.full"); // the crowd after the last place: one read
        }
        SignupRepository.Walker walker = signups.walker(me)
                .orElseThrow(() -> new UserMessageException("signup.error.notAVolunteer"));
        if (!"ACTIVE".equals(walker.status())) {
            throw new UserMessageException("signup.error.notActive");
        }
        SignupRepository.Settings settings = signups.settings();
        Window window = window(settings.policy(), settings.rules(), shift);
        LocalDate[] range = Eligibility.busyRange(shift.day(), shift.day());
        Eligibility.Facts facts = facts(walker, settings, range[0], range[1], List.of(shiftId),
                !shift.qualifications().isEmpty());
        Optional<Eligibility.Refusal> refusal = Eligibility.refusal(facts, shift, window, now());
        if (refusal.isPresent()) {
            throw new UserMessageException(refusal.get().key(), refusal.get().args());
        }
        return new Checked(shift, window);
    }

    /**
     * The shift's row locked, then what another request of the same person may have changed meanwhile (a second
     * tab, another shift that evening). Overlaps and the maximum are also the database's own rules.
     */
    private SignupRepository.ShiftInfo lock(long shiftId, long me) {
        return recheck(signups.lockShift(shiftId)
                .orElseThrow(() -> new UserMessageException("signup.error.noSuchShift")), me);
    }

    /** What {@link #lock} checks once the shift is locked. */
    private SignupRepository.ShiftInfo recheck(SignupRepository.ShiftInfo shift, long me) {
        long shiftId = shift.id();
        if (!shift.takesPeople()) {
            throw new UserMessageException("signup.error.noSuchShift");
        }
        checkExisting(shiftId, me);
        if (!signups.busyEvenings(me, shift.day(), shift.day()).isEmpty()) {
            throw new UserMessageException("signup.error.busyThatEvening");
        }
        return shift;
    }

    /** A row of the person on the shift: refused, or removed when it has ended (cancelled, declined, expired). */
    private void checkExisting(long shiftId, long me) {
        Optional<SignupRepository.Place> existing = signups.place(shiftId, me);
        if (existing.isPresent()) {
            if (ENDED.contains(existing.get().status())) {
                signups.deleteEnded(existing.get().id());
            } else {
                refuseExisting(existing.get().status());
            }
        }
    }

    private static final Set<AssignmentStatus> ENDED =
            EnumSet.of(AssignmentStatus.CANCELLED, AssignmentStatus.DECLINED, AssignmentStatus.EXPIRED);

    /** What a person already on the shift is told; an ended row (cancelled, declined, expired) is no refusal. */
    private static void refuseExisting(AssignmentStatus status) {
        switch (status) {
            case CANCELLED, DECLINED, EXPIRED -> {
            }
            case LATE_CANCELLED, NO_SHOW -> throw new UserMessageException("signup.error.toldCannotCome");
            case WAITLISTED -> throw new UserMessageException("signup.error.alreadyWaiting");
            default -> throw new UserMessageException("signup.error.twice");
        }
    }

    /** The database's own refusals as the person's message: full, overlapping, twice. */
    private static RuntimeException refusalOf(RuntimeException e) {
        if (e instanceof UserMessageException) {
            return e;
        }
        String state = sqlState(e);
        if (FULL.equals(state)) {
            return new UserMessageException("signup.error.full");
        }
        if (EXCLUSION.equals(state)) {
            return new UserMessageException("signup.error.busyThatEvening");
        }
        if (UNIQUE.equals(state)) {
            return new UserMessageException("signup.error.twice");
        }
        return e;
    }

    static String sqlState(Throwable e) {
        return se.tryggalov.shared.db.PlaceRules.sqlState(e);
    }

    // ---- the window -------------------------------------------------------------------------------------------------

    /** Whether sign-up is open for a shift, from when, and whether it needs approval: the most specific rule wins. */
    record Window(boolean open, Integer opensDaysBefore, boolean needsApproval) {

        LocalDate opensOn(SignupRepository.ShiftInfo shift) {
            return opensDaysBefore == null ? null : shift.day().minusDays(opensDaysBefore);
        }
    }

    static Window window(SignupPolicy policy, List<SignupRule> rules, SignupRepository.ShiftInfo shift) {
        SignupRule best = null;
        int bestRank = 0;
        for (SignupRule rule : rules) {
            boolean typeMatches = rule.activityType() == null || rule.activityType().equals(shift.activityType());
            boolean breakMatches = rule.calendarItemId() == null || rule.calendarItemId().equals(shift.calendarItemId());
            if (!typeMatches || !breakMatches) {
                continue;
            }
            int rank = (rule.calendarItemId() != null ? 2 : 0) + (rule.activityType() != null ? 1 : 0);
            if (rank > bestRank) {
                best = rule;
                bestRank = rank;
            }
        }
        if (best == null) {
            return new Window(policy.defaultOpen(), policy.defaultOpensDaysBefore(), policy.defaultNeedsApproval());
        }
        return new Window(best.open(), best.opensDaysBefore(), best.needsApproval());
    }

    // ---- cancel -------------------------------------------------------------------------------------------------------

    /**
     * Gives up the caller's place (or place in line) before the cancel deadline; a freed place goes to the waitlist.
     * After the deadline the answer says to use "I can't come" or call.
     */
    @RolesAllowed(Role.Names.VOLUNTEER)
    @Transactional
    public void cancel(long assignmentId, int expectedVersion) {
        SignupRepository.Place place = myPlace(assignmentId);
        signups.lockShift(place.shiftId());
        SignupPolicy policy = signups.policy();
        Instant now = clock.instant();
        if (place.status() != AssignmentStatus.WAITLISTED && place.status() != AssignmentStatus.OFFERED
                && !now.isBefore(policy.cancelDeadline(start(place)))) {
            throw new UserMessageException("signup.error.pastDeadline", policy.cancelDeadlineHours());
        }
        AssignmentStatus to = place.status() == AssignmentStatus.OFFERED ? AssignmentStatus.DECLINED
                : AssignmentStatus.CANCELLED;
        changeOwn(place, expectedVersion, to, "cancelled");
        events.publishEvent(new RosterEvents.PlaceLeft(place.shiftId(), place.userId()));
    }

    /**
     * "I can't come" after the cancel deadline: the place is freed (offered on if there is still time), it counts as
     * a late cancellation, and the coordinators are told by e-mail.
     */
    @RolesAllowed(Role.Names.VOLUNTEER)
    @Transactional
    public void cannotCome(long assignmentId, int expectedVersion) {
        SignupRepository.Place place = myPlace(assignmentId);
        signups.lockShift(place.shiftId());
        if (place.status() != AssignmentStatus.CONFIRMED && place.status() != AssignmentStatus.PENDING
                && place.status() != AssignmentStatus.PROPOSED) {
            throw new UserMessageException("error.changedByOthers");
        }
        changeOwn(place, expectedVersion, AssignmentStatus.LATE_CANCELLED, "late cancellation");
        events.publishEvent(new RosterEvents.PlaceLeft(place.shiftId(), place.userId()));
        // the mails are made by notifications from the event, in this transaction
        events.publishEvent(new RosterEvents.CannotCome(place.shiftId(), place.userId(), me().displayName(),
                whomToTell(place.shiftId()).stream().map(to -> new RosterEvents.Told(
                        to.userId() == 0 ? null : to.userId(), to.email(), to.locale())).toList()));
    }

    /**
     * Whom "I can't come" tells: the coordinators responsible for the shift (those of its responsible organisation,
     * else every coordinator) and the organisation's contact persons with an e-mail address (from the partner
     * feature), each address once.
     */
    private List<SignupRepository.Recipient> whomToTell(long shiftId) {
        long organisation = signups.shift(shiftId).map(SignupRepository.ShiftInfo::organisationIdOrZero).orElse(0L);
        java.util.Map<String, SignupRepository.Recipient> byAddress = new java.util.LinkedHashMap<>();
        signups.responsibleCoordinators(organisation)
                .forEach(r -> byAddress.putIfAbsent(r.email().toLowerCase(java.util.Locale.ROOT), r));
        if (organisation != 0) {
            List<se.tryggalov.partner.Contact> contacts = partners.contactsToTell(organisation);
            var locales = signups.locales(contacts.stream().map(se.tryggalov.partner.Contact::userId)
                    .filter(java.util.Objects::nonNull).toList());
            for (se.tryggalov.partner.Contact c : contacts) {
                String locale = c.userId() == null ? "sv" : locales.getOrDefault(c.userId(), "sv");
                byAddress.putIfAbsent(c.email().toLowerCase(java.util.Locale.ROOT),
                        new SignupRepository.Recipient(c.userId() == null ? 0 : c.userId(), c.email(), locale));
            }
        }
        return List.copyOf(byAddress.values());
    }

    // ---- proposals and offers -----------------------------------------------------------------------------------------

    /** Says yes to a published proposal or to an offered place: it becomes confirmed. */
    @RolesAllowed(Role.Names.VOLUNTEER)
    @Transactional
    public void accept(long assignmentId, int expectedVersion) {
        SignupRepository.Place place = myPlace(assignmentId);
        signups.lockShift(place.shiftId());
        requireAnswerable(place);
        if (!start(place).isAfter(clock.instant())) {
            throw new UserMessageException("signup.error.started");
        }
        if (!signups.transition(place.id(), expectedVersion, place.status(), AssignmentStatus.CONFIRMED,
                OffsetDateTime.now(clock), null)) {
            throw new UserMessageException("error.changedByOthers");
        }
        audit.record(AuditAction.ROSTER_CHANGED, "shift_assignment", assignmentId, "accepted " + place.status());
    }

    /** Says no to a published proposal or an offered place: the place goes to the waitlist. */
    @RolesAllowed(Role.Names.VOLUNTEER)
    @Transactional
    public void decline(long assignmentId, int expectedVersion) {
        SignupRepository.Place place = myPlace(assignmentId);
        signups.lockShift(place.shiftId());
        requireAnswerable(place);
        changeOwn(place, expectedVersion, AssignmentStatus.DECLINED, "declined " + place.status());
    }

    /** A coordinator approves a sign-up that waits for approval: it becomes confirmed (rejecting is removing it). */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    @Transactional
    public void approve(long assignmentId, int expectedVersion) {
        SignupRepository.Place place = signups.place(assignmentId)
                .orElseThrow(() -> new UserMessageException("error.changedByOthers"));
        signups.lockShift(place.shiftId());
        if (!signups.transition(assignmentId, expectedVersion, AssignmentStatus.PENDING, AssignmentStatus.CONFIRMED,
                OffsetDateTime.now(clock), null)) {
            throw new UserMessageException("error.changedByOthers");
        }
        audit.record(AuditAction.ROSTER_CHANGED, "shift_assignment", assignmentId, "approved");
    }

    /**
     * A coordinator turns down a sign-up that waits for approval: the place is given up (the person sees it no
     * more among their shifts) and offered to the waitlist.
     */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    @Transactional
    public void reject(long assignmentId, int expectedVersion) {
        SignupRepository.Place place = signups.place(assignmentId)
                .orElseThrow(() -> new UserMessageException("error.changedByOthers"));
        signups.lockShift(place.shiftId());
        if (!signups.transition(assignmentId, expectedVersion, AssignmentStatus.PENDING, AssignmentStatus.CANCELLED,
                OffsetDateTime.now(clock), null)) {
            throw new UserMessageException("error.changedByOthers");
        }
        audit.record(AuditAction.ROSTER_CHANGED, "shift_assignment", assignmentId, "rejected");
        offerFreedPlaces(place.shiftId());
    }

    /** Answers every open proposal of the caller at once; returns how many. */
    @RolesAllowed(Role.Names.VOLUNTEER)
    @Transactional
    public int answerAllProposals(boolean accept) {
        long me = me().id();
        List<SignupRepository.Place> proposals = new ArrayList<>(signups.openProposals(me, now()));
        proposals.sort(Comparator.comparingLong(SignupRepository.Place::shiftId)); // lock order: never a deadlock
        for (SignupRepository.Place p : proposals) {
            signups.lockShift(p.shiftId());
            if (accept) {
                if (!signups.transition(p.id(), p.version(), AssignmentStatus.PROPOSED, AssignmentStatus.CONFIRMED,
                        OffsetDateTime.now(clock), null)) {
                    throw new UserMessageException("error.changedByOthers");
                }
            } else {
                changeOwn(p, p.version(), AssignmentStatus.DECLINED, "declined PROPOSED");
            }
        }
        audit.record(AuditAction.ROSTER_CHANGED, "person", me, (accept ? "accepted " : "declined ") + proposals.size());
        return proposals.size();
    }

    private void requireAnswerable(SignupRepository.Place place) {
        boolean proposal = place.status() == AssignmentStatus.PROPOSED && "PUBLISHED".equals(place.shiftStatus());
        if (!proposal && place.status() != AssignmentStatus.OFFERED) {
            throw new UserMessageException("error.changedByOthers");
        }
    }

    /** A change of the caller's own place against their version; a freed place is offered on. */
    private void changeOwn(SignupRepository.Place place, int expectedVersion, AssignmentStatus to, String what) {
        if (!signups.transition(place.id(), expectedVersion, place.status(), to, OffsetDateTime.now(clock), null)) {
            throw new UserMessageException("error.changedByOthers");
        }
        audit.record(AuditAction.ROSTER_CHANGED, "shift_assignment", place.id(), what);
        if (place.status().holdsPlace()) {
            offerFreedPlaces(place.shiftId());
        }
    }

    private SignupRepository.Place myPlace(long assignmentId) {
        long me = me().id();
        return signups.place(assignmentId).filter(p -> p.userId() == me)
                .orElseThrow(() -> new UserMessageException("error.changedByOthers"));
    }

    // ---- the waitlist -------------------------------------------------------------------------------------------------

    /**
     * Offers the shift's free places to the first in line (the shift's row is locked by the caller): each gets an
     * offer until a deadline and an e-mail. Someone who is out elsewhere that evening by now is passed over (and
     * keeps their place in line). Returns how many offers were made.
     */
    int offerFreedPlaces(long shiftId) {
        SignupRepository.ShiftInfo shift = signups.lockShift(shiftId).orElse(null);
        if (shift == null || !shift.takesPeople()) {
            return 0;
        }
        SignupPolicy policy = signups.policy();
        Instant now = clock.instant();
        Instant expiry = policy.offerExpiry(now, shift.start().atZone(Zones.STOCKHOLM).toInstant());
        if (expiry == null) {
            return 0;
        }
        int free = shift.maxSize() - signups.placesTaken(shiftId);
        int offered = 0;
        for (SignupRepository.Place waiting : signups.waitlist(shiftId)) {
            if (offered >= free) {
                break;
            }
            if (!signups.busyEvenings(waiting.userId(), shift.day(), shift.day()).isEmpty()) {
                continue;
            }
            if (signups.transition(waiting.id(), waiting.version(), AssignmentStatus.WAITLISTED,
                    AssignmentStatus.OFFERED, OffsetDateTime.now(clock),
                    OffsetDateTime.ofInstant(expiry, Zones.STOCKHOLM))) {
                offered++;
                tellOffered(waiting.userId(), shiftId, expiry);
            }
        }
        return offered;
    }

    private void tellOffered(long userId, long shiftId, Instant expiry) {
        // the mail is made by notifications from the event, in this transaction
        events.publishEvent(new RosterEvents.OfferMade(shiftId, userId, expiry));
    }

    /**
     * The job: offers nobody answered in time expire and pass to the next in line. Runs as the system (every
     * minute, from db-scheduler); the order and the offers live in the database, so a restart loses nothing.
     */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    @Transactional
    public int expireOffers() {
        int expired = 0;
        for (SignupRepository.Place offer : signups.expiredOffers(OffsetDateTime.now(clock))) {
            signups.lockShift(offer.shiftId());
            if (signups.transition(offer.id(), offer.version(), AssignmentStatus.OFFERED, AssignmentStatus.EXPIRED,
                    OffsetDateTime.now(clock), null)) {
                expired++;
                offerFreedPlaces(offer.shiftId());
            }
        }
        return expired;
    }

    // ---- my shifts ------------------------------------------------------------------------------------------------------

    /** The caller's coming shifts (with proposals, offers and places in line) and, with {@code past}, earlier ones. */
    @RolesAllowed(Role.Names.VOLUNTEER)
    @Transactional(readOnly = true)
    public List<MyShiftCard> myShifts(boolean past) {
        Optional<Account> me = currentUser.account();
        if (me.isEmpty()) {
            return List.of();
        }
        return signups.myShifts(me.get().id(), now(), past, signups.policy(), Zones.STOCKHOLM);
    }

    // ---- settings -----------------------------------------------------------------------------------------------------

    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN, Role.Names.VOLUNTEER})
    @Transactional(readOnly = true)
    public SignupPolicy policy() {
        return signups.policy();
    }

    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    @Transactional
    public void savePolicy(SignupPolicy policy) {
        if (policy == null || policy.cancelDeadlineHours() < 0 || policy.cancelDeadlineHours() > 336
                || policy.offerHours() < 1 || policy.offerHours() > 168
                || policy.defaultOpensDaysBefore() != null
                && (policy.defaultOpensDaysBefore() < 0 || policy.defaultOpensDaysBefore() > 365)) {
            throw new UserMessageException("signup.error.settingsOutOfRange");
        }
        if (!signups.savePolicy(policy)) {
            throw new UserMessageException("error.changedByOthers");
        }
        audit.record(AuditAction.SOLVER_SETTINGS_CHANGED, "signup_policy", 1, policy.toString());
    }

    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    @Transactional(readOnly = true)
    public List<SignupRule> rules() {
        return signups.rules();
    }

    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    @Transactional
    public void saveRule(SignupRule rule) {
        if (rule == null || rule.activityType() == null && rule.calendarItemId() == null
                || rule.opensDaysBefore() != null && (rule.opensDaysBefore() < 0 || rule.opensDaysBefore() > 365)) {
            throw new UserMessageException("signup.error.settingsOutOfRange");
        }
        if (rule.calendarItemId() != null && !signups.isBreakOrKeyDate(rule.calendarItemId())) {
            throw new UserMessageException("signup.error.chooseBreak"); // a meeting, or an id that does not exist
        }
        try {
            if (!signups.saveRule(rule)) {
                throw new UserMessageException("error.changedByOthers");
            }
        } catch (org.springframework.dao.DataAccessException e) {
            throw new UserMessageException("signup.error.settingsOutOfRange");
        }
        audit.record(AuditAction.SOLVER_SETTINGS_CHANGED, "signup_rule", rule.id() == null ? 0 : rule.id(),
                rule.toString());
    }

    /** Removes a rule (its type or break then follows the next rule, or the policy). */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.ADMIN})
    @Transactional
    public void deleteRule(long ruleId) {
        if (!signups.deleteRule(ruleId)) {
            throw new UserMessageException("error.changedByOthers");
        }
        audit.record(AuditAction.SOLVER_SETTINGS_CHANGED, "signup_rule", ruleId, "deleted");
    }

    // ---- helpers --------------------------------------------------------------------------------------------------------

    private Account me() {
        return currentUser.account().orElseThrow(() -> new UserMessageException("signup.error.notAVolunteer"));
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(Zones.STOCKHOLM));
    }

    private static Instant start(SignupRepository.Place place) {
        return place.shiftStart().atZone(Zones.STOCKHOLM).toInstant();
    }
}
