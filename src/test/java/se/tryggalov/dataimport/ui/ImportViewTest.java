package se.tryggalov.dataimport.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.tryggalov.IntegrationTest;
import se.tryggalov.KaribuViewTest;
import se.tryggalov.dataimport.ImportKind;
import se.tryggalov.dataimport.ImportRowResult;
import se.tryggalov.dataimport.ImportService;
import se.tryggalov.security.Role;
import se.tryggalov.shared.i18n.Translations;
import se.tryggalov.shared.ui.NotAllowedView;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static se.tryggalov.jooq.Tables.APP_USER;
import static se.tryggalov.jooq.Tables.ORGANISATION;
import static se.tryggalov.jooq.Tables.VOLUNTEER;

/** The import page: choose, upload, read the dry run, save. */
@IntegrationTest
class ImportViewTest extends KaribuViewTest {

    private static final String HEADER = "Namn;E-post;Mobil;Organisation;Hemkommundelar;18+ bekräftad";

    @Autowired
    DSLContext dsl;
    @Autowired
    ImportService imports;

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<ImportKind> kind() {
        return _get(RadioButtonGroup.class, s -> s.withId("import-kind"));
    }

    @SuppressWarnings("unchecked")
    private static Grid<ImportRowResult> rows() {
        return _get(Grid.class, s -> s.withId("import-rows"));
    }

    private static void upload(String... lines) {
        byte[] content = ("\uFEFF" + String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
        UploadKt._upload(_get(Upload.class, s -> s.withId("import-upload")), "fil.csv", content);
    }

    private static Button applyButton() {
        return _get(Button.class, s -> s.withId("import-apply"));
    }

    @Test
    void aCoordinatorUploadsVolunteersReadsTheDryRunAndSavesThem() {
        signInAs("coordinator", Role.COORDINATOR);
        navigateTo(ImportView.class);
        setValueAsUser(kind(), ImportKind.VOLUNTEERS);
        String p = unique("vy");

        upload(HEADER,
                p + " Anna;" + p + "-anna@example.se;070-111 22 33;Nattvandrarna Botkyrka;Alby;ja",
                p + " Bo;" + p + "-bo@example.se;;Nattvandrarna Botkyrka;Fittja|Tumba;nej");

        Grid<ImportRowResult> grid = rows();
        assertThat(GridKt._size(grid)).isEqualTo(2);
        assertThat(GridKt._getFormattedRow(grid, 0)).containsExactly("2", t("imports.outcome.NEW"),
                p + " Anna, " + p + "-anna@example.se: " + t("imports.details.newVolunteer"));
        assertThat(_get(Paragraph.class, s -> s.withId("import-summary")).getText())
                .isEqualTo(t("imports.summary", 2, 2L, 0L, 0L, 0L));
        assertThat(dsl.fetchCount(APP_USER, APP_USER.USERNAME.startsWith(p))).as("nothing saved yet").isZero();
        assertNoRawTranslationKeys();

        assertThat(applyButton().isEnabled()).isTrue();
        assertThat(applyButton().getText()).isEqualTo(t("imports.apply", 2L));
        _click(applyButton());

        assertThat(_get(Paragraph.class, s -> s.withId("import-summary")).getText())
                .isEqualTo(t("imports.done", 2, 0, 0));
        assertThat(_get(Paragraph.class, s -> s.withId("import-invited")).getText())
                .isEqualTo(t("imports.done.invited", 2));
        assertThat(dsl.select(VOLUNTEER.STATUS).from(VOLUNTEER).join(APP_USER).on(APP_USER.ID.eq(VOLUNTEER.USER_ID))
                .where(APP_USER.USERNAME.startsWith(p)).fetch(VOLUNTEER.STATUS)).containsExactly("INVITED", "INVITED");

        upload(HEADER, p + " Anna;" + p + "-anna@example.se;070-111 22 33;Nattvandrarna Botkyrka;Alby;ja");
        assertThat(GridKt._getFormattedRow(rows(), 0).get(1)).isEqualTo(t("imports.outcome.UNCHANGED"));
        assertThat(applyButton().isEnabled()).as("nothing to save").isFalse();
        assertThat(_get(Paragraph.class, s -> s.withId("import-apply-help")).getText())
                .isEqualTo(t("imports.applyBlocked.nothing"));
    }

    @Test
    void aRowWithAnErrorSaysWhatIsWrongInWordsAndNothingCanBeSaved() {
        signInAs("coordinator", Role.COORDINATOR);
        navigateTo(ImportView.class);
        setValueAsUser(kind(), ImportKind.VOLUNTEERS);
        String p = unique("vyfel");

        upload(HEADER,
                p + " Anna;" + p + "-anna@example.se;;Nattvandrarna Botkyrka;Alby;ja",
                p + " Bo;" + p + "-bo@example.se;;Nattvandrarna Botkyrka;Narnia;kanske");

        List<String> bad = GridKt._getFormattedRow(rows(), 1);
        assertThat(bad.get(0)).isEqualTo("3");
        assertThat(bad.get(1)).isEqualTo(t("imports.outcome.ERROR"));
        assertThat(bad.get(2)).contains(t("imports.error.unknownDistrict", "Narnia"))
                .contains(t("imports.error.badYesNo", t("imports.column.VOLUNTEER_ADULT"), "kanske"));
        assertThat(applyButton().isEnabled()).isFalse();
        assertThat(_get(Paragraph.class, s -> s.withId("import-apply-help")).getText())
                .isEqualTo(t("imports.applyBlocked.errors"));
        assertThat(dsl.fetchCount(APP_USER, APP_USER.USERNAME.startsWith(p))).isZero();
        assertNoRawTranslationKeys();
    }

    @Test
    void whenTheDataChangedAfterTheCheckNothingIsSavedAndTheFileIsCheckedAgain() {
        signInAs("coordinator", Role.COORDINATOR);
        navigateTo(ImportView.class);
        setValueAsUser(kind(), ImportKind.ORGANISATIONS);
        String p = unique("vyorg");
        String[] file = {"Namn;Typ;Kommundelar", p + " Alfa;Nattvandrare;Alby", p + " Beta;Polis;"};
        upload(file);
        assertThat(applyButton().getText()).isEqualTo(t("imports.apply", 2L));

        // someone else imports one of the rows meanwhile
        imports.apply(ImportKind.ORGANISATIONS, ("Namn;Typ\n" + p + " Alfa;Annan\n").getBytes(StandardCharsets.UTF_8),
                null);
        _click(applyButton());

        assertThat(notificationTexts()).contains(t("imports.error.changedSinceCheck"));
        assertThat(GridKt._getFormattedRow(rows(), 0).get(1)).isEqualTo(t("imports.outcome.CHANGED"));
        assertThat(GridKt._getFormattedRow(rows(), 1).get(1)).isEqualTo(t("imports.outcome.NEW"));
        assertThat(dsl.fetchCount(ORGANISATION, ORGANISATION.NAME.startsWith(p))).as("nothing of the file saved")
                .isEqualTo(1);
        assertThat(applyButton().isEnabled()).isTrue();
        _click(applyButton());
        assertThat(dsl.fetchCount(ORGANISATION, ORGANISATION.NAME.startsWith(p))).isEqualTo(2);
    }

    @Test
    void aFileThatIsNotAnImportFileIsExplainedInEnglishToo() {
        signInAs("coordinator", Role.COORDINATOR);
        navigateTo(ImportView.class);
        useLocale(Translations.ENGLISH);
        setValueAsUser(kind(), ImportKind.CONTACTS);

        upload("Vem;Vad", "a;b");

        assertThat(_get(Paragraph.class, s -> s.withId("import-summary")).getText()).isEqualTo(t("imports.fileErrors"));
        assertThat(_get(com.vaadin.flow.component.html.UnorderedList.class, s -> s.withId("import-file-errors"))
                .getElement().getTextRecursively()).contains("Line 1: Unknown column \"Vem\"");
        _assertNone(Button.class, s -> s.withId("import-apply"));
        assertNoRawTranslationKeys();
    }

    @Test
    void aPartnerContactIsOfferedContactsAndVolunteersAndATemplate() {
        signInAs("partner", Role.PARTNER_CONTACT);
        navigateTo(ImportView.class);

        assertThat(kind().getListDataView().getItems().toList()).containsExactly(ImportKind.CONTACTS,
                ImportKind.VOLUNTEERS);
        assertThat(_get(Anchor.class, s -> s.withId("import-template")).getHref()).isNotBlank();
        assertNoRawTranslationKeys();
    }

    @Test
    void aViewerCannotOpenTheImport() {
        signInAs("viewer", Role.VIEWER);

        navigateTo("import");

        _assertNone(ImportView.class);
        _get(NotAllowedView.class);
    }
}
