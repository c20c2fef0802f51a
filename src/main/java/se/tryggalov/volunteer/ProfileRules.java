package se.tryggalov.volunteer;

import se.tryggalov.shared.i18n.UserMessageException;
import se.tryggalov.shared.validation.BirthYears;
import se.tryggalov.shared.validation.EmailAddresses;
import se.tryggalov.shared.validation.IdentityNumbers;
import se.tryggalov.shared.validation.PersonNames;
import se.tryggalov.shared.validation.PhoneNumbers;
import se.tryggalov.shared.validation.Problem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a volunteer profile may hold (DOMAIN.md "Data protection"), checked on the server before anything is
 * saved. Each refusal is a {@link UserMessageException} with a translated message; {@link #normalise} returns the
 * edit as it will be stored (trimmed, blanks as null, language codes lower-case and sorted). Names, e-mail
 * addresses, phone numbers and birth years follow the shared rules ({@code se.tryggalov.shared.validation}) that
 * the forms and the import use too.
 */
final class ProfileRules {

    static final int MAX_LANGUAGES = 10;
    static final int ADULT_AGE = 18;

    private static final Set<String> LANGUAGE_CODES = Set.of(Locale.getISOLanguages());

    private ProfileRules() {
    }

    static String name(String name) {
        Problem.refuse(PersonNames.check(name));
        return PersonNames.normalise(name);
    }

    /** Required: a volunteer signs in with it. */
    static String email(String email) {
        Problem.refuse(EmailAddresses.checkRequired(email));
        return email.strip();
    }

    /** Optional; kept as typed, trimmed. */
    static String phone(String phone) {
        Problem.refuse(PhoneNumbers.check(phone));
        return phone == null || phone.isBlank() ? null : phone.strip();
    }

    static List<String> languages(List<String> languages) {
        if (languages == null) {
            return List.of();
        }
        TreeSet<String> codes = new TreeSet<>();
        for (String language : languages) {
            String code = language == null ? "" : language.trim().toLowerCase(Locale.ROOT);
            Problem.refuse(IdentityNumbers.checkText(code));
            if (!LANGUAGE_CODES.contains(code)) {
                throw new UserMessageException("volunteers.error.language");
            }
            codes.add(code);
        }
        if (codes.size() > MAX_LANGUAGES) {
            throw new UserMessageException("volunteers.error.tooManyLanguages", MAX_LANGUAGES);
        }
        return List.copyOf(codes);
    }

    /** Checks and normalises a whole profile as of {@code today}. Organisation and district ids are checked by the caller. */
    static VolunteerEdit normalise(VolunteerEdit e, LocalDate today) {
        String name = name(e.name());
        String email = email(e.email());
        String phone = phone(e.phone());
        if (e.adultConfirmed() && e.youthWalker()) {
            throw new UserMessageException("volunteers.error.adultOrYouth");
        }
        LocalDate consent = e.youthWalker() ? e.guardianConsentOn() : null;
        if (e.youthWalker() && consent == null) {
            throw new UserMessageException("volunteers.error.guardianConsentRequired");
        }
        notInFuture(consent, today);
        notInFuture(e.recordExtractShownOn(), today);
        Integer birthYear = e.birthYear();
        if (birthYear != null) {
            int year = today.getYear();
            Problem.refuse(BirthYears.check(birthYear, today));
            if (e.adultConfirmed() && year - birthYear < ADULT_AGE) {
                throw new UserMessageException("volunteers.error.birthYearNotAdult");
            }
            if (e.youthWalker() && year - birthYear > ADULT_AGE) {
                throw new UserMessageException("volunteers.error.birthYearNotYouth");
            }
        }
        if (e.maxNightsPerMonth() != null && (e.maxNightsPerMonth() < 0 || e.maxNightsPerMonth() > 31)) {
            throw new UserMessageException("volunteers.error.maxNightsPerMonth", 0, 31);
        }
        if (e.maxNightsPerWeekend() != null && (e.maxNightsPerWeekend() < 0 || e.maxNightsPerWeekend() > 3)) {
            throw new UserMessageException("volunteers.error.maxNightsPerWeekend", 0, 3);
        }
        if (e.status() != null && !e.status().choosable()) {
            throw new UserMessageException("volunteers.error.statusNotChoosable");
        }
        List<Qualification> qualifications = qualifications(e.qualifications(), today);
        return new VolunteerEdit(name, email, phone, e.adultConfirmed(), e.youthWalker(), consent, birthYear,
                e.recordExtractShownOn(), e.gender(), languages(e.languages()), e.maxNightsPerMonth(),
                e.maxNightsPerWeekend(), e.status(),
                e.organisationIds() == null ? null : List.copyOf(new TreeSet<>(e.organisationIds())),
                e.districtIds() == null ? List.of() : List.copyOf(new TreeSet<>(e.districtIds())),
                qualifications, e.version(), e.accountVersion());
    }

    private static List<Qualification> qualifications(List<Qualification> qualifications, LocalDate today) {
        if (qualifications == null) {
            return List.of();
        }
        EnumSet<QualificationKind> seen = EnumSet.noneOf(QualificationKind.class);
        List<Qualification> result = new ArrayList<>();
        for (Qualification q : qualifications) {
            if (!seen.add(q.kind())) {
                throw new UserMessageException("volunteers.error.qualificationTwice");
            }
            if (q.obtainedOn() == null) {
                throw new UserMessageException("volunteers.error.qualificationObtainedRequired");
            }
            notInFuture(q.obtainedOn(), today);
            if (q.expiresOn() != null && q.expiresOn().isBefore(q.obtainedOn())) {
                throw new UserMessageException("volunteers.error.qualificationExpiresBeforeObtained");
            }
            result.add(q);
        }
        result.sort((a, b) -> a.kind().compareTo(b.kind()));
        return List.copyOf(result);
    }

    private static void notInFuture(LocalDate date, LocalDate today) {
        if (date != null && date.isAfter(today)) {
            throw new UserMessageException("volunteers.error.dateInFuture");
        }
    }

    /** The names of the fields that differ between the stored profile and a normalised edit: for the audit log. */
    static List<String> changedFields(Volunteer v, VolunteerEdit e, VolunteerStatus newStatus, List<Long> organisationIds) {
        List<String> changed = new ArrayList<>();
        check(changed, "name", v.name(), e.name());
        check(changed, "email", v.email(), e.email());
        check(changed, "phone", v.phone(), e.phone());
        check(changed, "adultConfirmed", v.adultConfirmed(), e.adultConfirmed());
        check(changed, "youthWalker", v.youthWalker(), e.youthWalker());
        check(changed, "guardianConsentOn", v.guardianConsentOn(), e.guardianConsentOn());
        check(changed, "birthYear", v.birthYear(), e.birthYear());
        check(changed, "recordExtractShownOn", v.recordExtractShownOn(), e.recordExtractShownOn());
        check(changed, "gender", v.gender(), e.gender());
        check(changed, "languages", v.languages(), e.languages());
        check(changed, "maxNightsPerMonth", v.maxNightsPerMonth(), e.maxNightsPerMonth());
        check(changed, "maxNightsPerWeekend", v.maxNightsPerWeekend(), e.maxNightsPerWeekend());
        check(changed, "status", v.status(), newStatus);
        check(changed, "organisations", Set.copyOf(v.organisations().stream().map(NamedRef::id).toList()),
                Set.copyOf(organisationIds));
        check(changed, "districts", Set.copyOf(v.districts().stream().map(NamedRef::id).toList()),
                Set.copyOf(e.districtIds()));
        check(changed, "qualifications", Set.copyOf(v.qualifications()), Set.copyOf(e.qualifications()));
        return changed;
    }

    private static void check(List<String> changed, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changed.add(field);
        }
    }
}
