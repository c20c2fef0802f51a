package se.tryggalov.notify;

import java.util.List;

/**
 * What a notification says, already in the recipient's language; {@link MailTemplates} lays it out as HTML and plain
 * text. Values are text, never markup: the template escapes them.
 */
record MailContent(String subject, String greeting, List<String> paragraphs, List<Item> items, String actionLabel,
                   String actionUrl) {

    /** A block such as one shift: a heading and its lines. */
    record Item(String heading, List<String> lines) {
    }
}
