package se.tryggalov.volunteer;

import se.tryggalov.shared.i18n.UserMessageException;
import se.tryggalov.shared.privacy.IdentityNumbers;

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
 * edit as it will be stored (trimmed, blanks as null, language codes lower-case and sorted).
 */
final class ProfileRules {

    static final int MAX_NAME = 100;
    static final int MAX_EMAIL = 254;
    static final int MAX_LANGUAGES = 10;
    static final int OLDEST_AGE = 100;
    static final int YOUNGEST_AGE = 15;
    static final int ADULT_AGE = 18;

    private static final Set<String> LANGUAGE_CODES = Set.of(Locale.getISOLanguages());

    private ProfileRules() {
    }

    static String name(String name) {
        String trimmed = name == null ? "" : name.trim().replaceAll("\\s+", " ");
        if (trimmed.isEmpty() || trimmed.length() > MAX_NAME) {
            throw new UserMessageException("volunteers.error.nameRequired", MAX_NAME);
        }
        if (IdentityNumbers.inText(trimmed)) {
            throw new UserMessageException("volunteers.error.identityNumber");
        }
        return trimmed;
    }

    static String email(String email) {
        String trimmed = email == null ? "" : email.trim();
        if (trimmed.length() > MAX_EMAIL || !trimmed.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new UserMessageException("volunteers.error.emailInvalid");
        }
        if (IdentityNumbers.inText(trimmed)) {
            throw new UserMessageException("volunteers.error.identityNumber");
        }
        return trimmed;
    }

    /** Optional; the database's shape: an optional +, then 6-20 digits, spaces, brackets or dashes. */
    static String phone(String phone) {
        String trimmed = phone == null ? "" : phone.trim();
        if (trimmed.isEmpty()) {
            return null;
        }
        if (IdentityNumbers.inPhone(trimmed)) {
            throw new UserMessageException("volunteers.error.identityNumber");
        }
        if (!trimmed.matches("\\+?[0-9 ()-]{6,20}")) {
            throw new UserMessageException("volunteers.error.phoneInvalid");
        }
        return trimmed;
    }

    static List<String> languages(List<String> languages) {
        if (languages == null) {
            return List.of();
        }
        TreeSet<String> codes = new TreeSet<>();
        for (String language : languages) {
            String code = language == null ? "" : language.trim().toLowerCase(Locale.ROOT);
            if (IdentityNumbers.inText(code)) {
                throw new UserMessageException("volunteers.error.identityNumber");
            }
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
            if (birthYear < year - OLDEST_AGE || birthYear > year - YOUNGEST_AGE) {
                throw new UserMessageException("volunteers.error.birthYear", String.valueOf(year - OLDEST_AGE),
                        String.valueOf(year - YOUNGEST_AGE));
            }
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
