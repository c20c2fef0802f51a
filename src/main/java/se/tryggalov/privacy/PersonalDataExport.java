package se.tryggalov.privacy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Everything held about one person, as the JSON file they download ({@value #FORMAT}). The names of the
 * components are the JSON field names: change them only together with the format version. Secrets are never
 * part of it: no password hash, no token hash, no e-mail body (it may carry a link with a secret).
 */
public record PersonalDataExport(String format, OffsetDateTime exportedAt, AccountData account,
                                 VolunteerData volunteer, List<Named> organisations, List<Named> districts,
                                 List<Qualification> qualifications, List<Availability> availability,
                                 List<ContactEntry> contactEntries, List<Token> accountTokens,
                                 List<RemovalRequestData> removalRequests, List<Email> emails,
                                 List<AuditEntryData> auditLog) {

    public static final String FORMAT = "trygga-lov-personal-data/1";

    public record AccountData(long id, String username, String name, String email, String language,
                              List<String> roles, Named organisation, boolean enabled, OffsetDateTime createdAt,
                              OffsetDateTime lastLoginAt) {
    }

    public record VolunteerData(String phone, boolean adultConfirmed, Short birthYear, boolean youthWalker,
                                LocalDate guardianConsentOn, LocalDate recordExtractShownOn, String gender,
                                List<String> languages, Short maxNightsPerMonth, Short maxNightsPerWeekend,
                                String status, OffsetDateTime lastActiveAt, OffsetDateTime removalRequestedAt,
                                OffsetDateTime anonymisedAt, OffsetDateTime createdAt) {
    }

    public record Named(long id, String name) {
    }

    public record Qualification(String kind, LocalDate obtainedOn, LocalDate expiresOn) {
    }

    /** {@code enteredByOther}: someone else (a contact or coordinator) entered it on the person's behalf. */
    public record Availability(LocalDate day, String state, LocalTime fromTime, LocalTime toTime,
                               boolean enteredByOther, OffsetDateTime updatedAt) {
    }

    /** The person listed as a contact of a partner organisation. */
    public record ContactEntry(Named organisation, String name, String roleTitle, String phone, String email,
                               OffsetDateTime createdAt) {
    }

    /** Invitations and password resets: dates only. */
    public record Token(String purpose, OffsetDateTime createdAt, OffsetDateTime expiresAt, OffsetDateTime usedAt) {
    }

    public record RemovalRequestData(OffsetDateTime requestedAt, OffsetDateTime handledAt, String outcome) {
    }

    public record Email(String recipient, String subject, OffsetDateTime createdAt, OffsetDateTime sentAt) {
    }

    /**
     * An audit entry in which the person acted ({@code ACTOR}) or whose subject is the person ({@code SUBJECT}:
     * then {@code actor} says who read or changed their data).
     */
    public record AuditEntryData(OffsetDateTime occurredAt, String role, String actor, String action,
                                 String subjectType, String subjectId, String details, String clientAddress) {
    }
}
