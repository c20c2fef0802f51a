package se.tryggalov.roster;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.tryggalov.security.Role;
import se.tryggalov.security.SystemAuthentication;

import java.time.Duration;

/**
 * Waitlist offers that nobody answered pass on: every minute (db-scheduler, once across app instances) expired
 * offers are closed and the place offered to the next in line. The line and the offers are rows of
 * shift_assignment, so a restart only delays this by a minute.
 */
@Configuration
class SignupJobs {

    static final String OFFER_TASK = "signup-offer-expiry";

    @Bean
    RecurringTask<Void> signupOfferExpiry(ShiftSignupService signups, SystemAuthentication system) {
        return Tasks.recurring(OFFER_TASK, Schedules.fixedDelay(Duration.ofMinutes(1)))
                .execute((instance, context) -> system.runAs(signups::expireOffers, Role.COORDINATOR));
    }
}
