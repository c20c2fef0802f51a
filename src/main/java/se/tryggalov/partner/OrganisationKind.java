package se.tryggalov.partner;

/** Translation keys: {@code organisation.kind.<NAME>}. */
public enum OrganisationKind {
    MUNICIPAL_DEPARTMENT,
    POLICE,
    RESCUE_SERVICE,
    HOUSING_COMPANY,
    YOUTH_CENTRE,
    NIGHT_WALKERS,
    CHURCH,
    SPORTS_CLUB,
    SECURITY_COMPANY,
    OTHER
}
