package se.tryggalov.volunteer;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.tryggalov.security.PersonAccount;
import se.tryggalov.security.PersonAccounts;
import se.tryggalov.security.Role;
import se.tryggalov.shared.audit.AuditAction;
import se.tryggalov.shared.audit.AuditLog;
import se.tryggalov.shared.i18n.UserMessageException;
import se.tryggalov.shared.time.Zones;
import se.tryggalov.shared.validation.Problem;
import se.tryggalov.shared.validation.Usernames;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Volunteer profiles: who may see and change whom is {@link PeopleAccess}'s rule, applied in every query.
 * Showing a list of people and opening someone else's profile are written to the audit log, and so is every
 * change (which fields, never their values).
 */
@Service
public class VolunteerService {

    private final VolunteerRepository volunteers;
    private final PeopleAccess access;
    private final AuditLog audit;
    private final Clock clock;
    private final PersonAccounts accounts;

    VolunteerService(VolunteerRepository volunteers, PeopleAccess access, AuditLog audit, Clock clock,
                     PersonAccounts accounts) {
        this.volunteers = volunteers;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
        this.accounts = accounts;
    }

    /** Everyone the caller may see (not anonymised people), by name. Audited as one list view. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.COORDINATOR, Role.Names.PARTNER_CONTACT})
    @Transactional
    public List<Volunteer> list() {
        return list(VolunteerFilter.ALL);
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.COORDINATOR, Role.Names.PARTNER_CONTACT})
    @Transactional
    public List<Volunteer> list(VolunteerFilter filter) {
        PeopleAccess.Scope scope = access.scope();
        if (scope.isNobody()) {
            return List.of();
        }
        LocalDate today = today();
        List<Volunteer> found = volunteers.find(scope)
                .stream().filter(v -> filter.matches(v, today)).toList();
        audit.record(AuditAction.PERSON_LIST_VIEWED, "person", null, "count=" + found.size());
        return found;
    }

    /** One profile the caller may see; opening someone else's is audited. Others' ids behave as unknown. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.COORDINATOR, Role.Names.PARTNER_CONTACT, Role.Names.VOLUNTEER})
    @Transactional
    public Volunteer get(long userId) {
        PeopleAccess.Scope scope = access.scope();
        Volunteer volunteer = reachable(scope, userId);
        if (scope.callerId() != userId) {
            audit.record(AuditAction.PERSON_VIEWED, "person", userId, null);
        }
        return volunteer;
    }

    /** The signed-in volunteer's own profile. */
    @RolesAllowed(Role.Names.VOLUNTEER)
    @Transactional(readOnly = true)
    public Volunteer me() {
        PeopleAccess.Scope scope = access.scope();
        if (scope.selfId() == null) {
            throw new UserMessageException("error.notFound");
        }
        return reachable(scope, scope.selfId());
    }

    /** Changes a profile: coordinators and administrators anyone's, a partner contact their organisation's people. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.COORDINATOR, Role.Names.PARTNER_CONTACT})
    @Transactional
    public void update(long userId, VolunteerEdit edit) {
        PeopleAccess.Scope scope = access.scope();
        Volunteer current = reachable(scope, userId);
        VolunteerEdit normalised = ProfileRules.normalise(edit, today());
        List<Long> organisations = organisationsAfter(scope, current, normalised.organisationIds());
        save(current, normalised, organisations, scope.callerId() == userId);
    }

    /**
     * Records the qualification a training evening gives to the people who attended it (the roster checks that the
     * caller is a coordinator or the evening's lead): obtained on the evening, expiring as given (null: never). A
     * qualification the person already holds for longer is kept. Returns how many people's records changed.
     */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.COORDINATOR})
    @Transactional
    public int recordTraining(java.util.Collection<Long> userIds, QualificationKind kind, java.time.LocalDate obtainedOn,
                              java.time.LocalDate expiresOn) {
        if (kind == null || obtainedOn == null || expiresOn != null && expiresOn.isBefore(obtainedOn)) {
            throw new UserMessageException("error.notFound");
        }
        int changed = 0;
        for (long userId : new java.util.TreeSet<>(userIds)) {
            if (volunteers.recordQualification(userId, kind, obtainedOn, expiresOn)) {
                changed++;
                audit.record(AuditAction.PERSON_CHANGED, "person", userId,
                        "training " + kind + " " + obtainedOn + (expiresOn == null ? "" : ".." + expiresOn));
            }
        }
        return changed;
    }

    /** The volunteer corrects their own contact details, districts, languages, gender, limits, or pauses. */
    @RolesAllowed(Role.Names.VOLUNTEER)
    @Transactional
    public void updateMine(OwnProfileEdit own) {
        Volunteer current = me();
        VolunteerStatus status = current.status().choosable()
                ? (own.paused() ? VolunteerStatus.PAUSED : VolunteerStatus.ACTIVE) : null;
        VolunteerEdit merged = new VolunteerEdit(own.name(), own.email(), own.phone(), current.adultConfirmed(),
                current.youthWalker(), current.guardianConsentOn(), current.birthYear(),
                current.recordExtractShownOn(), own.gender(), own.languages(), own.maxNightsPerMonth(),
                own.maxNightsPerWeekend(), status, null, own.districtIds(), current.qualifications(), own.version(),
                own.accountVersion());
        VolunteerEdit normalised = ProfileRules.normalise(merged, today());
        save(current, normalised, current.organisations().stream().map(NamedRef::id).toList(), true);
    }

    /** The organisations the caller may put people in: all for coordinators, their own for a partner contact. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.COORDINATOR, Role.Names.PARTNER_CONTACT})
    @Transactional(readOnly = true)
    public List<NamedRef> organisationChoices() {
        PeopleAccess.Scope scope = access.scope();
        return volunteers.organisations().stream()
                .filter(o -> scope.everyone() || Objects.equals(scope.organisationId(), o.id())).toList();
    }

    /** Whether the caller may put people in any organisation (coordinators and administrators). */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.COORDINATOR, Role.Names.PARTNER_CONTACT})
    public boolean mayChooseOrganisations() {
        return access.scope().everyone();
    }

    /** The districts a person can name as home; not personal data, open to anyone (the public sign-up form). */
    @PermitAll
    @Transactional(readOnly = true)
    public List<NamedRef> districtChoices() {
        return volunteers.districts();
    }

    /**
     * Creates volunteers with accounts in bulk, for start-up code (demo data) and imports. The accounts get one
     * random password nobody knows (hashed once for the batch, so a few hundred people take well under a second);
     * demo accounts are removed when demo mode is off. Returns the new ids in order.
     */
    @RolesAllowed(Role.Names.ADMIN)
    @Transactional
    public List<Long> createAtStartup(List<NewVolunteer> people, boolean demo) {
        LocalDate today = today();
        Set<String> usernames = new HashSet<>();
        Set<Long> organisations = new HashSet<>();
        Set<Long> districts = new HashSet<>();
        List<NewVolunteer> checked = new ArrayList<>();
        for (NewVolunteer p : people) {
            VolunteerEdit n = ProfileRules.normalise(p.asEdit(), today);
            String username = p.username() == null ? Usernames.forEmail(n.email()) : p.username();
            Problem.refuse(Usernames.check(username));
            if (!usernames.add(username)) {
                throw new UserMessageException("users.error.usernameInvalid");
            }
            organisations.addAll(p.organisationIds());
            districts.addAll(p.districtIds());
            checked.add(new NewVolunteer(username, n.name(), n.email(), n.phone(), n.adultConfirmed(),
                    n.youthWalker(), n.guardianConsentOn(), n.birthYear(), n.recordExtractShownOn(), n.gender(),
                    n.languages(), n.maxNightsPerMonth(), n.maxNightsPerWeekend(),
                    p.status() == null ? VolunteerStatus.ACTIVE : p.status(), p.organisationIds(), n.districtIds(),
                    n.qualifications()));
        }
        if (!volunteers.allOrganisationsExist(organisations) || !volunteers.allDistrictsExist(districts)) {
            throw new UserMessageException("error.notFound");
        }
        List<Long> ids = accounts.createVolunteers(checked.stream().map(p -> new PersonAccount(p.username(), p.name(),
                p.email(), null, p.status() != VolunteerStatus.INVITED && p.status() != VolunteerStatus.PENDING,
                demo)).toList());
        volunteers.insertAll(checked, ids, OffsetDateTime.now(clock));
        audit.record(AuditAction.DATA_IMPORTED, "person", null, "count=" + ids.size());
        return ids;
    }

    /** Gives an existing account a volunteer profile (start-up code, e.g. the demo user "volunteer"). */
    @RolesAllowed(Role.Names.ADMIN)
    @Transactional
    public void attachProfileAtStartup(String username, NewVolunteer profile) {
        long userId = volunteers.accountId(username).orElseThrow(() -> new UserMessageException("error.notFound"));
        VolunteerEdit n = ProfileRules.normalise(profile.asEdit(), today());
        volunteers.insertProfile(userId, new VolunteerEdit(n.name(), n.email(), n.phone(), n.adultConfirmed(),
                        n.youthWalker(), n.guardianConsentOn(), n.birthYear(), n.recordExtractShownOn(), n.gender(),
                        n.languages(), n.maxNightsPerMonth(), n.maxNightsPerWeekend(), n.status(),
                        profile.organisationIds(), n.districtIds(), n.qualifications(), 0, 0),
                profile.status() == null ? VolunteerStatus.ACTIVE : profile.status(), OffsetDateTime.now(clock));
    }

    /**
     * A person from an import file: a disabled account without a password and an INVITED profile. Refused when the
     * caller may not manage one of the organisations, or a district or organisation does not exist.
     */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.COORDINATOR, Role.Names.PARTNER_CONTACT})
    @Transactional
    public long importNew(String username, ImportedVolunteer profile) {
        checkImported(profile);
        long userId = accounts.createVolunteer(new PersonAccount(username, profile.name(), profile.email(), null,
                false, false), null);
        volunteers.insertImported(userId, profile, OffsetDateTime.now(clock));
        return userId;
    }

    /**
     * Writes an imported profile over the one the import read ({@code was}); false when the account or the profile
     * changed since the import read them (their versions), so the import can refuse the whole file.
     */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.COORDINATOR, Role.Names.PARTNER_CONTACT})
    @Transactional
    public boolean importChange(long userId, int accountVersion, int version, ImportedVolunteer was,
                                ImportedVolunteer desired) {
        access.requireReach(userId);
        checkImported(desired);
        if ((!desired.name().equals(was.name()) || !Objects.equals(desired.email(), was.email()))
                && !accounts.rename(userId, desired.name(), desired.email(), accountVersion)) {
            return false;
        }
        return volunteers.updateImported(userId, version, was, desired);
    }

    /** The profile rules every form applies (a value they refuse is refused here too), and the references. */
    private void checkImported(ImportedVolunteer p) {
        ProfileRules.name(p.name());
        if (p.email() != null) {
            ProfileRules.email(p.email());
        }
        ProfileRules.phone(p.phone());
        if (!p.organisationIds().stream().allMatch(access::canManageOrganisation)) {
            throw new UserMessageException("error.notAllowed");
        }
        if (!volunteers.allOrganisationsExist(p.organisationIds())) {
            throw new UserMessageException("volunteers.error.unknownOrganisation");
        }
        if (!volunteers.allDistrictsExist(p.districtIds())) {
            throw new UserMessageException("volunteers.error.unknownDistrict");
        }
    }

    // ---------------------------------------------------------------------------------------------------------------

    private Volunteer reachable(PeopleAccess.Scope scope, long userId) {
        if (scope.isNobody()) {
            throw new UserMessageException("error.notFound");
        }
        return volunteers.findById(userId, scope)
                .orElseThrow(() -> new UserMessageException("error.notFound"));
    }

    /** Coordinators choose organisations freely; a partner contact cannot move people between organisations. */
    private List<Long> organisationsAfter(PeopleAccess.Scope scope, Volunteer current, List<Long> requested) {
        List<Long> now = current.organisations().stream().map(NamedRef::id).toList();
        if (requested == null) {
            return now;
        }
        if (!scope.everyone()) {
            if (!Set.copyOf(requested).equals(Set.copyOf(now))) {
                throw new UserMessageException("volunteers.error.organisationsByCoordinator");
            }
            return now;
        }
        if (!volunteers.allOrganisationsExist(requested)) {
            throw new UserMessageException("volunteers.error.unknownOrganisation");
        }
        return requested;
    }

    private void save(Volunteer current, VolunteerEdit edit, List<Long> organisations, boolean byThemself) {
        if (!volunteers.allDistrictsExist(edit.districtIds())) {
            throw new UserMessageException("volunteers.error.unknownDistrict");
        }
        VolunteerStatus status = edit.status() == null || !current.status().choosable() ? current.status() : edit.status();
        if (edit.status() != null && !current.status().choosable() && edit.status() != current.status()) {
            throw new UserMessageException("volunteers.error.statusNotChoosable");
        }
        VolunteerEdit complete = new VolunteerEdit(edit.name(), edit.email(), edit.phone(), edit.adultConfirmed(),
                edit.youthWalker(), edit.guardianConsentOn(), edit.birthYear(), edit.recordExtractShownOn(),
                edit.gender(), edit.languages(), edit.maxNightsPerMonth(), edit.maxNightsPerWeekend(), status,
                organisations, edit.districtIds(), edit.qualifications(), edit.version(), edit.accountVersion());
        List<String> changed = ProfileRules.changedFields(current, complete, status, organisations);
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (changed.isEmpty()) {
            if (byThemself) {
                volunteers.touch(current.userId(), now);
            }
            return;
        }
        boolean accountChanged = changed.contains("name") || changed.contains("email");
        boolean profileChanged = changed.stream().anyMatch(f -> !f.equals("name") && !f.equals("email"));
        if (accountChanged) {
            if (changed.contains("email") && volunteers.accountWithEmail(complete.email(), current.userId()).isPresent()) {
                throw new UserMessageException("volunteers.error.emailTaken");
            }
            if (!accounts.rename(current.userId(), complete.name(), complete.email(), complete.accountVersion())) {
                throw new UserMessageException("error.changedByOthers");
            }
        }
        if (profileChanged) {
            if (!volunteers.updateProfile(current.userId(), complete, status, byThemself ? now : null)) {
                throw new UserMessageException("error.changedByOthers");
            }
        } else if (byThemself) {
            volunteers.touch(current.userId(), now);
        }
        audit.record(AuditAction.PERSON_CHANGED, "person", current.userId(), "fields=" + String.join(",", changed));
    }

    /** Marks a volunteer as active now: at sign-in and when they edit their profile. */
    void touch(String username) {
        volunteers.profileIdOf(username).ifPresent(id -> volunteers.touch(id, OffsetDateTime.now(clock)));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Zones.STOCKHOLM));
    }
}
