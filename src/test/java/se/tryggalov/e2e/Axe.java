package se.tryggalov.e2e;

import com.deque.html.axecore.args.AxeRuleOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.TimeoutError;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** axe-core checks shared by the browser tests: WCAG 2.1 A/AA, failing on serious or critical violations. */
final class Axe {

    static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    static final Set<String> FAILING_IMPACTS = Set.of("serious", "critical");

    /**
     * Violations we accept: each one rule on one kind of element with one exact failure, with the reason. They are
     * still printed ("[axe] ACCEPTED ..."). Only for faults inside a Vaadin component that our code cannot change;
     * report each upstream and remove the entry once Vaadin fixes it.
     */
    static final List<KnownViolation> KNOWN = List.of(
            // vaadin-tabs (Vaadin 25.2, also inside vaadin-tabsheet) has role="tablist" and, in its own shadow
            // root, wraps the slotted tabs in <div id="scroll" part="tabs" tabindex="-1">. axe-core 4.11 counts a
            // focusable generic element as a child that a tablist may not own (dequelabs/axe-core#4833); the tabs
            // themselves are correct role="tab" elements. Nothing we render can remove that div.
            new KnownViolation("aria-required-children", "<vaadin-tabs ",
                    "Element has children which are not allowed: div[tabindex]",
                    "vaadin-tabs' own shadow DOM: focusable scroll container inside role=tablist"));

    /** One accepted violation: rule id, how the element's HTML starts, the exact axe failure summary line. */
    record KnownViolation(String ruleId, String htmlStart, String failure, String reason) {

        boolean matches(Rule rule, CheckedNode node) {
            String summary = node.getFailureSummary() == null ? "" : node.getFailureSummary();
            List<String> problems = summary.lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("Fix any of") && !l.startsWith("Fix all of"))
                    .toList();
            return rule.getId().equals(ruleId) && node.getHtml() != null && node.getHtml().startsWith(htmlStart)
                    && problems.equals(List.of(failure));
        }
    }

    private Axe() {
    }

    /**
     * Finite animations still running anywhere on the page, shadow trees included, described for a failure message.
     * A notification fading in has its text and background blended for a moment (axe once measured a contrast of
     * 1.01 on a green success card); the browser tests ask for reduced motion, under which the app shows
     * notifications without animation, so a running animation here is a finding, not something to wait out.
     */
    private static final String RUNNING_ANIMATIONS = """
            () => document.getAnimations().filter(a => a.playState === 'running'
                && Number.isFinite(a.effect?.getComputedTiming().endTime))
              .map(a => (a.animationName || a.transitionProperty || 'animation') + ' on '
                + (a.effect?.target?.localName || '?'))""";

    private static final String ANIMATIONS_DONE = "() => (" + RUNNING_ANIMATIONS + ")().length === 0";

    /**
     * Runs axe on the page as it is now, once finite animations have ended (a drawer sliding in, a dialog opening;
     * endless ones, such as a progress bar, do not hold it up); adds one line per violation to the report and prints
     * it. Animations still running after 3 s fail the check: axe would measure colours no reader sees.
     */
    static void check(Page page, String where, List<String> report) {
        check(page, where, report, List.of());
    }

    /**
     * axe's rule that the accessible name contains the visible text (WCAG 2.5.3), off by default in axe-core
     * (tagged "experimental"): pages checked with it must not hide what they show behind an aria-label.
     */
    static final String LABEL_CONTENT_NAME_MISMATCH = "label-content-name-mismatch";
    static final String LABEL_IN_NAME = LABEL_CONTENT_NAME_MISMATCH;

    /** WCAG 2.1 A/AA with label-in-name (WCAG 2.5.3) switched on: every page of {@code EveryRouteIT}. */
    static void checkWithLabelInName(Page page, String where, List<String> report) {
        check(page, where, report, List.of(LABEL_CONTENT_NAME_MISMATCH));
    }

    /** As {@link #check(Page, String, List)}, with these rules switched on as well (and proven to have run). */
    static void check(Page page, String where, List<String> report, List<String> alsoRules) {
        try {
            page.waitForFunction(ANIMATIONS_DONE, null, new Page.WaitForFunctionOptions().setTimeout(3_000));
        } catch (TimeoutError e) {
            throw new AssertionError("axe on " + where + ": animations still running after 3 s: "
                    + page.evaluate(RUNNING_ANIMATIONS), e);
        }
        com.deque.html.axecore.args.AxeRunOptions options = new com.deque.html.axecore.args.AxeRunOptions();
        java.util.Map<String, com.deque.html.axecore.args.AxeRuleOptions> rules = new java.util.HashMap<>();
        for (String rule : alsoRules) {
            com.deque.html.axecore.args.AxeRuleOptions on = new com.deque.html.axecore.args.AxeRuleOptions();
            on.setEnabled(true);
            rules.put(rule, on);
        }
        options.setRules(rules);
        // only the violations in full: passes and the rest come back with one node each, which spares axe and the
        // JSON to Java most of their work on a page of many components (each rule is still listed, so a rule that
        // ran shows)
        options.setResultTypes(List.of("violations"));
        // legacy mode: axe.run in the page itself. The default (runPartial per frame, then finishRun) opens a blank
        // page for every check and injects axe twice; the app has no frames, so the results are the same.
        AxeResults results = new AxeBuilder(page).options(options).withTags(WCAG_TAGS).setLegacyMode(true).analyze();
        assertThat(results.isErrored()).as("axe failed on %s: %s", where, results.getErrorMessage()).isFalse();
        for (String rule : alsoRules) {
            boolean ran = java.util.stream.Stream.of(results.getPasses(), results.getViolations(),
                            results.getIncomplete(), results.getInapplicable())
                    .flatMap(List::stream).anyMatch(r -> rule.equals(r.getId()));
            assertThat(ran).as("axe rule %s ran on %s", rule, where).isTrue();
        }
        for (Rule rule : results.getViolations()) {
            for (CheckedNode node : rule.getNodes()) {
                String target = target(node.getTarget());
                String impact = node.getImpact() != null ? node.getImpact() : rule.getImpact();
                String failure = node.getFailureSummary() == null ? "" : node.getFailureSummary().strip()
                        .replaceAll("\\s*\\n\\s*", " ");
                String line = String.format("%s | %s | %s | %s | %s | %s", where, rule.getId(), impact, target,
                        rule.getHelp(), failure);
                var known = KNOWN.stream().filter(k -> k.matches(rule, node)).findFirst();
                if (known.isPresent()) {
                    System.out.println("[axe] ACCEPTED " + line + " | " + known.get().reason());
                    continue;
                }
                report.add(line);
                System.out.println("[axe] " + line);
            }
        }
        System.out.printf("[axe] %s: %d violation(s), %d incomplete rule(s) to review by hand: %s%n", where,
                results.getViolations().size(), results.getIncomplete().size(),
                results.getIncomplete().stream().map(Rule::getId).collect(Collectors.joining(", ")));
    }

    /** axe gives a list of selectors; a nested list is a path into shadow roots (shown as " >>> "). */
    private static String target(Object target) {
        if (target instanceof List<?> parts) {
            return parts.stream().map(Axe::target).collect(Collectors.joining(" >>> "));
        }
        return String.valueOf(target);
    }

    static void assertNoSeriousViolations(List<String> report) {
        boolean failing = report.stream().anyMatch(line -> FAILING_IMPACTS.contains(line.split(" \\| ")[2]));
        assertThat(failing)
                .as("axe found serious or critical WCAG 2.1 A/AA violations. All violations (page | rule | impact"
                        + " | target | help | what to fix):%n%s", String.join(System.lineSeparator(), report))
                .isFalse();
    }
}
