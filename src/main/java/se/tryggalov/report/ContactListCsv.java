package se.tryggalov.report;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import se.tryggalov.partner.Contact;
import se.tryggalov.partner.OrganisationDetail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The contact list as CSV for Excel: UTF-8 with a byte order mark (so Excel reads å, ä, ö right), semicolons
 * between fields (what Swedish Excel expects, where the comma is the decimal sign), one row per contact person
 * (an organisation without contacts gets one row), commitments in one cell, one per line. A field that Excel
 * would take for a formula (starting with = + - @) is prefixed with an apostrophe.
 */
final class ContactListCsv {

    static final char BOM = '\uFEFF';
    static final CSVFormat FORMAT = CSVFormat.Builder.create(CSVFormat.EXCEL).setDelimiter(';')
            .setRecordSeparator("\r\n").get();
    static final List<String> COLUMN_KEYS = List.of("organisations.name", "organisations.kind",
            "organisations.districts", "partners.contact.name", "partners.contact.roleTitle", "partners.contact.phone",
            "partners.contact.email", "partners.contacts.commitments");

    private ContactListCsv() {
    }

    static byte[] write(ContactList list, ContactListTexts texts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            writer.write(BOM);
            try (CSVPrinter csv = new CSVPrinter(writer, FORMAT)) {
                csv.printRecord(COLUMN_KEYS.stream().map(texts::t).toList());
                for (ContactList.Entry entry : list.entries()) {
                    OrganisationDetail organisation = entry.organisation();
                    String commitments = entry.commitments().stream()
                            .map(line -> texts.commitment(line, organisation, list) + " – "
                                    + line.commitment().description())
                            .collect(Collectors.joining("\n"));
                    List<Contact> contacts = organisation.contacts().isEmpty() ? java.util.Collections.singletonList(null)
                            : organisation.contacts();
                    for (Contact contact : contacts) {
                        List<String> row = new ArrayList<>();
                        row.add(organisation.name());
                        row.add(texts.kind(organisation));
                        row.add(texts.districts(organisation));
                        row.add(contact == null ? "" : contact.name());
                        row.add(contact == null ? "" : orEmpty(contact.roleTitle()));
                        row.add(contact == null ? "" : orEmpty(contact.phone()));
                        row.add(contact == null ? "" : orEmpty(contact.email()));
                        row.add(commitments);
                        csv.printRecord(row.stream().map(ContactListCsv::neutralised).toList());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Keeps Excel from running a cell as a formula (CSV injection); the apostrophe is what Excel itself uses. */
    static String neutralised(String value) {
        return se.tryggalov.shared.csv.CsvText.neutralised(value);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
