package se.tryggalov.availability;

import org.jooq.DSLContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import se.tryggalov.security.Role;
import se.tryggalov.shared.SecurityContexts;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import static se.tryggalov.jooq.Tables.APP_USER;
import static se.tryggalov.jooq.Tables.APP_USER_ROLE;
import static se.tryggalov.jooq.Tables.AUDIT_LOG;
import static se.tryggalov.jooq.Tables.AVAILABILITY;
import static se.tryggalov.jooq.Tables.DISTRICT;
import static se.tryggalov.jooq.Tables.ORGANISATION;
import static se.tryggalov.jooq.Tables.VOLUNTEER;
import static se.tryggalov.jooq.Tables.VOLUNTEER_DISTRICT;
import static se.tryggalov.jooq.Tables.VOLUNTEER_ORGANISATION;
import static se.tryggalov.jooq.Tables.VOLUNTEER_QUALIFICATION;

/**
 * People, organisations and answers written straight into the shared test database (the volunteer feature is
 * built elsewhere), each with a unique name, and acting as one of them. Accounts get a hash no password matches:
 * they are only ever used through a security context set here.
 */
public final class AvailabilityTestData {

    /** A stored answer as the table has it. */
    public record Stored(String state, LocalTime from, LocalTime to, Long enteredBy) {
    }

    /** A person made here: id and username. */
    public record Person(long id, String username) {
    }

    private final DSLContext dsl;
    private final SecurityContexts contexts;

    public AvailabilityTestData(DSLContext dsl, SecurityContexts contexts) {
        this.dsl = dsl;
        this.contexts = contexts;
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public long organisation(String prefix) {
        return dsl.insertInto(ORGANISATION).set(ORGANISATION.NAME, unique(prefix)).set(ORGANISATION.KIND, "NIGHT_WALKERS")
                .returning(ORGANISATION.ID).fetchSingle(ORGANISATION.ID);
    }

    public long district(String name) {
        return dsl.select(DISTRICT.ID).from(DISTRICT).where(DISTRICT.NAME.eq(name)).fetchSingle(DISTRICT.ID);
    }

    /** An account with roles (and for a partner contact, an organisation). */
    public Person account(String prefix, Long organisationId, Role... roles) {
        return account(prefix, organisationId, false, roles);
    }

    public Person account(String prefix, Long organisationId, boolean demo, Role... roles) {
        String username = unique(prefix).toLowerCase();
        long id = dsl.insertInto(APP_USER)
                .set(APP_USER.USERNAME, username)
                .set(APP_USER.DISPLAY_NAME, "Test " + username)
                .set(APP_USER.PASSWORD_HASH, "{noop}" + UUID.randomUUID())
                .set(APP_USER.ORGANISATION_ID, organisationId)
                .set(APP_USER.DEMO, demo)
                .returning(APP_USER.ID).fetchSingle(APP_USER.ID);
        for (Role role : roles) {
            dsl.insertInto(APP_USER_ROLE).set(APP_USER_ROLE.USER_ID, id).set(APP_USER_ROLE.ROLE, role.name()).execute();
        }
        return new Person(id, username);
    }

    /** A volunteer (role VOLUNTEER) with a status, adult or not, in organisations and home districts. */
    public Person volunteer(String prefix, String status, boolean adult, Collection<Long> organisations,
                            Collection<Long> districts) {
        return volunteer(prefix, status, adult, organisations, districts, false);
    }

    public Person volunteer(String prefix, String status, boolean adult, Collection<Long> organisations,
                            Collection<Long> districts, boolean demo) {
        Person person = account(prefix, null, demo, Role.VOLUNTEER);
        dsl.insertInto(VOLUNTEER)
                .set(VOLUNTEER.USER_ID, person.id())
                .set(VOLUNTEER.STATUS, status)
                .set(VOLUNTEER.ADULT_CONFIRMED, adult)
                .set(VOLUNTEER.YOUTH_WALKER, !adult)
                .execute();
        for (long organisation : organisations) {
            dsl.insertInto(VOLUNTEER_ORGANISATION).set(VOLUNTEER_ORGANISATION.USER_ID, person.id())
                    .set(VOLUNTEER_ORGANISATION.ORGANISATION_ID, organisation).execute();
        }
        for (long district : districts) {
            dsl.insertInto(VOLUNTEER_DISTRICT).set(VOLUNTEER_DISTRICT.USER_ID, person.id())
                    .set(VOLUNTEER_DISTRICT.DISTRICT_ID, district).execute();
        }
        return person;
    }

    public Person activeVolunteer(String prefix, long... organisations) {
        return volunteer(prefix, "ACTIVE", true, Arrays.stream(organisations).boxed().toList(), List.of());
    }

    public void qualification(long userId, String kind, LocalDate obtained, LocalDate expires) {
        dsl.insertInto(VOLUNTEER_QUALIFICATION).set(VOLUNTEER_QUALIFICATION.USER_ID, userId)
                .set(VOLUNTEER_QUALIFICATION.KIND, kind).set(VOLUNTEER_QUALIFICATION.OBTAINED_ON, obtained)
                .set(VOLUNTEER_QUALIFICATION.EXPIRES_ON, expires).execute();
    }

    /** An answer written directly, as if given earlier. */
    public void answer(long userId, LocalDate day, AvailabilityState state) {
        dsl.insertInto(AVAILABILITY).set(AVAILABILITY.USER_ID, userId).set(AVAILABILITY.DAY, day)
                .set(AVAILABILITY.STATE, state.name()).execute();
    }

    public Optional<Stored> stored(long userId, LocalDate day) {
        return dsl.selectFrom(AVAILABILITY).where(AVAILABILITY.USER_ID.eq(userId).and(AVAILABILITY.DAY.eq(day)))
                .fetchOptional(r -> new Stored(r.getState(), r.getFromTime(), r.getToTime(), r.getEnteredBy()));
    }

    public List<LocalDate> storedDays(long userId, String state) {
        return dsl.select(AVAILABILITY.DAY).from(AVAILABILITY)
                .where(AVAILABILITY.USER_ID.eq(userId).and(AVAILABILITY.STATE.eq(state)))
                .orderBy(AVAILABILITY.DAY).fetch(AVAILABILITY.DAY);
    }

    public int answerCount(long userId) {
        return dsl.fetchCount(AVAILABILITY, AVAILABILITY.USER_ID.eq(userId));
    }

    /** The details of the audit entries of one action about one subject, oldest first. */
    public List<String> auditDetails(String action, long subjectId) {
        return dsl.select(AUDIT_LOG.DETAILS).from(AUDIT_LOG)
                .where(AUDIT_LOG.ACTION.eq(action).and(AUDIT_LOG.SUBJECT_ID.eq(String.valueOf(subjectId))))
                .orderBy(AUDIT_LOG.ID).fetch(AUDIT_LOG.DETAILS);
    }

    /** Runs work signed in as this user with these roles (the way a request from their browser would be). */
    public <T> T as(Person person, Supplier<T> work, Role... roles) {
        return as(person.username(), work, roles);
    }

    public <T> T as(String username, Supplier<T> work, Role... roles) {
        return se.tryggalov.SignedIn.as(contexts, username, work, roles);
    }

    public void run(Person person, Runnable work, Role... roles) {
        as(person, () -> {
            work.run();
            return null;
        }, roles);
    }
}
