package se.tryggalov.coverage;

import org.jooq.DSLContext;
import se.tryggalov.calendar.CalendarItem;
import se.tryggalov.calendar.CalendarService;
import se.tryggalov.calendar.ItemDraft;
import se.tryggalov.calendar.ItemKind;
import se.tryggalov.calendar.SchoolYear;
import se.tryggalov.roster.RosterTestData;
import se.tryggalov.security.Role;
import se.tryggalov.security.SystemAuthentication;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static java.time.DayOfWeek.TUESDAY;
import static java.time.Month.SEPTEMBER;
import static se.tryggalov.TestYears.nth;
import static se.tryggalov.jooq.Tables.ACTIVITY;
import static se.tryggalov.jooq.Tables.ORGANISATION_CONTACT;
import static se.tryggalov.jooq.Tables.ORGANISATION_DISTRICT;
import static se.tryggalov.jooq.Tables.VENUE;
import static se.tryggalov.jooq.Tables.VOLUNTEER;

/**
 * The hand-worked example: three evenings (Tue risk 5, Wed risk 3, Thu risk 2 in September of a claimed year) ×
 * two districts A and B, with a police patrol from a standing commitment, a short group, paid outreach staff, a
 * cancelled group and an empty draft group. The expected figures are worked out by hand in CoverageServiceTest.
 * <pre>
 *            | Tue (5, need 3)                  | Wed (3, need 2)           | Thu (2, need 1)
 *  A         | walk g1: 4 on (walks, lead Lena)  | outreach: 2 of min 2      | –
 *            | walk g2: 2 on (short, draft)      |                           |
 *            | police patrol ×1 (commitment)     |                           |
 *  B         | (a training evening: 3 on)        | walk g1: 3, walk g2: 3    | walk g1 cancelled (3 on); g2 empty draft
 * </pre>
 * The training evening on Tue B is indoors: it covers nothing and needs nothing.
 */
final class CoverageFixture {

    final SchoolYear year;
    final LocalDate tue;
    final LocalDate wed;
    final LocalDate thu;
    final long districtA;
    final long districtB;
    final long walkers;
    final long police;
    final long otherWalkers;
    final long youthCentre;
    final long venueA;
    final long venueB;
    final long tueItem;
    final long walkA1;
    final long walkA2;
    final long patrolA;
    final long outreachA;
    final long walkB1;
    final long walkB2;
    final long walkB3cancelled;
    final long walkB4empty;
    final RosterTestData.Person lead;
    final RosterTestData.Person leadB;
    final List<String> hiddenPhones;
    static final String LEAD_PHONE = "070-555 01 01";
    static final String LEAD_B_PHONE = "070-555 02 02";
    static final String POLICE_PHONE = "08-401 00 00";

    CoverageFixture(DSLContext dsl, RosterTestData data, CalendarService calendar, SystemAuthentication system,
                    SchoolYear year) {
        this.year = year;
        RosterTestData.plan(calendar, system, year);
        tue = nth(TUESDAY, SEPTEMBER, 2, year);
        wed = tue.plusDays(1);
        thu = tue.plusDays(2);
        tueItem = keyDate(calendar, system, tue, 5);
        keyDate(calendar, system, wed, 3);
        keyDate(calendar, system, thu, 2);
        districtA = data.district("covA");
        districtB = data.district("covB");
        walkers = data.organisation("cov-walkers");
        police = data.organisation("cov-police");
        otherWalkers = data.organisation("cov-other");
        youthCentre = data.organisation("cov-youth");
        dsl.insertInto(ORGANISATION_DISTRICT).set(ORGANISATION_DISTRICT.ORGANISATION_ID, youthCentre)
                .set(ORGANISATION_DISTRICT.DISTRICT_ID, districtA).execute();
        dsl.insertInto(ORGANISATION_CONTACT).set(ORGANISATION_CONTACT.ORGANISATION_ID, police)
                .set(ORGANISATION_CONTACT.NAME, "Kommunpolis Berg").set(ORGANISATION_CONTACT.PHONE, POLICE_PHONE)
                .execute();
        venueA = dsl.insertInto(VENUE).set(VENUE.DISTRICT_ID, districtA).set(VENUE.NAME, "Gården A")
                .set(VENUE.KIND, "YOUTH_CENTRE").returning(VENUE.ID).fetchSingle(VENUE.ID);
        venueB = dsl.insertInto(VENUE).set(VENUE.DISTRICT_ID, districtB).set(VENUE.NAME, "Gården B")
                .set(VENUE.KIND, "YOUTH_CENTRE").returning(VENUE.ID).fetchSingle(VENUE.ID);

        long walkActA = data.activity(year, districtA, walkers, "Nattvandring A");
        long walkActB = data.activity(year, districtB, walkers, "Nattvandring B");
        dsl.update(ACTIVITY).set(ACTIVITY.MEETING_POINT, "Tumba torg").where(ACTIVITY.ID.eq(walkActA)).execute();
        long patrolAct = data.activity(year, districtA, police, "Polispatrull A");
        dsl.update(ACTIVITY).set(ACTIVITY.ACTIVITY_TYPE, "PATROL").where(ACTIVITY.ID.eq(patrolAct)).execute();
        long outreachAct = data.activity(year, districtA, null, "Fältassistenter A");
        dsl.update(ACTIVITY).set(ACTIVITY.ACTIVITY_TYPE, "OUTREACH").where(ACTIVITY.ID.eq(outreachAct)).execute();

        walkA1 = data.shift(walkActA, tue, 1, 3, 4, 5, true, "PUBLISHED", "PEOPLE");
        walkA2 = data.shift(walkActA, tue, 2, 3, 4, 5, true, "DRAFT", "PEOPLE");
        patrolA = data.shift(patrolAct, tue, 1, 1, 1, 1, false, "PUBLISHED", "ORGANISATION");
        outreachA = data.shift(outreachAct, wed, 1, 2, 2, 3, false, "PUBLISHED", "PEOPLE");
        walkB1 = data.shift(walkActB, wed, 1, 3, 4, 5, true, "PUBLISHED", "PEOPLE");
        walkB2 = data.shift(walkActB, wed, 2, 3, 4, 5, true, "PUBLISHED", "PEOPLE");
        walkB3cancelled = data.shift(walkActB, thu, 1, 3, 4, 5, true, "CANCELLED", "PEOPLE");
        walkB4empty = data.shift(walkActB, thu, 2, 3, 4, 5, true, "DRAFT", "PEOPLE");

        lead = data.volunteer("lena", true, walkers);
        phone(dsl, lead.id(), LEAD_PHONE);
        leadB = data.volunteer("lars", true, otherWalkers);
        phone(dsl, leadB.id(), LEAD_B_PHONE);
        hiddenPhones = new java.util.ArrayList<>();
        data.assign(walkA1, lead.id(), "CONFIRMED", false);
        for (int i = 0; i < 3; i++) {
            data.assign(walkA1, walker(dsl, data, "a1w" + i, hiddenPhones), "CONFIRMED", false);
        }
        for (int i = 0; i < 2; i++) {
            data.assign(walkA2, walker(dsl, data, "a2w" + i, hiddenPhones), "PROPOSED", false);
        }
        for (int i = 0; i < 2; i++) {
            data.assign(outreachA, walker(dsl, data, "ow" + i, hiddenPhones), "CONFIRMED", false);
        }
        data.assign(walkB1, leadB.id(), "CONFIRMED", false);
        for (int i = 0; i < 2; i++) {
            data.assign(walkB1, walker(dsl, data, "b1w" + i, hiddenPhones), "CONFIRMED", false);
        }
        for (int i = 0; i < 3; i++) {
            data.assign(walkB2, walker(dsl, data, "b2w" + i, hiddenPhones), "CONFIRMED", false);
        }
        for (int i = 0; i < 3; i++) {
            data.assign(walkB3cancelled, walker(dsl, data, "b3w" + i, hiddenPhones), "CONFIRMED", false);
        }
        long courseAct = data.activity(year, districtB, walkers, "Grundkurs B");
        dsl.update(ACTIVITY).set(ACTIVITY.ACTIVITY_TYPE, "TRAINING").where(ACTIVITY.ID.eq(courseAct)).execute();
        long course = data.shift(courseAct, tue, 1, 1, 3, 10, false, "PUBLISHED", "PEOPLE");
        for (int i = 0; i < 3; i++) {
            data.assign(course, walker(dsl, data, "tw" + i, hiddenPhones), "CONFIRMED", false);
        }
    }

    private long walker(DSLContext dsl, RosterTestData data, String prefix, List<String> phones) {
        long id = data.volunteer(prefix, false, walkers).id();
        String phone = "070-666 %02d %02d".formatted(phones.size() / 100, phones.size() % 100);
        phone(dsl, id, phone);
        phones.add(phone);
        return id;
    }

    private static void phone(DSLContext dsl, long userId, String phone) {
        dsl.update(VOLUNTEER).set(VOLUNTEER.PHONE, phone).where(VOLUNTEER.USER_ID.eq(userId)).execute();
    }

    private static long keyDate(CalendarService calendar, SystemAuthentication system, LocalDate day, int risk) {
        return system.callAs(() -> calendar.create(SchoolYear.containing(day), new ItemDraft(ItemKind.KEY_DATE, CalendarItem.CUSTOM,
                        "Testkväll risk " + risk, day, day, risk, null, null, null, null, Set.of())),
                Role.COORDINATOR);
    }
}
