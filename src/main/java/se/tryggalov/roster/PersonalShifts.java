package se.tryggalov.roster;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.tryggalov.shared.time.Zones;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A person's shifts for their personal calendar feed, read without a signed-in user: phone calendars cannot sign
 * in, so the caller (the feed) has checked the person's secret feed address first. The same cards as Mina pass.
 */
@Service
public class PersonalShifts {

    /** How many shifts one read returns at most (as Mina pass). */
    public static final int LIMIT = 200;

    private final SignupRepository signups;

    PersonalShifts(SignupRepository signups) {
        this.signups = signups;
    }

    /** The person's shifts ending after {@code from} (Stockholm time), in start order, at most {@link #LIMIT}. */
    @Transactional(readOnly = true)
    public List<MyShiftCard> endingAfter(long userId, LocalDateTime from) {
        return signups.myShifts(userId, from, false, signups.policy(), Zones.STOCKHOLM);
    }
}
