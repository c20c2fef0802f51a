package se.tryggalov.report;

import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;
import se.tryggalov.partner.Contact;
import se.tryggalov.partner.OrganisationDetail;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;

import static se.tryggalov.shared.pdf.PdfParts.cell;
import static se.tryggalov.shared.pdf.PdfParts.font;

/**
 * The contact list as an A4 PDF: title, scope, date made, one block per organisation (contacts as a table,
 * commitments as lines) and "page n of m" at the foot of every page. The font is the Unicode TrueType font
 * that OpenPDF ships (Liberation Sans), embedded, so names in any European script print.
 */
final class ContactListPdf {

    private static final Color GREY = new Color(0x55, 0x55, 0x55);
    private static final Color RULE = new Color(0xcc, 0xcc, 0xcc);

    private ContactListPdf() {
    }

    static byte[] write(ContactList list, ContactListTexts texts, LocalDate today) {
        BaseFont base = font();
        Font title = new Font(base, 16, Font.BOLD);
        Font heading = new Font(base, 12, Font.BOLD);
        Font normal = new Font(base, 9.5f);
        Font small = new Font(base, 8.5f, Font.NORMAL, GREY);
        Font header = new Font(base, 8.5f, Font.BOLD);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 40, 50);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setPageEvent(new PageNumbers(base, texts));
        document.addTitle(texts.title(list));
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(texts.locale().getLanguage()));
        document.open();

        document.add(new Paragraph(texts.title(list), title));
        Paragraph meta = new Paragraph(texts.t("partners.contacts.pdfMeta", texts.district(list), texts.date(today),
                list.entries().size(), list.contactCount()), small);
        meta.setSpacingAfter(6);
        document.add(meta);
        Paragraph notice = new Paragraph(texts.t("partners.contacts.personalDataNotice"), small);
        notice.setSpacingAfter(10);
        document.add(notice);
        if (list.entries().isEmpty()) {
            document.add(new Paragraph(texts.t("partners.contacts.empty"), normal));
        }

        for (ContactList.Entry entry : list.entries()) {
            OrganisationDetail organisation = entry.organisation();
            PdfPTable block = new PdfPTable(1);
            block.setWidthPercentage(100);
            block.setKeepTogether(true);
            block.setSpacingBefore(8);

            PdfPCell name = cell(new Phrase(organisation.name(), heading));
            name.setBorder(Rectangle.TOP);
            name.setBorderColor(RULE);
            name.setPaddingTop(6);
            block.addCell(name);
            block.addCell(cell(new Phrase(texts.kind(organisation) + " · " + texts.districts(organisation), small)));

            if (organisation.contacts().isEmpty()) {
                block.addCell(cell(new Phrase(texts.t("partners.contacts.noContacts"), small)));
            } else {
                PdfPTable contacts = new PdfPTable(new float[]{3, 3, 2.4f, 3.6f});
                contacts.setWidthPercentage(100);
                contacts.setHeaderRows(1);
                for (String key : new String[]{"partners.contact.name", "partners.contact.roleTitle",
                        "partners.contact.phone", "partners.contact.email"}) {
                    PdfPCell cell = cell(new Phrase(texts.t(key), header));
                    cell.setBorder(Rectangle.BOTTOM);
                    cell.setBorderColor(RULE);
                    contacts.addCell(cell);
                }
                for (Contact contact : organisation.contacts()) {
                    contacts.addCell(cell(new Phrase(contact.name(), normal)));
                    contacts.addCell(cell(new Phrase(orEmpty(contact.roleTitle()), normal)));
                    contacts.addCell(cell(new Phrase(orEmpty(contact.phone()), normal)));
                    contacts.addCell(cell(new Phrase(orEmpty(contact.email()), normal)));
                }
                PdfPCell holder = new PdfPCell(contacts);
                holder.setBorder(Rectangle.NO_BORDER);
                holder.setPaddingTop(4);
                block.addCell(holder);
            }

            for (ContactList.Line line : entry.commitments()) {
                Phrase phrase = new Phrase();
                phrase.add(new Chunk("• " + texts.commitment(line, organisation, list), normal));
                phrase.add(new Chunk("\n   " + line.commitment().description(), small));
                PdfPCell cell = cell(phrase);
                cell.setPaddingTop(3);
                block.addCell(cell);
            }
            document.add(block);
        }
        document.close();
        return out.toByteArray();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    /** "Sida 2 av 5": the total is written into a template when the document closes. */
    private static final class PageNumbers extends PdfPageEventHelper {

        private final BaseFont font;
        private final ContactListTexts texts;
        private PdfTemplate total;

        PageNumbers(BaseFont font, ContactListTexts texts) {
            this.font = font;
            this.texts = texts;
        }

        @Override
        public void onOpenDocument(PdfWriter writer, Document document) {
            total = writer.getDirectContent().createTemplate(40, 12);
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte canvas = writer.getDirectContent();
            String text = texts.t("partners.contacts.page", writer.getPageNumber()) + " ";
            float size = 8.5f;
            float width = font.getWidthPoint(text, size);
            float x = (document.left() + document.right()) / 2 - width / 2;
            float y = document.bottom() - 24;
            canvas.beginText();
            canvas.setFontAndSize(font, size);
            canvas.setTextMatrix(x, y);
            canvas.showText(text);
            canvas.endText();
            canvas.addTemplate(total, x + width, y);
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT,
                    new Phrase(texts.t("partners.contacts.footer"), new Font(font, size, Font.NORMAL, GREY)),
                    document.left(), y, 0);
        }

        @Override
        public void onCloseDocument(PdfWriter writer, Document document) {
            total.beginText();
            total.setFontAndSize(font, 8.5f);
            total.setTextMatrix(0, 0);
            total.showText(texts.t("partners.contacts.pageTotal", writer.getPageNumber() - 1));
            total.endText();
        }
    }
}
