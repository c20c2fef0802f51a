package se.tryggalov.volunteer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps {@code volunteer.last_active_at} current when a volunteer signs in (retention anonymises profiles that
 * have been inactive for long). Listens to Spring Security's event, so security knows nothing of volunteers.
 */
@Component
class VolunteerActivity {

    private static final Logger log = LoggerFactory.getLogger(VolunteerActivity.class);

    private final VolunteerService volunteers;
    private final TransactionTemplate transaction;

    VolunteerActivity(VolunteerService volunteers, TransactionTemplate transaction) {
        this.volunteers = volunteers;
        this.transaction = transaction;
    }

    @EventListener
    void signedIn(AuthenticationSuccessEvent event) {
        String username = event.getAuthentication().getName();
        try {
            transaction.executeWithoutResult(tx -> volunteers.touch(username));
        } catch (DataAccessException e) { // never let bookkeeping stop a sign-in
            log.warn("could not record a volunteer's sign-in: {}", e.getClass().getSimpleName());
        }
    }
}
