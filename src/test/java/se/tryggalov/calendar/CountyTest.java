package se.tryggalov.calendar;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class CountyTest {

    @Test
    void allTwentyOneCountiesWithUniqueLetterCodes() {
        assertThat(County.values()).hasSize(21);
        assertThat(Arrays.stream(County.values()).map(County::letterCode)).doesNotHaveDuplicates();
    }

    @Test
    void sportlovWeeksFollowTheCountyPattern() {
        assertThat(County.STOCKHOLM.defaultWinterSportsBreakWeek()).isEqualTo(9);
        assertThat(County.VASTRA_GOTALAND.defaultWinterSportsBreakWeek()).isEqualTo(7);
        assertThat(County.SKANE.defaultWinterSportsBreakWeek()).isEqualTo(8);
        assertThat(County.NORRBOTTEN.defaultWinterSportsBreakWeek()).isEqualTo(10);
        assertThat(County.VASTERBOTTEN.defaultWinterSportsBreakWeek()).isEqualTo(10);
        assertThat(County.JAMTLAND.defaultWinterSportsBreakWeek()).isEqualTo(10);
        assertThat(County.VASTERNORRLAND.defaultWinterSportsBreakWeek()).isEqualTo(10);
    }

    @Test
    void everyCountyHasSportlovInWeeksSevenToTen() {
        assertThat(County.values()).allSatisfy(c -> assertThat(c.defaultWinterSportsBreakWeek()).isBetween(7, 10));
    }
}
