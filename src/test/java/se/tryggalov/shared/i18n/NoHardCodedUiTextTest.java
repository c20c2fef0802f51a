package se.tryggalov.shared.i18n;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Views must take every text from the bundles. This looks for string literals containing letters passed to
 * the Vaadin calls and constructors that put text on screen or into assistive technology.
 */
class NoHardCodedUiTextTest {

    private static final String LITERAL = "\"[^\"]*\\p{L}[^\"]*\"";
    private static final Pattern HARD_CODED = Pattern.compile(
            "new (Button|Span|H[1-6]|Paragraph|Label|NativeLabel|Text|Div|Details|Tab|SideNavItem|Checkbox|"
                    + "TextField|PasswordField|EmailField|IntegerField|NumberField|TextArea|ComboBox|Select|"
                    + "DatePicker|TimePicker|DateTimePicker|RadioButtonGroup|CheckboxGroup|MultiSelectComboBox|"
                    + "Upload|Anchor|RouterLink|ListItem|Emphasis|Strong)(<[^>]*>)?\\(\\s*(\"\"\\s*,\\s*)?" + LITERAL
                    + "|\\.(setText|setLabel|setTitle|setPlaceholder|setHelperText|setHeaderTitle|setErrorMessage|"
                    + "setAriaLabel|setTooltipText|setHeader|setFooter|setSummaryText|setConfirmText|setCancelText)\\(\\s*"
                    + LITERAL
                    + "|Notification\\.show\\(\\s*" + LITERAL
                    + "|Notifications\\.(success|error)\\(\\s*" + LITERAL
                    + "|setAttribute\\(\\s*\"(aria-label|title|placeholder|alt)\"\\s*,\\s*" + LITERAL);

    @Test
    void noViewSetsAHardCodedText() throws IOException {
        List<String> offences = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(file);
                if (lines.stream().noneMatch(l -> l.startsWith("import com.vaadin.flow.component."))) {
                    continue; // not UI code: e.g. an HTTP header set by a servlet filter is no screen text
                }
                for (int i = 0; i < lines.size(); i++) {
                    Matcher m = HARD_CODED.matcher(lines.get(i));
                    if (m.find()) {
                        offences.add(file + ":" + (i + 1) + ": " + lines.get(i).trim());
                    }
                }
            }
        }
        assertThat(offences).isEmpty();
    }

    @Test
    void theCheckRecognisesAHardCodedText() {
        assertThat(HARD_CODED.matcher("add(new Button(\"Spara\"));").find()).isTrue();
        assertThat(HARD_CODED.matcher("field.setLabel(\"Namn\");").find()).isTrue();
        assertThat(HARD_CODED.matcher("new Anchor(\"\", \"Hem\")").find()).isTrue();
        assertThat(HARD_CODED.matcher("Notification.show(\"Saved\")").find()).isTrue();
        assertThat(HARD_CODED.matcher("add(new Button(getTranslation(\"action.save\")));").find()).isFalse();
        assertThat(HARD_CODED.matcher("new Span(String.valueOf(value))").find()).isFalse();
    }
}
