package se.tryggalov.report;

import se.tryggalov.calendar.CalendarItem;
import se.tryggalov.partner.CommitmentWording;
import se.tryggalov.partner.DistrictRef;
import se.tryggalov.partner.OrganisationDetail;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.stream.Collectors;

/** The words of the contact list, the same on screen, in the PDF and in the CSV. */
public record ContactListTexts(Locale locale, CommitmentWording.Texts texts) {

    public String t(String key, Object... arguments) {
        return texts.t(key, arguments);
    }

    public String date(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    public String breakName(CalendarItem item) {
        return item.nameKey() == null ? item.title() : t(item.nameKey());
    }

    /** "läsåret 2026/27" or "Höstlov, 26 okt. 2026 – 30 okt. 2026". */
    public String scope(ContactList list) {
        if (list.breakItem() == null) {
            return t("partners.contacts.scopeYear", list.year().label());
        }
        return t("partners.contacts.scopeBreak", breakName(list.breakItem()), date(list.from()), date(list.to()));
    }

    public String district(ContactList list) {
        return list.district() == null ? t("partners.contacts.allDistricts") : list.district().name();
    }

    public String title(ContactList list) {
        return t("partners.contacts.documentTitle", scope(list));
    }

    public String kind(OrganisationDetail organisation) {
        return t("organisation.kind." + organisation.kind().name());
    }

    public String districts(OrganisationDetail organisation) {
        return organisation.districts().isEmpty() ? t("organisations.wholeMunicipality")
                : organisation.districts().stream().map(DistrictRef::name).collect(Collectors.joining(", "));
    }

    public String commitment(ContactList.Line line, OrganisationDetail organisation, ContactList list) {
        String summary = CommitmentWording.summary(line.commitment(), organisation, list.allDistricts(), locale, texts);
        return line.evenings() == null ? summary : summary + " · " + t("partners.contacts.evenings", line.evenings());
    }
}
