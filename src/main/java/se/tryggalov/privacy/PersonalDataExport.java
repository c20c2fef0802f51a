package se.tryggalov.privacy;

import se.tryggalov.availability.AvailabilityPersonalData;
import se.tryggalov.partner.PartnerPersonalData;
import se.tryggalov.security.PersonAccounts;
import se.tryggalov.shared.audit.AuditLog;
import se.tryggalov.shared.mail.Outbox;
import se.tryggalov.volunteer.NamedRef;
import se.tryggalov.volunteer.VolunteerPersonalData;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Everything held about one person, as the JSON file they download ({@value #FORMAT}), gathered from the features
 * that own each part. The names of the components (and of the parts' components) are the JSON field names: change
 * them only together with the format version. Secrets are never
 * part of it: no password hash, no token hash, no e-mail body (it may carry a link with a secret).
 */
public record PersonalDataExport(String format, OffsetDateTime exportedAt, PersonAccounts.AccountData account,
                                 VolunteerPersonalData.Profile volunteer, List<NamedRef> organisations,
                                 List<NamedRef> districts, List<VolunteerPersonalData.QualificationData> qualifications,
                                 List<AvailabilityPersonalData.Answer> availability,
                                 List<PartnerPersonalData.ContactEntry> contactEntries,
                                 List<PersonAccounts.Token> accountTokens,
                                 List<RemovalRequestData> removalRequests, List<Outbox.PersonalMail> emails,
                                 List<AuditLog.PersonalEntry> auditLog) {

    public static final String FORMAT = "trygga-lov-personal-data/1";

    public record RemovalRequestData(OffsetDateTime requestedAt, OffsetDateTime handledAt, String outcome) {
    }
}
