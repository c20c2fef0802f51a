package se.tryggalov.notify;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Without an SMS gateway: in demo mode a text is logged (its length and the last two digits of the number, never
 * the text, which may name people); otherwise it is not sent and the notification says so.
 */
@Configuration(proxyBeanMethods = false)
class LoggedSms {

    static final String NO_GATEWAY = "NO_SMS_GATEWAY";
    private static final Logger log = LoggerFactory.getLogger(LoggedSms.class);

    @Bean
    @ConditionalOnMissingBean(SmsChannel.class)
    SmsChannel loggedSmsChannel(@Value("${trygga.demo.enabled:false}") boolean demo) {
        return (phone, text) -> {
            if (!demo) {
                return NO_GATEWAY;
            }
            String digits = phone == null ? "" : phone.replaceAll("[^0-9]", "");
            log.info("SMS (demo, not sent) to …{}: {} characters", digits.length() > 2
                    ? digits.substring(digits.length() - 2) : digits, text.length());
            return null;
        };
    }
}
