package se.tryggalov.notify;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.tryggalov.security.Account;
import se.tryggalov.security.CurrentUser;
import se.tryggalov.security.Role;

import java.util.Map;

/** Each person chooses, per kind of notification, whether they get it by e-mail and by SMS. */
@Service
public class NotificationSettingsService {

    private final NotificationRepository notifications;
    private final CurrentUser currentUser;

    NotificationSettingsService(NotificationRepository notifications, CurrentUser currentUser) {
        this.notifications = notifications;
        this.currentUser = currentUser;
    }

    private long me() {
        return currentUser.account().map(Account::id).orElseThrow(() -> new AccessDeniedException("not signed in"));
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.COORDINATOR, Role.Names.PARTNER_CONTACT, Role.Names.VOLUNTEER,
            Role.Names.VIEWER})
    @Transactional(readOnly = true)
    public Map<NotificationKind, Preference> mine() {
        return notifications.preferences(me());
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.COORDINATOR, Role.Names.PARTNER_CONTACT, Role.Names.VOLUNTEER,
            Role.Names.VIEWER})
    @Transactional
    public void save(NotificationKind kind, Preference preference) {
        if (kind == null || preference == null) {
            throw new IllegalArgumentException("kind and preference are required");
        }
        notifications.savePreference(me(), kind, preference);
    }
}
