package se.tryggalov.notify;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;
import se.tryggalov.IntegrationTest;
import se.tryggalov.TestYears;
import se.tryggalov.calendar.CalendarService;
import se.tryggalov.calendar.SchoolYear;
import se.tryggalov.roster.PersonalShifts;
import se.tryggalov.roster.RosterEvents;
import se.tryggalov.roster.RosterService;
import se.tryggalov.roster.RosterTestData;
import se.tryggalov.security.Role;
import se.tryggalov.security.SystemAuthentication;
import se.tryggalov.shared.SecurityContexts;
import se.tryggalov.shared.mail.Outbox;
import se.tryggalov.shared.mail.OutboxDelivery;
import se.tryggalov.shared.time.Zones;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.Month.NOVEMBER;
import static org.assertj.core.api.Assertions.assertThat;
import static se.tryggalov.TestYears.nth;
import static se.tryggalov.jooq.Tables.APP_USER;
import static se.tryggalov.jooq.Tables.NOTIFICATION;
import static se.tryggalov.jooq.Tables.ORGANISATION_CONTACT;
import static se.tryggalov.jooq.Tables.OUTBOX_EMAIL;

/**
 * Every kind of notification in Swedish and in English, through the outbox to a real SMTP server (GreenMail): the
 * subject in the recipient's language, a plain-text and an HTML part from the one template, names escaped in HTML,
 * a link to the preferences; and the delivery guarantees (once, across a "restart", a recipient without address
 * skipped with its reason).
 */
@IntegrationTest
class NotificationMailTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    static SchoolYear year;
    static LocalDate friday;

    @Autowired
    ApplicationContext context;
    @Autowired
    DSLContext dsl;
    @Autowired
    SecurityContexts contexts;
    @Autowired
    CalendarService calendar;
    @Autowired
    SystemAuthentication system;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    RosterNotifications listener;
    @Autowired
    RosterService roster;
    @Autowired
    NotifyReads reads;
    @Autowired
    PersonalShifts shifts;
    @Autowired
    Notifier notifier;
    @Autowired
    MailTexts texts;
    @Autowired
    MessageService messages;
    @Autowired
    Outbox outbox;
    @Autowired
    NotificationLinks links;
    @Autowired
    ChangeNotifications changes;
    @Autowired
    se.tryggalov.activity.ActivityService activities;

    FeedTestData data;
    String tag;
    JavaMailSenderImpl sender;

    @BeforeAll
    static void claimAYear(@Autowired TestYears years) {
        year = years.claim();
        friday = nth(FRIDAY, NOVEMBER, 2, year);
    }

    @BeforeEach
    void setUp() {
        tag = RosterTestData.unique("n").toLowerCase().replaceAll("[^a-z0-9]", "");
        data = new FeedTestData(dsl, contexts, calendar, system, year, tag);
        sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(smtp.getSmtp().getPort());
    }

    /** A volunteer with an address and a language; the name carries markup that must show as text. */
    RosterTestData.Person person(String name, String language) {
        RosterTestData.Person person = data.person(name.toLowerCase(), "<i>" + name + "</i> Testsson", false,
                "070-111 22 33");
        dsl.update(APP_USER).set(APP_USER.EMAIL, address(person)).set(APP_USER.LOCALE, language)
                .where(APP_USER.ID.eq(person.id())).execute();
        return person;
    }

    String address(RosterTestData.Person person) {
        return person.username().replaceAll("[^a-z0-9]", "") + "@example.org";
    }

    /** Delivers until the outbox has nothing due for these addresses; returns their mails. */
    List<MimeMessage> delivered(String... addresses) throws Exception {
        for (int round = 0; round < 40; round++) {
            long due = dsl.fetchCount(OUTBOX_EMAIL, OUTBOX_EMAIL.RECIPIENT.in(addresses).and(OUTBOX_EMAIL.SENT_AT.isNull()));
            if (due == 0) {
                break;
            }
            OutboxDelivery.deliver(context, sender);
        }
        List<MimeMessage> mine = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            String to = message.getRecipients(Message.RecipientType.TO)[0].toString();
            if (Arrays.asList(addresses).contains(to)) {
                mine.add(message);
            }
        }
        return mine;
    }

    static String part(MimeMessage message, String type) throws Exception {
        MimeMultipart outer = (MimeMultipart) message.getContent();
        return find(outer, type);
    }

    private static String find(MimeMultipart multipart, String type) throws Exception {
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (part.isMimeType(type)) {
                return (String) part.getContent();
            }
            if (part.getContent() instanceof MimeMultipart inner) {
                String found = find(inner, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** The one mail to this person: subject as given, both parts, escaped name, the preferences link. */
    MimeMessage theMailTo(RosterTestData.Person person, String subjectStart) throws Exception {
        List<MimeMessage> mails = delivered(address(person));
        assertThat(mails).as("mails to " + address(person)).hasSize(1);
        MimeMessage mail = mails.getFirst();
        assertThat(mail.getSubject()).startsWith(subjectStart);
        String text = part(mail, "text/plain");
        String html = part(mail, "text/html");
        assertThat(text).as("plain text").isNotBlank().doesNotContain("<p")
                .containsPattern("/" + NotificationLinks.ROUTE + "/[A-Za-z0-9_-]{43}>");
        assertThat(text).contains("<i>"); // plain text shows the name as written
        assertThat(html).as("html").contains("&lt;i&gt;").doesNotContain("<i>")
                .containsPattern("href=\"https?://[^\"]+/" + NotificationLinks.ROUTE + "/[A-Za-z0-9_-]{43}\"");
        return mail;
    }

    private <T> T inTransaction(java.util.function.Supplier<T> work) {
        return transaction.execute(tx -> work.get());
    }

    // ---- the kinds ------------------------------------------------------------------------------------------------

    @Test
    void publishedRosterAndWaitingProposalsInBothLanguages() throws Exception {
        long shift = data.publishedShift(friday);
        var sv = person("Siv", "sv");
        var en = person("Emma", "en");
        var proposedSv = person("Pia", "sv");
        var proposedEn = person("Paul", "en");
        data.confirm(shift, sv);
        data.confirm(shift, en);
        data.data.assign(shift, proposedSv.id(), "PROPOSED", true);
        data.data.assign(shift, proposedEn.id(), "PROPOSED", true);

        inTransaction(() -> {
            listener.published(new RosterEvents.Published(Set.of(shift)));
            return null;
        });

        String svText = part(theMailTo(sv, "Schemat är publicerat"), "text/plain");
        assertThat(svText).contains("Samlingsplats: Alby centrum, vid fontänen", "Hej <i>Siv</i>!");
        assertThat(part(theMailTo(en, "The roster is published"), "text/plain")).contains("Gathering point:");
        theMailTo(proposedSv, "Förslag på pass väntar");
        theMailTo(proposedEn, "Proposed shifts are waiting");
    }

    @Test
    void partnerContactsHearTheirOrganisationsShiftsWerePublished() throws Exception {
        long shift = data.publishedShift(friday);
        data.confirm(shift, person("Walker", "sv"));
        var svContact = person("Karin", "sv");
        var enContact = person("Kevin", "en");
        for (var contact : List.of(svContact, enContact)) {
            dsl.insertInto(ORGANISATION_CONTACT).set(ORGANISATION_CONTACT.ORGANISATION_ID, data.organisation)
                    .set(ORGANISATION_CONTACT.USER_ID, contact.id())
                    .set(ORGANISATION_CONTACT.NAME, "<i>" + (contact == svContact ? "Karin" : "Kevin") + "</i> Kontakt")
                    .set(ORGANISATION_CONTACT.EMAIL, address(contact)).execute();
        }

        inTransaction(() -> {
            listener.published(new RosterEvents.Published(Set.of(shift)));
            return null;
        });

        assertThat(part(theMailTo(svContact, "Pass för feed-org-"), "text/plain")).contains("Hej <i>Karin</i>!");
        theMailTo(enContact, "Shifts for feed-org-");
    }

    @Test
    void aCoordinatorMovingOrTakingSomeoneOffTellsThemInTheSameTransaction() throws Exception {
        long first = data.publishedShift(friday);
        long second = data.data.shift(data.activity, friday.plusDays(7), 1, 1, 3, 5, false, "PUBLISHED", "PEOPLE");
        var sv = person("Sara", "sv");
        var en = person("Eric", "en");
        long svPlace = data.confirm(first, sv);
        long enPlace = data.confirm(first, en);

        data.data.run("coordinator", () -> roster.move(svPlace, data.data.version(svPlace), second), Role.COORDINATOR);
        data.data.run("coordinator", () -> roster.remove(enPlace, data.data.version(enPlace)), Role.COORDINATOR);

        assertThat(part(theMailTo(sv, "Ditt pass är ändrat"), "text/plain")).contains("Nattvandring");
        theMailTo(en, "Your shift is cancelled");
    }

    @Test
    void aWaitlistOfferComesFromTheTemplateInBothLanguagesWithItsDeadline() throws Exception {
        long shift = data.publishedShift(friday);
        var sv = person("Olga", "sv");
        var en = person("Oscar", "en");
        java.time.Instant expiry = friday.minusDays(1).atTime(18, 30).atZone(Zones.STOCKHOLM).toInstant();

        inTransaction(() -> {
            changes.offerMade(new RosterEvents.OfferMade(shift, sv.id(), expiry));
            changes.offerMade(new RosterEvents.OfferMade(shift, en.id(), expiry));
            return null;
        });

        String svText = part(theMailTo(sv, "En plats har blivit ledig åt dig"), "text/plain");
        assertThat(svText).contains("Svara senast", "18:30", "Samlingsplats: Alby centrum, vid fontänen",
                "Öppna Mina pass");
        assertThat(part(theMailTo(en, "A place has freed up for you"), "text/plain")).contains("Answer by", "18:30");
        assertThat(dsl.fetchCount(NOTIFICATION, NOTIFICATION.USER_ID.eq(sv.id())
                .and(NOTIFICATION.KIND.eq("WAITLIST_OFFER")))).isOne();
    }

    @Test
    void iCantComeComesFromTheTemplateInEachRecipientsLanguage() throws Exception {
        long shift = data.publishedShift(friday);
        var sv = person("Signe", "sv");
        var en = person("Edward", "en");
        String contactWithoutAccount = "kontakt-" + tag + "@example.org";

        inTransaction(() -> {
            changes.cannotCome(new RosterEvents.CannotCome(shift, sv.id(), "<b>Anna</b> Återbud", List.of(
                    new RosterEvents.Told(sv.id(), address(sv), "sv"),
                    new RosterEvents.Told(en.id(), address(en), "en"),
                    new RosterEvents.Told(null, contactWithoutAccount, "en"))));
            return null;
        });

        MimeMessage svMail = theMailTo(sv, "Återbud till pass");
        assertThat(part(svMail, "text/plain")).contains("<b>Anna</b> Återbud kan inte komma", "sent återbud");
        assertThat(part(svMail, "text/html")).contains("&lt;b&gt;Anna&lt;/b&gt;");
        assertThat(part(theMailTo(en, "Cannot come to shift"), "text/plain")).contains("late cancellation");
        List<MimeMessage> contact = delivered(contactWithoutAccount);
        assertThat(contact).hasSize(1);
        assertThat(contact.getFirst().getSubject()).startsWith("Cannot come to shift");
        // a contact person without an account has no choices to make: no link
        assertThat(part(contact.getFirst(), "text/plain")).doesNotContain(NotificationLinks.ROUTE);
    }

    @Test
    void aChangeInPlaneringTellsThePeopleOnTheShiftAndThePartnerContactsInTheirLanguages() throws Exception {
        long changed = data.publishedShift(friday);
        long cancelled = data.data.shift(data.activity, friday.plusDays(7), 1, 1, 3, 5, false, "OPEN", "PEOPLE");
        long draft = data.data.shift(data.activity, friday.plusDays(14), 1, 1, 3, 5, false, "DRAFT", "PEOPLE");
        var sv = person("Vera", "sv");
        var en = person("Victor", "en");
        var svOff = person("Ulla", "sv");
        var enOff = person("Uno", "en");
        var proposedOnDraft = person("Dora", "sv");
        data.confirm(changed, sv);
        data.confirm(changed, en);
        data.confirm(cancelled, svOff);
        data.confirm(cancelled, enOff);
        data.data.assign(draft, proposedOnDraft.id(), "PROPOSED", false);
        var contact = person("Klara", "sv");
        dsl.insertInto(ORGANISATION_CONTACT).set(ORGANISATION_CONTACT.ORGANISATION_ID, data.organisation)
                .set(ORGANISATION_CONTACT.USER_ID, contact.id()).set(ORGANISATION_CONTACT.NAME, "Klara Kontakt")
                .set(ORGANISATION_CONTACT.EMAIL, address(contact)).execute();

        data.data.run("coordinator", () -> activities.changeTimes(List.of(ref(changed)), LocalTime.of(20, 0),
                LocalTime.of(23, 30)), Role.COORDINATOR);
        data.data.run("coordinator", () -> activities.cancel(List.of(ref(cancelled), ref(draft))), Role.COORDINATOR);

        assertThat(part(theMailTo(sv, "Ditt pass är ändrat"), "text/plain")).contains("20:00–23:30",
                "ändrat tid eller plats");
        assertThat(part(theMailTo(en, "Your shift has changed"), "text/plain")).contains("20:00–23:30");
        assertThat(part(theMailTo(svOff, "Ditt pass är inställt"), "text/plain")).contains("ställt in");
        assertThat(part(theMailTo(enOff, "Your shift is cancelled"), "text/plain")).contains("cancelled the shift");
        assertThat(delivered(address(proposedOnDraft))).as("a draft nobody was told of").isEmpty();
        List<MimeMessage> toContact = delivered(address(contact));
        assertThat(toContact).hasSize(2); // one for the change, one for the cancellation
        assertThat(toContact).allSatisfy(m -> assertThat(m.getSubject()).startsWith("Pass för feed-org-")
                .contains("ändrade eller inställda"));
    }

    private se.tryggalov.activity.ShiftRef ref(long shiftId) {
        return new se.tryggalov.activity.ShiftRef(shiftId, dsl.select(se.tryggalov.jooq.Tables.SHIFT.VERSION)
                .from(se.tryggalov.jooq.Tables.SHIFT).where(se.tryggalov.jooq.Tables.SHIFT.ID.eq(shiftId))
                .fetchSingle(se.tryggalov.jooq.Tables.SHIFT.VERSION));
    }

    @Test
    void theReminderGoesOutOnceAtTheConfiguredHourTheDayBefore() throws Exception {
        long shift = data.publishedShift(friday);
        var sv = person("Rut", "sv");
        var en = person("Rob", "en");
        data.confirm(shift, sv);
        data.confirm(shift, en);
        var lead = data.person("lead", "Lena Ledare", true, "070-765 43 21");
        data.confirm(shift, lead);
        LocalDate thursday = friday.minusDays(1);
        Reminders before = reminders(thursday.atTime(16, 59));
        Reminders at = reminders(thursday.atTime(17, 0));

        assertThat(before.sendDue()).as("before the hour").isZero();
        assertThat(delivered(address(sv), address(en))).isEmpty();
        at.sendDue();
        at.sendDue(); // again, as the job does every 15 minutes: nothing new
        reminders(thursday.atTime(22, 0)).sendDue();

        String text = part(theMailTo(sv, "Påminnelse: du går pass i morgon"), "text/plain");
        assertThat(text).contains("Gruppledare: Lena, telefon 070-765 43 21", "21:00–01:00");
        assertThat(part(theMailTo(en, "Reminder: you have a shift tomorrow"), "text/plain"))
                .contains("Group lead: Lena, phone 070-765 43 21");
    }

    private Reminders reminders(java.time.LocalDateTime stockholm) {
        Clock fixed = Clock.fixed(stockholm.atZone(Zones.STOCKHOLM).toInstant(), Zones.STOCKHOLM);
        return new Reminders(reads, shifts, notifier, texts, transaction, links, fixed, 17);
    }

    @Test
    void coordinatorsGetOneMailPerEveningWhenAGroupFallsBelowItsMinimum() throws Exception {
        long shift = data.data.shift(data.activity, friday, 1, 3, 3, 5, false, "PUBLISHED", "PEOPLE");
        var sv = person("Cecilia", "sv");
        var en = person("Colin", "en");
        for (var coordinator : List.of(sv, en)) {
            dsl.insertInto(se.tryggalov.jooq.Tables.APP_USER_ROLE).set(se.tryggalov.jooq.Tables.APP_USER_ROLE.USER_ID,
                    coordinator.id()).set(se.tryggalov.jooq.Tables.APP_USER_ROLE.ROLE, "COORDINATOR").execute();
        }
        var a = person("Alva", "sv");
        var b = person("Bo", "sv");
        data.confirm(shift, a);
        long bPlace = data.confirm(shift, b);
        Clock weekBefore = Clock.fixed(friday.minusDays(3).atTime(12, 0).atZone(Zones.STOCKHOLM).toInstant(),
                Zones.STOCKHOLM);
        RosterNotifications watching = new RosterNotifications(reads, shifts, notifier, texts, weekBefore);

        inTransaction(() -> {
            watching.placeLeft(new RosterEvents.PlaceLeft(shift, a.id()));
            return null;
        });
        data.assignmentStatus(bPlace, "CANCELLED");
        inTransaction(() -> {
            watching.placeLeft(new RosterEvents.PlaceLeft(shift, b.id()));
            return null;
        });

        String text = part(theMailTo(sv, "Grupper under minimum"), "text/plain");
        assertThat(text).contains("Tagna platser: 2 av minst 3");
        assertThat(part(theMailTo(en, "Groups below their minimum"), "text/plain")).contains("of at least 3");
    }

    @Test
    void aGroupMoreThanAWeekAheadDoesNotAlarm() throws Exception {
        long shift = data.data.shift(data.activity, friday.plusDays(14), 1, 3, 3, 5, false, "PUBLISHED", "PEOPLE");
        var coordinator = person("Clara", "sv");
        dsl.insertInto(se.tryggalov.jooq.Tables.APP_USER_ROLE).set(se.tryggalov.jooq.Tables.APP_USER_ROLE.USER_ID,
                coordinator.id()).set(se.tryggalov.jooq.Tables.APP_USER_ROLE.ROLE, "COORDINATOR").execute();
        Clock monthBefore = Clock.fixed(friday.minusDays(16).atTime(12, 0).atZone(Zones.STOCKHOLM).toInstant(),
                Zones.STOCKHOLM);
        inTransaction(() -> {
            new RosterNotifications(reads, shifts, notifier, texts, monthBefore)
                    .placeLeft(new RosterEvents.PlaceLeft(shift, coordinator.id()));
            return null;
        });
        assertThat(dsl.fetchCount(NOTIFICATION, NOTIFICATION.USER_ID.eq(coordinator.id()))).isZero();
    }

    @Test
    void aMessageReachesTheOrganisationsVolunteersInTheirLanguageAndIsCounted() throws Exception {
        var sv = person("Maja", "sv");
        var en = person("Mark", "en");
        var noAddress = data.person("noaddress", "Nils Utan", false, null);

        SentMessage message = data.data.as("coordinator", () -> messages.send(MessageScope.ORGANISATION,
                data.organisation, "Nyhetsbrev <november>", "Hej alla!\nVi ses på fredag."), Role.COORDINATOR);

        assertThat(message.recipients()).isEqualTo(3); // sv, en and the one without an address (all in the org)
        assertThat(message.reached()).isEqualTo(2);
        assertThat(dsl.fetchCount(NOTIFICATION, NOTIFICATION.USER_ID.eq(noAddress.id())
                .and(NOTIFICATION.SKIPPED_REASON.eq(Notifier.NO_EMAIL)))).isOne();
        MimeMessage svMail = theMailTo(sv, "Nyhetsbrev <november>");
        assertThat(part(svMail, "text/html")).contains("Nyhetsbrev &lt;november&gt;", "Vi ses på fredag.");
        assertThat(part(svMail, "text/plain")).contains("Skickat av");
        assertThat(part(theMailTo(en, "Nyhetsbrev"), "text/plain")).contains("Sent by");
    }

    // ---- delivery -------------------------------------------------------------------------------------------------

    @Test
    void aMailWrittenBeforeTheSenderStoppedIsSentOnceAfterTheRestart() throws Exception {
        var sv = person("Stina", "sv");
        long shift = data.publishedShift(friday);
        data.confirm(shift, sv);
        inTransaction(() -> {
            listener.published(new RosterEvents.Published(Set.of(shift)));
            return null;
        });
        long id = dsl.select(OUTBOX_EMAIL.ID).from(OUTBOX_EMAIL).where(OUTBOX_EMAIL.RECIPIENT.eq(address(sv)))
                .fetchSingle(OUTBOX_EMAIL.ID);
        // the application stopped here: written, not sent. A new sender (after the restart) sends it...
        for (int round = 0; round < 40 && !OutboxDelivery.sent(context, id); round++) {
            OutboxDelivery.deliverAfterRestart(context, sender);
        }
        // ... and neither it nor the old one sends it again
        OutboxDelivery.deliverAfterRestart(context, sender);
        OutboxDelivery.deliver(context, sender);

        assertThat(delivered(address(sv))).hasSize(1);
    }

    @Test
    void aRefusingServerIsRetriedWithBackoffAndTheErrorIsKept() {
        var sv = person("Frida", "sv");
        long id = inTransaction(() -> outbox.enqueue(sv.id(), address(sv), "Test", "text", "<p>text</p>"));
        JavaMailSenderImpl nowhere = new JavaMailSenderImpl();
        nowhere.setHost("127.0.0.1");
        nowhere.setPort(1); // nothing listens: connection refused
        for (int round = 0; round < 40 && dsl.fetchValue(OUTBOX_EMAIL.ATTEMPTS, OUTBOX_EMAIL.ID.eq(id)) == 0; round++) {
            OutboxDelivery.deliver(context, nowhere);
        }
        var row = dsl.selectFrom(OUTBOX_EMAIL).where(OUTBOX_EMAIL.ID.eq(id)).fetchSingle();
        assertThat(row.getAttempts()).isEqualTo(1);
        assertThat(row.getSentAt()).isNull();
        assertThat(row.getLastError()).contains("MailSendException");
        assertThat(row.getSendAfter()).isAfter(row.getCreatedAt());
    }

    @Test
    void aPersonWhoTurnedAKindOffDoesNotGetIt() throws Exception {
        var sv = person("Tove", "sv");
        long shift = data.publishedShift(friday);
        data.confirm(shift, sv);
        inTransaction(() -> {
            context.getBean(NotificationRepository.class).savePreference(sv.id(), NotificationKind.ROSTER_PUBLISHED,
                    new Preference(false, true));
            listener.published(new RosterEvents.Published(Set.of(shift)));
            return null;
        });
        assertThat(delivered(address(sv))).isEmpty();
        // the SMS channel without a gateway: logged in demo mode (the tests run with demo data), nothing skipped
        assertThat(dsl.fetchCount(NOTIFICATION, NOTIFICATION.USER_ID.eq(sv.id()).and(NOTIFICATION.CHANNEL.eq("SMS"))))
                .isOne();
    }
}
