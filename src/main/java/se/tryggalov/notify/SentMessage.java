package se.tryggalov.notify;

import java.time.Instant;

/** A message as the list of sent messages shows it: how many it was for and how many it reached. */
public record SentMessage(long id, MessageScope scope, String scopeName, String subject, int recipients, int reached,
                          Instant sentAt) {
}
