package se.tryggalov.notify;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.tryggalov.activity.ActivityService;
import se.tryggalov.activity.Shift;
import se.tryggalov.activity.ShiftFilter;
import se.tryggalov.activity.ShiftStatus;
import se.tryggalov.activity.Staffing;
import se.tryggalov.calendar.SchoolYear;
import se.tryggalov.coverage.CoverageService;
import se.tryggalov.coverage.EveningCover;
import se.tryggalov.partner.Organisation;
import se.tryggalov.partner.PartnerService;
import se.tryggalov.place.Venue;
import se.tryggalov.roster.ShiftCrew;
import se.tryggalov.roster.ShiftCrewService;
import se.tryggalov.security.Account;
import se.tryggalov.security.CurrentUser;
import se.tryggalov.security.Role;
import se.tryggalov.shared.SecurityContexts;
import se.tryggalov.shared.audit.AuditAction;
import se.tryggalov.shared.audit.AuditLog;
import se.tryggalov.shared.i18n.Translations;
import se.tryggalov.shared.i18n.UserMessageException;
import se.tryggalov.shared.mail.PublicUrls;
import se.tryggalov.shared.secrets.Secrets;
import se.tryggalov.shared.time.Zones;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Calendar feeds of an organisation (its shifts and groups with their leads, for its contact persons) and of a venue
 * (who covers it each evening, from the coverage read model): the same rules as the personal feed (a 256-bit secret
 * per person and feed, stored hashed and compared in constant time, renewing stops the old address; stable UIDs;
 * SEQUENCE and LAST-MODIFIED move on change; cancelled events kept for a while; VTIMEZONE Europe/Stockholm), built by
 * {@link FeedBuilder} and {@link FeedIcs}.
 * <p>
 * A feed is read as the person who asked for it: their rights are checked again at every fetch (a contact person
 * who left the organisation, or a viewer whose districts changed, gets 404), the coverage read model applies its own
 * scoping to them, and the audit log names them. What a feed says does not depend on who reads it (the event rows
 * and their SEQUENCE are shared): the venue feed shows a group's lead by name and phone and nothing more personal;
 * the organisation feed shows a lead only when the lead belongs to the organisation.
 */
@Service
public class ScopeFeedService {

    /** How far back an organisation's or venue's feed shows finished evenings. */
    static final int PAST_DAYS = 14;
    /** How far ahead a venue feed looks (the coverage read model answers at most 100 evenings a call). */
    static final int VENUE_AHEAD_DAYS = 85;
    /** How far ahead an organisation feed looks, and how many shifts it lists at most. */
    static final int ORGANISATION_AHEAD_DAYS = 180;
    static final int ORGANISATION_LIMIT = 1000;

    private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{43}");

    /** Something the caller may subscribe to. */
    public record Choice(FeedScope scope, long id, String name, Instant addressMadeAt) {
    }

    private final ScopeFeedRepository feeds;
    private final CoverageService coverage;
    private final ActivityService activities;
    private final ShiftCrewService crews;
    private final PartnerService partners;
    private final CurrentUser currentUser;
    private final SecurityContexts contexts;
    private final AuditLog audit;
    private final Translations translations;
    private final PublicUrls urls;
    private final Clock clock;

    ScopeFeedService(ScopeFeedRepository feeds, CoverageService coverage, ActivityService activities,
                     ShiftCrewService crews, PartnerService partners, CurrentUser currentUser,
                     SecurityContexts contexts, AuditLog audit, Translations translations, PublicUrls urls,
                     Clock clock) {
        this.feeds = feeds;
        this.coverage = coverage;
        this.activities = activities;
        this.crews = crews;
        this.partners = partners;
        this.currentUser = currentUser;
        this.contexts = contexts;
        this.audit = audit;
        this.translations = translations;
        this.urls = urls;
        this.clock = clock;
    }

    // ---- the caller's addresses -----------------------------------------------------------------------------------

    /**
     * The organisations and venues the caller may subscribe to: a coordinator or administrator every one, a partner
     * contact their own organisation, a viewer the venues in their districts (as the coverage read model scopes them).
     */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.COORDINATOR, Role.Names.PARTNER_CONTACT, Role.Names.VIEWER})
    @Transactional(readOnly = true)
    public List<Choice> choices() {
        Account me = me();
        Map<String, Instant> made = new java.util.HashMap<>();
        feeds.addresses(me.id()).forEach(a -> made.put(a.scope() + ":" + a.scopeId(), a.createdAt().toInstant()));
        List<Choice> choices = new ArrayList<>();
        if (managesAll()) {
            for (Organisation o : partners.organisations()) {
                choices.add(new Choice(FeedScope.ORGANISATION, o.id(), o.name(), made.get("ORGANISATION:" + o.id())));
            }
        } else if (currentUser.hasRole(Role.PARTNER_CONTACT) && me.organisationId() != null) {
            partners.organisation(me.organisationId()).ifPresent(o -> choices.add(new Choice(FeedScope.ORGANISATION,
                    o.id(), o.name(), made.get("ORGANISATION:" + o.id()))));
        }
        for (Venue v : coverage.venues()) {
            choices.add(new Choice(FeedScope.VENUE, v.id(), v.name(), made.get("VENUE:" + v.id())));
        }
        return choices;
    }

    /**
     * Makes a new secret address of the feed for the caller (replacing their earlier one, which stops at once) and
     * returns it whole: it is shown now and never again. Refused when the caller may not see that feed.
     */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.COORDINATOR, Role.Names.PARTNER_CONTACT, Role.Names.VIEWER})
    @Transactional
    public String renew(FeedScope scope, long scopeId, Locale locale) {
        Account me = me();
        if (scope == null || !may(scope, scopeId)) {
            throw new UserMessageException("notify.feeds.notAllowed");
        }
        String secret = Secrets.newSecret();
        feeds.saveToken(me.id(), scope, scopeId, Secrets.hash(secret), OffsetDateTime.now(clock));
        audit.record(AuditAction.PERSON_LIST_VIEWED, feedName(scope), scopeId, "calendar feed address made");
        return address(scope, secret, locale);
    }

    /** Ends the caller's address of the feed. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.COORDINATOR, Role.Names.PARTNER_CONTACT, Role.Names.VIEWER})
    @Transactional
    public void revoke(FeedScope scope, long scopeId) {
        if (scope != null) {
            feeds.deleteToken(me().id(), scope, scopeId);
        }
    }

    String address(FeedScope scope, String secret, Locale locale) {
        String address = urls.absolute(scope.path() + secret + ".ics");
        return Translations.ENGLISH.getLanguage().equals(Translations.supported(locale).getLanguage())
                ? address + "?lang=en" : address;
    }

    private Account me() {
        return currentUser.account()
                .orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("not signed in"));
    }

    private boolean managesAll() {
        return currentUser.hasRole(Role.ADMIN) || currentUser.hasRole(Role.COORDINATOR);
    }

    /** Whether the caller (or the feed's owner, while a feed is read as them) may see the feed. */
    private boolean may(FeedScope scope, long scopeId) {
        return switch (scope) {
            case ORGANISATION -> (managesAll() || currentUser.hasRole(Role.PARTNER_CONTACT)
                    && currentUser.account().map(Account::organisationId).filter(o -> o == scopeId).isPresent())
                    && partners.organisation(scopeId).isPresent();
            case VENUE -> coverage.venues().stream().anyMatch(v -> v.id() == scopeId);
        };
    }

    private static String feedName(FeedScope scope) {
        return scope == FeedScope.ORGANISATION ? "organisation-feed" : "venue-feed";
    }

    // ---- the feed -------------------------------------------------------------------------------------------------

    /**
     * The feed the secret opens, when the secret belongs to a feed of this kind and its owner may still see it; empty
     * for anything else (nothing tells an unknown, revoked or no-longer-allowed address apart).
     */
    @Transactional
    public Optional<String> feed(FeedScope scope, String secret, Locale locale) {
        if (scope == null || secret == null || !SECRET.matcher(secret).matches()) {
            return Optional.empty();
        }
        String hash = Secrets.hash(secret);
        Optional<ScopeFeedRepository.TokenOwner> found = feeds.ownerOf(hash);
        if (found.isEmpty() || !MessageDigest.isEqual(hash.getBytes(StandardCharsets.US_ASCII),
                found.get().tokenHash().getBytes(StandardCharsets.US_ASCII)) || found.get().scope() != scope) {
            return Optional.empty();
        }
        ScopeFeedRepository.TokenOwner owner = found.get();
        return asOwner(owner, () -> {
            if (!may(scope, owner.scopeId())) {
                return Optional.empty();
            }
            Instant now = clock.instant();
            Optional<String> name;
            List<FeedBuilder.Entry> entries;
            Instant horizon = null;
            LocalDate today = LocalDate.ofInstant(now, Zones.STOCKHOLM);
            if (scope == FeedScope.ORGANISATION) {
                name = partners.organisation(owner.scopeId()).map(o -> o.name());
                List<Shift> shifts = activities.shifts(ShiftFilter.all()
                        .withDates(today.minusDays(PAST_DAYS), today.plusDays(ORGANISATION_AHEAD_DAYS))
                        .withOrganisations(Set.of(owner.scopeId()))
                        .withStatuses(Set.of(ShiftStatus.OPEN, ShiftStatus.PUBLISHED)), ORGANISATION_LIMIT);
                entries = organisationEntries(owner.scopeId(), shifts, locale);
                if (shifts.size() >= ORGANISATION_LIMIT) {
                    horizon = shifts.getLast().start().atZone(Zones.STOCKHOLM).toInstant();
                }
            } else {
                Optional<Venue> venue = coverage.venues().stream().filter(v -> v.id() == owner.scopeId()).findFirst();
                name = venue.map(Venue::name);
                entries = venue.map(v -> venueEntries(v, today, locale)).orElse(List.of());
            }
            if (name.isEmpty()) {
                return Optional.empty();
            }
            FeedBuilder.Result result = FeedBuilder.sync(entries, feeds.events(scope, owner.scopeId()), now,
                    today.minusDays(PAST_DAYS).atStartOfDay(Zones.STOCKHOLM).toInstant(), horizon,
                    key -> uid(scope, owner.scopeId(), key),
                    title -> translations.get(locale, "notify.feed.cancelledSummary", title));
            feeds.saveEvents(scope, owner.scopeId(), result.changed());
            audit.record(AuditAction.PERSON_LIST_VIEWED, feedName(scope), owner.scopeId(),
                    "calendar feed read events=" + result.events().size());
            return Optional.of(FeedIcs.write(translations.get(locale, "notify.feeds.calendarName." + scope.name(),
                    name.get()), result.events(), now));
        });
    }

    static String uid(FeedScope scope, long scopeId, String key) {
        return scope.name().toLowerCase(Locale.ROOT) + "-" + scopeId + "-" + key + "@trygga-lov";
    }

    /** Runs the work as the feed's owner (their name and roles), so every service checks their rights. */
    private <T> T asOwner(ScopeFeedRepository.TokenOwner owner, Supplier<T> work) {
        SecurityContextHolderStrategy strategy = contexts.strategy();
        SecurityContext previous = strategy.getContext();
        SecurityContext context = strategy.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(owner.username(), null,
                owner.roles().stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList()));
        strategy.setContext(context);
        try {
            return work.get();
        } finally {
            strategy.setContext(previous);
        }
    }

    /** The organisation's groups (open or published) with their lead when the lead is one of its own. */
    private List<FeedBuilder.Entry> organisationEntries(long organisationId, List<Shift> shifts, Locale locale) {
        Map<Long, ShiftCrew> crewOf = crews.crews(shifts.stream().filter(s -> s.staffing() == Staffing.PEOPLE)
                .map(Shift::id).toList());
        List<FeedBuilder.Entry> entries = new ArrayList<>();
        for (Shift s : shifts) {
            ShiftCrew crew = crewOf.get(s.id());
            String place = crew != null && crew.meetingPoint() != null ? crew.meetingPoint() : s.venueName();
            List<String> lines = new ArrayList<>();
            if (place != null && !place.isBlank()) {
                lines.add(translations.get(locale, "notify.feed.meetingPoint", place));
            }
            String leadName = null;
            String leadPhone = null;
            if (crew != null && crew.hasLead() && crew.leadOrganisationIds().contains(organisationId)) {
                leadName = crew.leadName();
                leadPhone = crew.leadPhone();
                lines.add(lead(locale, leadName, leadPhone));
            }
            String summary = s.staffing() == Staffing.ORGANISATION
                    ? translations.get(locale, "notify.feeds.commitment", s.activityTitle(), s.districtName())
                    : translations.get(locale, "notify.feed.summary", s.activityTitle(), s.districtName(), s.groupNo());
            ZonedDateTime start = s.start().atZone(Zones.STOCKHOLM);
            ZonedDateTime end = s.end().atZone(Zones.STOCKHOLM);
            entries.add(new FeedBuilder.Entry("s" + s.id(), FeedBuilder.fingerprint(s.day(), s.startsAt(),
                    s.endsAt(), s.activityTitle(), s.districtName(), s.groupNo(), s.staffing(), place, leadName,
                    leadPhone, s.status()), start, end, s.activityTitle() + " – " + s.districtName(), summary,
                    place, lines, s.status() == ShiftStatus.PUBLISHED ? FeedEvent.Status.CONFIRMED
                    : FeedEvent.Status.TENTATIVE));
        }
        return entries;
    }

    /**
     * Who covers the venue's district each evening, as the coverage read model answers it: each group with its
     * organisation, gathering point and lead (name and phone), each organisation's commitment with its units.
     */
    private List<FeedBuilder.Entry> venueEntries(Venue venue, LocalDate today, Locale locale) {
        List<FeedBuilder.Entry> entries = new ArrayList<>();
        LocalDate first = today.minusDays(PAST_DAYS);
        LocalDate last = today.plusDays(VENUE_AHEAD_DAYS);
        while (!first.isAfter(last)) {
            SchoolYear year = SchoolYear.containing(first);
            LocalDate to = last.isAfter(year.lastDay()) ? year.lastDay() : last;
            for (EveningCover evening : coverage.evenings(first, to)) {
                evening.districts().stream().filter(d -> d.districtId() == venue.districtId()).forEach(d -> {
                    d.groups().forEach(g -> entries.add(group(evening.date(), g, locale)));
                    d.commitments().forEach(c -> entries.add(commitment(evening.date(), c, locale)));
                });
            }
            first = to.plusDays(1);
        }
        entries.sort(Comparator.comparing(FeedBuilder.Entry::start).thenComparing(FeedBuilder.Entry::key));
        return entries;
    }

    private FeedBuilder.Entry group(LocalDate day, EveningCover.GroupCover g, Locale locale) {
        List<String> lines = new ArrayList<>();
        if (g.gatheringPoint() != null && !g.gatheringPoint().isBlank()) {
            lines.add(translations.get(locale, "notify.feed.meetingPoint", g.gatheringPoint()));
        }
        if (g.leadName() != null) {
            lines.add(lead(locale, g.leadName(), g.leadPhone()));
        }
        String organisation = g.organisationName() == null ? "" : g.organisationName();
        String summary = translations.get(locale, "notify.feeds.group", g.activityTitle(), organisation, g.groupNo());
        return new FeedBuilder.Entry("g" + g.shiftId(), FeedBuilder.fingerprint(day, g.startsAt(), g.endsAt(),
                g.activityTitle(), organisation, g.groupNo(), g.gatheringPoint(), g.leadName(), g.leadPhone()),
                start(day, g.startsAt()), end(day, g.startsAt(), g.endsAt()), g.activityTitle() + " – " + organisation,
                summary, g.gatheringPoint(), lines, FeedEvent.Status.CONFIRMED);
    }

    private FeedBuilder.Entry commitment(LocalDate day, EveningCover.CommitmentCover c, Locale locale) {
        String organisation = c.organisationName() == null ? "" : c.organisationName();
        String type = translations.get(locale, "activities.type." + c.type().name());
        String summary = translations.get(locale, "notify.feeds.units", organisation, c.units(), type);
        String key = "c" + c.organisationId() + "-" + c.type() + "-" + day + "-" + c.startsAt();
        return new FeedBuilder.Entry(key, FeedBuilder.fingerprint(day, c.startsAt(), c.endsAt(), organisation,
                c.units(), c.type()), start(day, c.startsAt()), end(day, c.startsAt(), c.endsAt()),
                organisation + " – " + type, summary, null, List.of(), FeedEvent.Status.CONFIRMED);
    }

    private String lead(Locale locale, String name, String phone) {
        return phone == null || phone.isBlank() ? translations.get(locale, "notify.feed.lead", name)
                : translations.get(locale, "notify.feed.leadWithPhone", name, phone);
    }

    private static ZonedDateTime start(LocalDate day, LocalTime at) {
        return ZonedDateTime.of(day, at, Zones.STOCKHOLM);
    }

    /** An end not after the start is the next morning (21:00-01:00). */
    private static ZonedDateTime end(LocalDate day, LocalTime start, LocalTime end) {
        return ZonedDateTime.of(end.isAfter(start) ? day : day.plusDays(1), end, Zones.STOCKHOLM);
    }
}
