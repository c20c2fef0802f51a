package se.tryggalov.notify;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import se.tryggalov.shared.i18n.Translations;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Lays out every notification with one Thymeleaf template ({@code mail/notification.html}): the HTML part as
 * rendered, the plain-text part made from that HTML (paragraphs and blocks on lines of their own, links written
 * out), so the two never say different things.
 */
@Component
class MailTemplates {

    /** A rendered mail. */
    record Rendered(String subject, String text, String html) {
    }

    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "li", "title");

    private final TemplateEngine engine = new TemplateEngine();
    private final Translations translations;

    MailTemplates(Translations translations) {
        this.translations = translations;
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("mail/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        engine.setTemplateResolver(resolver);
    }

    Rendered render(MailContent content, Locale locale, String preferencesUrl) {
        Locale language = Translations.supported(locale);
        Context context = new Context(language);
        context.setVariable("lang", language.getLanguage());
        context.setVariable("subject", content.subject());
        context.setVariable("greeting", content.greeting());
        context.setVariable("paragraphs", content.paragraphs());
        List<Map<String, Object>> items = content.items().stream().map(item -> {
            Map<String, Object> map = new HashMap<>();
            map.put("heading", item.heading());
            map.put("lines", item.lines());
            return map;
        }).toList();
        context.setVariable("items", items);
        context.setVariable("actionUrl", content.actionUrl());
        context.setVariable("actionLabel", content.actionLabel());
        context.setVariable("footer", translations.get(language, "notify.mail.footer"));
        context.setVariable("preferencesUrl", preferencesUrl);
        context.setVariable("preferencesLabel", translations.get(language, "notify.mail.preferences"));
        String html = engine.process("notification", context);
        return new Rendered(content.subject(), plainText(html), html);
    }

    /** The text of the body: blocks on lines of their own, a link followed by its address in angle brackets. */
    static String plainText(String html) {
        Element body = Jsoup.parse(html).body();
        StringBuilder out = new StringBuilder();
        body.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    String words = text.text().replaceAll("\\s+", " ");
                    if (!words.isBlank() || (!out.isEmpty() && out.charAt(out.length() - 1) != '\n')) {
                        out.append(out.isEmpty() || out.charAt(out.length() - 1) == '\n' ? words.stripLeading() : words);
                    }
                } else if (node instanceof Element element && element.normalName().equals("hr")) {
                    out.append("\n--\n");
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element) {
                    String name = element.normalName();
                    if (name.equals("a")) {
                        String href = element.attr("href");
                        if (!href.isBlank() && !href.equals(element.text())) {
                            out.append(" <").append(href).append('>');
                        }
                    } else if (BLOCKS.contains(name)) {
                        out.append('\n');
                        if (name.equals("p") && element.parent() != null && element.parent().normalName().equals("body")) {
                            out.append('\n');
                        } else if (name.equals("div")) {
                            out.append('\n');
                        }
                    }
                }
            }
        });
        return out.toString().lines().map(String::strip).reduce("", (a, b) -> a.isEmpty() ? b : a + "\n" + b)
                .replaceAll("\n{3,}", "\n\n").strip() + "\n";
    }
}
