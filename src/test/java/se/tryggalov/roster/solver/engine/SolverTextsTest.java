package se.tryggalov.roster.solver.engine;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import com.ibm.icu.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** Every constraint, violation and gap reason the solver can produce has a text in Swedish and English. */
class SolverTextsTest {

    private static Properties bundle(String language) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("src/main/resources/i18n/solver_" + language + ".properties"),
                StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }

    @Test
    void everyConstraintHasANameAHelpTextAndAViolationText() throws IOException {
        for (String language : List.of("sv", "en")) {
            Properties p = bundle(language);
            for (ConstraintCatalog.Entry e : ConstraintCatalog.ALL) {
                assertThat(p).containsKeys("solver.constraint." + e.name(), "solver.constraint." + e.name() + ".help",
                        "solver.violation." + e.name());
            }
            for (ConstraintCatalog.Level level : ConstraintCatalog.Level.values()) {
                assertThat(p).containsKey("solver.level." + level.name());
            }
        }
    }

    @Test
    void everyGapCodeHasATextThatFormatsItsArguments() throws IOException {
        Properties sv = bundle("sv");
        Properties en = bundle("en");
        for (String code : GapExplainer.CODES) {
            assertThat(sv).containsKey("solver.gap." + code);
            assertThat(en).containsKey("solver.gap." + code);
        }
        assertThat(new MessageFormat(en.getProperty("solver.gap.busyElsewhere"), Locale.ENGLISH)
                .format(new Object[] {2, "Alby"})).isEqualTo("2 possible walkers were already out in Alby.");
        assertThat(new MessageFormat(sv.getProperty("solver.gap.busyElsewhere"), Locale.forLanguageTag("sv"))
                .format(new Object[] {1, "Alby"})).isEqualTo("En möjlig nattvandrare gick redan i Alby.");
        assertThat(new MessageFormat(en.getProperty("solver.gap.noLeadAvailable"), Locale.ENGLISH)
                .format(new Object[] {"Fittja", "2027-04-30"}))
                .isEqualTo("No available walker with lead training in Fittja on 2027-04-30.");
    }
}
