package se.tryggalov.partner;

/** A contact person an organisation puts forward: work contact details shown on the contact list. */
public record Contact(long id, long organisationId, String name, String roleTitle, String phone, String email,
                      int sortOrder, Long userId, int version) {
}
