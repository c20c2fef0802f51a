package se.tryggalov.e2e;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Swedish page shows none of the Vaadin components' English built-in texts (the check {@link EveryRouteIT} runs on
 * every page of every demo user; here the login page and a probe that the check finds what it looks for):
 * neither as visible text nor as an accessible name (aria-label, title, placeholder, a checkbox's accessible name),
 * nor in a component's i18n texts that show when it opens (a date picker's "Today"), looked for inside shadow roots
 * too. The list is assembled from the components' defaults in Vaadin 25.2. Elements the server keeps hidden are
 * skipped: Flow sends their i18n when they are shown (a hidden date picker still has its English defaults until then).
 */
class ComponentTextsIT extends BrowserTest {

    /** English defaults that must never show on a Swedish page (whole texts). */
    static final List<String> ENGLISH_DEFAULTS = List.of("Select All", "Select Row", "Show password",
            "Toggle navigation panel", "Toggle navigation", "Toggle child items", "Today", "Cancel", "Drop file here",
            "Drop files here", "Upload File...", "Upload Files...", "Selection cleared", "added to selection",
            "removed from selection", "{count} items selected", "More options", "Close", "Open", "Clear", "Expand",
            "Collapse", "Retry", "Remove", "Connecting...", "Processing File...", "Too Many Files.",
            "File is Too Big.", "Incorrect File Type.", "Server Unavailable", "Unexpected Server Error", "Drawer",
            "More items", "Log in", "Username", "Password", "Forgot password", "Send", "Message");
    /** English defaults that start a longer text ("Sort by Name"). */
    static final List<String> ENGLISH_PREFIXES = List.of("Sort by ", "Filter by ", "Drop file", "Upload File");

    /**
     * Every text of the page with where it was found: text nodes, the accessible-name attributes, checkboxes'
     * accessible names and the string values of components' i18n objects, walking into open shadow roots.
     */
    private static final String COLLECT = """
            () => {
              const out = [];
              const where = (el) => el ? el.localName + (el.id ? '#' + el.id : '') : '?';
              const flatten = (value, el, path) => {
                if (typeof value === 'string') { out.push([value, where(el) + ' i18n.' + path]); return; }
                if (value && typeof value === 'object' && !Array.isArray(value)) {
                  for (const [k, v] of Object.entries(value)) flatten(v, el, path ? path + '.' + k : k);
                }
              };
              const visit = (node, host) => {
                if (node.nodeType === Node.TEXT_NODE) {
                  const text = node.textContent.trim();
                  if (text) out.push([text, where(node.parentElement || host)]);
                  return;
                }
                if (node.nodeType === Node.ELEMENT_NODE) {
                  if (node.localName === 'style' || node.localName === 'script') return;
                  // a component the server keeps hidden gets its texts when shown (Flow defers them until then)
                  if (host === null && node.hasAttribute('hidden')) return;
                  for (const a of ['aria-label', 'title', 'placeholder', 'alt', 'aria-description']) {
                    const v = node.getAttribute(a);
                    if (v) out.push([v.trim(), where(node) + ' @' + a]);
                  }
                  if (typeof node.accessibleName === 'string' && node.accessibleName) {
                    out.push([node.accessibleName, where(node) + ' .accessibleName']);
                  }
                  if (node.localName.startsWith('vaadin-') && node.i18n) flatten(node.i18n, node, '');
                  if (node.shadowRoot) visit(node.shadowRoot, node);
                }
                for (const child of node.childNodes) visit(child, host);
              };
              visit(document.documentElement, null);
              return out;
            }
            """;

    @BeforeAll
    void patientAssertions() {
        PlaywrightAssertions.setDefaultAssertionTimeout(DEFAULT_TIMEOUT_MS);
    }

    /** The signed-in pages are walked by {@link EveryRouteIT} (one visit per page checks this too); here the login page. */
    @Test
    void theLoginPageOnAPhoneShowsNoEnglishComponentText() {
        try (BrowserContext context = phone()) {
            Page page = context.newPage();
            open(page, "/login");
            assertThat(loginForm(page)).isVisible();
            assertThat(englishTexts(page, "anonymous /login (phone)"))
                    .as("English built-in component texts on the Swedish login page").isEmpty();
        }
    }

    @SuppressWarnings("unchecked")
    static List<String> englishTexts(Page page, String where) {
        List<List<String>> texts = (List<List<String>>) page.evaluate(COLLECT);
        List<String> english = new ArrayList<>();
        for (List<String> text : texts) {
            String value = text.get(0);
            boolean hit = ENGLISH_DEFAULTS.contains(value) || ENGLISH_PREFIXES.stream().anyMatch(value::startsWith);
            if (hit) {
                english.add(where + ": \"" + value + "\" in " + text.get(1));
            }
        }
        return english;
    }

    /** The check itself finds what it looks for (so an empty result means something). */
    @Test
    void theCheckFindsAnEnglishTextInAShadowRootAndAnAttribute() {
        try (BrowserContext context = desktop()) {
            Page page = context.newPage();
            open(page, "/login");
            assertThat(loginForm(page)).isVisible();
            page.evaluate("""
                    () => {
                      const host = document.createElement('div');
                      host.attachShadow({ mode: 'open' }).innerHTML = '<span>Select All</span><b aria-label="Sort by Namn"></b>';
                      document.body.appendChild(host);
                    }
                    """);
            assertThat(englishTexts(page, "probe")).hasSize(2);
        }
    }

}
