package se.tryggalov.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

/** What a coordinator enters or an import supplies: a new item, or new values for an existing one. */
public record ItemDraft(ItemKind kind, String code, String title, LocalDate firstDay, LocalDate lastDay,
                        Integer riskLevel, LocalTime startsAt, LocalTime endsAt, String location, String notes,
                        Set<Long> invitedOrganisationIds) {

    public ItemDraft {
        invitedOrganisationIds = invitedOrganisationIds == null ? Set.of() : Set.copyOf(invitedOrganisationIds);
    }

    public static ItemDraft of(CalendarItem item) {
        return new ItemDraft(item.kind(), item.code(), item.title(), item.firstDay(), item.lastDay(), item.riskLevel(),
                item.startsAt(), item.endsAt(), item.location(), item.notes(), item.invitedOrganisationIds());
    }
}
