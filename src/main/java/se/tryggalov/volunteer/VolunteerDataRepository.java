package se.tryggalov.volunteer;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static se.tryggalov.jooq.Tables.DISTRICT;
import static se.tryggalov.jooq.Tables.ORGANISATION;
import static se.tryggalov.jooq.Tables.VOLUNTEER;
import static se.tryggalov.jooq.Tables.VOLUNTEER_DISTRICT;
import static se.tryggalov.jooq.Tables.VOLUNTEER_ORGANISATION;
import static se.tryggalov.jooq.Tables.VOLUNTEER_QUALIFICATION;

/** One person's profile rows as the privacy feature needs them: all of it, for an export or an erasure. */
@Repository
class VolunteerDataRepository {

    private final DSLContext dsl;

    VolunteerDataRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    Optional<VolunteerPersonalData.Profile> profile(long userId) {
        return dsl.selectFrom(VOLUNTEER).where(VOLUNTEER.USER_ID.eq(userId))
                .fetchOptional(v -> new VolunteerPersonalData.Profile(v.getPhone(), v.getAdultConfirmed(),
                        v.getBirthYear(), v.getYouthWalker(), v.getGuardianConsentOn(), v.getRecordExtractShownOn(),
                        v.getGender(), v.getLanguages() == null ? List.of() : Arrays.asList(v.getLanguages()),
                        v.getMaxNightsPerMonth(), v.getMaxNightsPerWeekend(), v.getStatus(), v.getLastActiveAt(),
                        v.getRemovalRequestedAt(), v.getAnonymisedAt(), v.getCreatedAt()));
    }

    List<NamedRef> organisations(long userId) {
        return dsl.select(ORGANISATION.ID, ORGANISATION.NAME).from(VOLUNTEER_ORGANISATION)
                .join(ORGANISATION).on(ORGANISATION.ID.eq(VOLUNTEER_ORGANISATION.ORGANISATION_ID))
                .where(VOLUNTEER_ORGANISATION.USER_ID.eq(userId)).orderBy(ORGANISATION.NAME)
                .fetch(r -> new NamedRef(r.value1(), r.value2()));
    }

    List<NamedRef> districts(long userId) {
        return dsl.select(DISTRICT.ID, DISTRICT.NAME).from(VOLUNTEER_DISTRICT)
                .join(DISTRICT).on(DISTRICT.ID.eq(VOLUNTEER_DISTRICT.DISTRICT_ID))
                .where(VOLUNTEER_DISTRICT.USER_ID.eq(userId)).orderBy(DISTRICT.SORT_ORDER, DISTRICT.NAME)
                .fetch(r -> new NamedRef(r.value1(), r.value2()));
    }

    List<VolunteerPersonalData.QualificationData> qualifications(long userId) {
        return dsl.selectFrom(VOLUNTEER_QUALIFICATION).where(VOLUNTEER_QUALIFICATION.USER_ID.eq(userId))
                .orderBy(VOLUNTEER_QUALIFICATION.KIND)
                .fetch(q -> new VolunteerPersonalData.QualificationData(q.getKind(), q.getObtainedOn(),
                        q.getExpiresOn()));
    }

    void setRemovalRequestedAt(long userId, OffsetDateTime at) {
        dsl.update(VOLUNTEER).set(VOLUNTEER.REMOVAL_REQUESTED_AT, at).set(VOLUNTEER.VERSION, VOLUNTEER.VERSION.plus(1))
                .where(VOLUNTEER.USER_ID.eq(userId)).execute();
    }

    /** Keeps what counts need (organisations, districts, adult/youth, limits); erases what says who the person is. */
    void anonymise(long userId, OffsetDateTime at) {
        dsl.update(VOLUNTEER)
                .setNull(VOLUNTEER.PHONE)
                .setNull(VOLUNTEER.BIRTH_YEAR)
                .setNull(VOLUNTEER.GENDER)
                .set(VOLUNTEER.LANGUAGES, new String[0])
                .setNull(VOLUNTEER.GUARDIAN_CONSENT_ON)
                .setNull(VOLUNTEER.RECORD_EXTRACT_SHOWN_ON)
                .set(VOLUNTEER.STATUS, VolunteerStatus.ANONYMISED.name())
                .set(VOLUNTEER.ANONYMISED_AT, at)
                .set(VOLUNTEER.VERSION, VOLUNTEER.VERSION.plus(1))
                .where(VOLUNTEER.USER_ID.eq(userId))
                .execute();
    }

    int deleteHistory(long userId) {
        return dsl.deleteFrom(VOLUNTEER_QUALIFICATION).where(VOLUNTEER_QUALIFICATION.USER_ID.eq(userId)).execute()
                + dsl.deleteFrom(VOLUNTEER_DISTRICT).where(VOLUNTEER_DISTRICT.USER_ID.eq(userId)).execute()
                + dsl.deleteFrom(VOLUNTEER_ORGANISATION).where(VOLUNTEER_ORGANISATION.USER_ID.eq(userId)).execute();
    }
}
