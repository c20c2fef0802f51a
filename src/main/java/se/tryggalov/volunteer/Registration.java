package se.tryggalov.volunteer;

import java.util.Locale;

/**
 * What a person fills in on an organisation's public sign-up page. Only adults sign up themselves (youth walkers
 * are added by a contact who has seen the guardian's consent). {@code districtId} is optional.
 */
public record Registration(String name, String email, String phone, boolean adultConfirmed, Long districtId,
                           String password, boolean acceptsNotice, Locale locale) {

    @Override
    public String toString() { // never log the password
        return "Registration[" + name + "]";
    }
}
