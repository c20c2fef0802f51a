package se.tryggalov.dataimport;

import org.junit.jupiter.api.Test;
import se.tryggalov.shared.validation.BirthYears;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static se.tryggalov.dataimport.ImportColumn.*;

/** Reading import files: separators, byte order mark, encodings, headers in two languages, line numbers. */
class ImportCsvTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    private static ImportCsv.Table read(ImportKind kind, String text) {
        return ImportCsv.read(kind, text.getBytes(StandardCharsets.UTF_8), 100);
    }

    private static List<String> keys(List<ImportProblem> problems) {
        return problems.stream().map(ImportProblem::messageKey).toList();
    }

    @Test
    void semicolonsWithAByteOrderMarkAndSwedishHeadersAreRead() {
        ImportCsv.Table table = read(ImportKind.ORGANISATIONS,
                "\uFEFFNamn;Typ;Kommundelar\r\nFöreningen Trygg; Nattvandrare ;Alby|Fittja\r\n");

        assertThat(table.problems()).isEmpty();
        assertThat(table.columns()).containsExactlyInAnyOrder(ORGANISATION_NAME, ORGANISATION_KIND,
                ORGANISATION_DISTRICTS);
        ImportCsv.Row row = table.rows().getFirst();
        assertThat(row.line()).isEqualTo(2);
        assertThat(row.values()).isEqualTo(Map.of(ORGANISATION_NAME, "Föreningen Trygg",
                ORGANISATION_KIND, "Nattvandrare", ORGANISATION_DISTRICTS, "Alby|Fittja"));
    }

    @Test
    void commasWithoutByteOrderMarkAndEnglishHeadersInAnyCaseAreRead() {
        ImportCsv.Table table = read(ImportKind.CONTACTS,
                "ORGANISATION,name,Role,phone,E-MAIL\nPolisen,Kim Berg,\"Kontakt, natt\",08-123 45,kim@example.se\n");

        assertThat(table.problems()).isEmpty();
        assertThat(table.rows().getFirst().get(CONTACT_ROLE)).isEqualTo("Kontakt, natt");
        assertThat(table.rows().getFirst().get(CONTACT_EMAIL)).isEqualTo("kim@example.se");
    }

    @Test
    void theSeparatorComesFromTheHeaderLineEvenWhenValuesContainTheOther() {
        assertThat(se.tryggalov.shared.csv.CsvText.delimiter("Namn;Typ;Kommundelar")).isEqualTo(';');
        assertThat(se.tryggalov.shared.csv.CsvText.delimiter("name,kind,districts")).isEqualTo(',');
        assertThat(se.tryggalov.shared.csv.CsvText.delimiter("name\tkind\tdistricts")).isEqualTo('\t');
        ImportCsv.Table table = read(ImportKind.ORGANISATIONS, "Namn;Typ\nA, B och C;Polis\n");
        assertThat(table.rows().getFirst().get(ORGANISATION_NAME)).isEqualTo("A, B och C");
    }

    @Test
    void anExcelSeparatorLineIsHonoured() {
        ImportCsv.Table table = read(ImportKind.ORGANISATIONS, "sep=,\nName,Type\nPolisen; Botkyrka,Polis\n");

        assertThat(table.problems()).isEmpty();
        assertThat(table.rows().getFirst().get(ORGANISATION_NAME)).isEqualTo("Polisen; Botkyrka");
        assertThat(table.rows().getFirst().line()).isEqualTo(3);
    }

    @Test
    void windows1252FromExcelIsDecoded() {
        byte[] content = "Namn;Typ\nÅsa fritidsgård;Fritidsgård\n".getBytes(Charset.forName("windows-1252"));

        ImportCsv.Table table = ImportCsv.read(ImportKind.ORGANISATIONS, content, 100);

        assertThat(table.rows().getFirst().get(ORGANISATION_NAME)).isEqualTo("Åsa fritidsgård");
    }

    @Test
    void lineNumbersArePhysicalLinesAcrossBlankLinesAndQuotedLineBreaks() {
        ImportCsv.Table table = read(ImportKind.CONTACTS,
                "Organisation;Namn;Roll\n\nPolisen;Kim;\"två\nrader\"\n\n\nPolisen;Alex;\n");

        assertThat(table.rows()).extracting(ImportCsv.Row::line).containsExactly(3, 7);
    }

    @Test
    void unknownDuplicateAndMissingColumnsRefuseTheFileAtTheHeaderLine() {
        ImportCsv.Table table = read(ImportKind.VOLUNTEERS, "\n\nNamn;Epost;Telefonnummer;Namn\nA;a@b.se;1;A\n");

        assertThat(table.rows()).isEmpty();
        assertThat(table.problems()).allSatisfy(p -> assertThat(p.line()).isEqualTo(3));
        assertThat(keys(table.problems())).contains("imports.error.unknownColumn", "imports.error.duplicateColumn",
                "imports.error.missingColumn");
        assertThat(table.problems()).filteredOn(p -> p.messageKey().equals("imports.error.missingColumn"))
                .extracting(p -> p.args().getFirst())
                .containsExactlyInAnyOrder(VOLUNTEER_ORGANISATION, VOLUNTEER_ADULT);
    }

    @Test
    void anExpiryColumnNeedsItsDateColumn() {
        ImportCsv.Table table = read(ImportKind.VOLUNTEERS,
                "name;email;organisation;adult_confirmed;first aid expires\nA;a@b.se;X;ja;2027-01-01\n");

        assertThat(keys(table.problems())).containsExactly("imports.error.columnNeeds");
    }

    @Test
    void emptyFilesHeaderOnlyFilesTooManyRowsAndBrokenQuotesAreFileProblems() {
        assertThat(keys(read(ImportKind.ORGANISATIONS, "\uFEFF \n").problems()))
                .containsExactly("imports.error.emptyFile");
        assertThat(keys(read(ImportKind.ORGANISATIONS, "Namn;Typ\n").problems()))
                .containsExactly("imports.error.noRows");
        ImportCsv.Table tooMany = ImportCsv.read(ImportKind.ORGANISATIONS,
                "Namn;Typ\nA;Polis\nB;Polis\nC;Polis\n".getBytes(StandardCharsets.UTF_8), 2);
        assertThat(tooMany.problems()).singleElement().satisfies(p -> {
            assertThat(p.messageKey()).isEqualTo("imports.error.tooManyRows");
            assertThat(p.line()).isEqualTo(4);
        });
        assertThat(keys(read(ImportKind.ORGANISATIONS, "Namn;Typ\n\"A;Polis\n").problems()))
                .containsExactly("imports.error.unreadable");
    }

    @Test
    void badValuesAreReportedWithTheirLineAndEveryProblemOfARowAtOnce() {
        ImportCsv.Table table = read(ImportKind.VOLUNTEERS, """
                Namn;E-post;Mobil;Organisation;18+ bekräftad;Födelseår;Grundutbildning datum
                Anna;anna@example.se;070-123 45 67;X;ja;1990;2026-01-10
                ;inte-en-adress;12;X;kanske;1990-05-01;10/1/2026
                Bo;bo@example.se;;X;nej;;;extra
                """);

        List<List<String>> problems = table.rows().stream().map(row -> {
            RowValues v = new RowValues(row);
            v.text(VOLUNTEER_NAME, 100);
            v.email(VOLUNTEER_EMAIL);
            v.phone(VOLUNTEER_MOBILE);
            v.yesNo(VOLUNTEER_ADULT);
            v.birthYear(VOLUNTEER_BIRTH_YEAR, TODAY);
            v.date(VOLUNTEER_BASIC_TRAINING);
            assertThat(v.problems()).allSatisfy(p -> assertThat(p.line()).isEqualTo(row.line()));
            return keys(v.problems());
        }).toList();

        assertThat(table.rows()).extracting(ImportCsv.Row::line).containsExactly(2, 3, 4);
        assertThat(problems.get(0)).isEmpty();
        assertThat(problems.get(1)).containsExactlyInAnyOrder("imports.error.required", "imports.error.badEmail",
                "imports.error.badPhone", "imports.error.badYesNo", "imports.error.birthDateNotYear",
                "imports.error.badDate");
        assertThat(problems.get(2)).containsExactly("imports.error.extraValues");
    }

    @Test
    void aBirthYearIsRefusedExactlyWhenTheProfileFormWouldRefuseIt() {
        ImportCsv.Table table = read(ImportKind.VOLUNTEERS, """
                Namn;E-post;Mobil;Organisation;18+ bekräftad;Födelseår
                A;a@example.se;;X;ja;%d
                B;b@example.se;;X;ja;%d
                C;c@example.se;;X;ja;%d
                D;d@example.se;;X;ja;%d
                """.formatted(BirthYears.earliest(TODAY) - 1, BirthYears.earliest(TODAY),
                BirthYears.latest(TODAY), BirthYears.latest(TODAY) + 1));

        List<Boolean> refusedByImport = table.rows().stream()
                .map(row -> new RowValues(row).birthYear(VOLUNTEER_BIRTH_YEAR, TODAY) == null).toList();
        List<Boolean> refusedByRule = table.rows().stream()
                .map(row -> BirthYears.check(Integer.valueOf(row.get(VOLUNTEER_BIRTH_YEAR)), TODAY).isPresent())
                .toList();

        assertThat(refusedByImport).containsExactly(true, false, false, true).isEqualTo(refusedByRule);
    }

    @Test
    void personalIdentityNumbersAreRefusedWithoutRepeatingThem() {
        ImportCsv.Table table = read(ImportKind.VOLUNTEERS, """
                Namn;E-post;Mobil;Organisation;18+ bekräftad;Födelseår
                Anna 811218-9876;anna@example.se;0701234567;X;ja;1981
                Bo;bo@example.se;121212-1212;X;ja;198112189876
                """);

        RowValues first = new RowValues(table.rows().get(0));
        RowValues second = new RowValues(table.rows().get(1));

        assertThat(first.problems()).singleElement().satisfies(p -> {
            assertThat(p.messageKey()).isEqualTo("imports.error.personalIdentityNumber");
            assertThat(p.args()).containsExactly(VOLUNTEER_NAME);
        });
        assertThat(first.phone(VOLUNTEER_MOBILE)).as("ten bare digits in a phone column are a phone number")
                .isEqualTo("0701234567");
        assertThat(first.text(VOLUNTEER_NAME, 100)).as("a refused value is never passed on").isNull();
        assertThat(second.problems()).extracting(p -> p.args().getFirst())
                .containsExactlyInAnyOrder(VOLUNTEER_MOBILE, VOLUNTEER_BIRTH_YEAR);
        assertThat(second.birthYear(VOLUNTEER_BIRTH_YEAR, TODAY)).isNull();
        assertThat(second.problems()).hasSize(2);
    }

    @Test
    void identityNumberDetectionIsTheRuleTheFormsUseWithoutACheckDigit() {
        assertThat(RowValues.looksLikeIdentityNumber("811218-9876", false)).isTrue();
        assertThat(RowValues.looksLikeIdentityNumber("19811218-9876", true)).isTrue();
        assertThat(RowValues.looksLikeIdentityNumber("701063-2391", false)).as("coordination number").isTrue();
        assertThat(RowValues.looksLikeIdentityNumber("8112189876", false)).isTrue();
        assertThat(RowValues.looksLikeIdentityNumber("8112189876", true)).as("a birth date, not a phone number")
                .isTrue();
        assertThat(RowValues.looksLikeIdentityNumber("850709-1234", false)).as("wrong check digit").isTrue();
        assertThat(RowValues.looksLikeIdentityNumber("0701234567", true)).as("a mobile number").isFalse();
        assertThat(RowValues.looksLikeIdentityNumber("070-123 45 67", true)).isFalse();
        assertThat(RowValues.looksLikeIdentityNumber("2026-03-14", false)).isFalse();
    }

    @Test
    void kindsYesNoLanguagesAndStatusAcceptSwedishEnglishAndEnumNames() {
        ImportCsv.Table table = read(ImportKind.VOLUNTEERS, """
                name;email;organisation;adult_confirmed;languages;status
                A;a@b.se;X;Ja;svenska| English |ar;pausad
                B;b@b.se;X;no;klingon;INVITED
                """);
        RowValues good = new RowValues(table.rows().get(0));
        RowValues bad = new RowValues(table.rows().get(1));

        assertThat(good.yesNo(VOLUNTEER_ADULT)).isTrue();
        assertThat(good.languages(VOLUNTEER_LANGUAGES)).containsExactly("ar", "en", "sv");
        assertThat(good.status(VOLUNTEER_STATUS)).isEqualTo("PAUSED");
        assertThat(bad.yesNo(VOLUNTEER_ADULT)).isFalse();
        assertThat(bad.languages(VOLUNTEER_LANGUAGES)).isEmpty();
        assertThat(bad.status(VOLUNTEER_STATUS)).isNull();
        assertThat(keys(bad.problems())).containsExactly("imports.error.unknownLanguage", "imports.error.badStatus");

        ImportCsv.Table kinds = read(ImportKind.ORGANISATIONS,
                "Namn;Typ\nA;Kyrka eller samfund\nB;night_walkers\nC;Sports club\nD;Bageri\n");
        assertThat(kinds.rows().stream().map(r -> new RowValues(r).organisationKind(ORGANISATION_KIND)))
                .extracting(k -> k == null ? null : k.name())
                .containsExactly("CHURCH", "NIGHT_WALKERS", "SPORTS_CLUB", null);
    }

    @Test
    void theTemplateHeaderIsSwedishAndReadsBack() {
        for (ImportKind kind : ImportKind.values()) {
            String header = ImportCsv.templateHeader(kind);
            ImportCsv.Table table = read(kind, header + "\n" + "x;".repeat(kind.columns().size() - 1) + "x\n");
            assertThat(table.problems()).as(kind.name()).isEmpty();
            assertThat(table.columns()).containsExactlyInAnyOrderElementsOf(kind.columns());
        }
        assertThat(ImportCsv.templateHeader(ImportKind.VOLUNTEERS)).startsWith("Namn;E-post;Mobil;Organisation;");
    }
}
