package se.tryggalov.security;

/** The five roles of the product. Spring authorities are {@code ROLE_<name>}. */
public enum Role {
    ADMIN,
    COORDINATOR,
    PARTNER_CONTACT,
    VOLUNTEER,
    VIEWER;

    /** Constants for {@code @RolesAllowed}, which needs compile-time strings. */
    public static final class Names {
        public static final String ADMIN = "ADMIN";
        public static final String COORDINATOR = "COORDINATOR";
        public static final String PARTNER_CONTACT = "PARTNER_CONTACT";
        public static final String VOLUNTEER = "VOLUNTEER";
        public static final String VIEWER = "VIEWER";

        private Names() {
        }
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
