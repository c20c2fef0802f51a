package se.tryggalov.shared.pdf;

import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfPCell;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * What every PDF of the product (contact list, coverage sheet, follow-up reports) is made of: one embedded font that
 * has the Swedish letters, and a plain table cell.
 */
public final class PdfParts {

    /** Liberation Sans, shipped inside OpenPDF: embedded, so å, ä and ö show on any reader. */
    private static final String FONT = "font-fallback/LiberationSans-Regular.ttf";

    private PdfParts() {
    }

    public static BaseFont font() {
        try {
            return BaseFont.createFont(FONT, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        } catch (IOException e) {
            throw new UncheckedIOException("The PDF font is missing from OpenPDF", e);
        }
    }

    /** A cell without borders and with a little padding. */
    public static PdfPCell cell(Phrase phrase) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(2);
        return cell;
    }
}
