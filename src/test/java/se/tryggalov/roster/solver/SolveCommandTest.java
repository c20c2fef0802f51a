package se.tryggalov.roster.solver;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class SolveCommandTest {

    @Test
    void solvesAProblemFileIntoARosterFile(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("problem.json");
        Path out = dir.resolve("roster.json");
        RosterJson.write(in, RosterSolverTest.small());
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int code = SolveCommand.run(new String[] {"solve", "--in", in.toString(), "--out", out.toString(),
                "--evaluations", "30000", "--seed", "2"}, new PrintStream(printed, true, StandardCharsets.UTF_8),
                System.err);
        assertThat(code).isZero();
        RosterSolution roster = RosterJson.mapper().readValue(Files.readString(out), RosterSolution.class);
        assertThat(roster.hard()).isZero();
        assertThat(roster.medium()).isZero();
        assertThat(roster.assignments()).hasSizeGreaterThanOrEqualTo(13);
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("up to 30000 evaluations",
                "Final score 0hard/0medium/");
    }

    @Test
    void badArgumentsAndMissingFilesGiveAnExitCodeAndAMessage(@TempDir Path dir) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream errors = new PrintStream(err, true, StandardCharsets.UTF_8);
        assertThat(SolveCommand.run(new String[] {"solve", "--out", "x.json"}, System.out, errors)).isEqualTo(2);
        assertThat(SolveCommand.run(new String[] {"solve", "--in", "a", "--out", "b", "--seconds", "soon"},
                System.out, errors)).isEqualTo(2);
        assertThat(SolveCommand.run(new String[] {"solve", "--in", "a", "--out", "b", "--evaluations", "0"},
                System.out, errors)).isEqualTo(2);
        assertThat(SolveCommand.run(new String[] {"solve", "--in", dir.resolve("none.json").toString(), "--out",
                dir.resolve("out.json").toString()}, System.out, errors)).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--in is required", "Usage:", "Cannot read",
                "--evaluations must be positive");
    }
}
