package se.tryggalov.volunteer;

import java.time.LocalDate;
import java.util.Locale;

/**
 * Whom to invite. {@code organisationId}: coordinators choose; for a partner contact it is always their own
 * organisation (null is fine). A youth walker (15-17) needs the date their guardian's written consent was seen.
 * {@code locale}: the language of the e-mail and of the person's account.
 */
public record NewInvitation(String name, String email, String phone, Long organisationId, boolean youthWalker,
                            LocalDate guardianConsentOn, Locale locale) {
}
