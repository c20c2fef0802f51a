package se.tryggalov.dataimport;

/**
 * What an applied import wrote.
 *
 * @param invitedVolunteers volunteers created with status INVITED: their accounts stay disabled until they get
 *                          and accept an invitation from the volunteers feature
 */
public record ImportResult(ImportKind kind, int created, int changed, int unchanged, int invitedVolunteers) {
}
