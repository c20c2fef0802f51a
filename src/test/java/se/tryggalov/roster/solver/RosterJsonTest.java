package se.tryggalov.roster.solver;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class RosterJsonTest {

    @Test
    void aProblemSurvivesTheRoundTripWithNullExpiryDatesAndTimes() {
        RosterProblem problem = RosterSolverTest.small();
        String json = RosterJson.mapper().writeValueAsString(problem);
        assertThat(json).contains("\"evening\" : \"2027-02-26\"", "\"start\" : \"2027-02-26T21:00:00\"",
                "\"BASIC_TRAINING\" : null");
        assertThat(RosterJson.mapper().readValue(json, RosterProblem.class)).isEqualTo(problem);
    }

    @Test
    void absentListsReadAsEmptyAndAbsentSettingsAsTheDefaults() {
        String json = """
                {"name": "minimal",
                 "shifts": [{"id": 1, "evening": "2027-04-30", "start": "2027-04-30T21:00:00",
                             "end": "2027-05-01T02:30:00", "districtId": 2, "districtName": "Fittja",
                             "organisationId": 7, "riskLevel": 5, "minSize": 3, "peopleNeeded": 4, "maxSize": 5,
                             "leadRequired": true, "adultsOnly": true}],
                 "people": [{"id": 9, "name": "Kim", "adult": true, "experienced": true,
                             "qualifications": {"LEAD": null},
                             "availability": [{"evening": "2027-04-30"}]}]}
                """;
        RosterProblem problem = RosterJson.mapper().readValue(json, RosterProblem.class);
        assertThat(problem.fixed()).isEmpty();
        assertThat(problem.settings()).isEqualTo(SolverSettings.defaults());
        assertThat(problem.shifts().getFirst().qualifications()).isEmpty();
        ProblemPerson kim = problem.people().getFirst();
        assertThat(kim.organisationIds()).isEmpty();
        assertThat(kim.qualifications()).containsEntry("LEAD", null);
        assertThat(kim.availability().getFirst().evening()).isEqualTo(LocalDate.of(2027, 4, 30));
        assertThat(kim.availability().getFirst().from()).isNull();
        RosterSolution solution = new RosterSolver().evaluate(problem, java.util.List.of());
        assertThat(solution.gaps()).hasSize(1);
    }

    @Test
    void settingsWithoutLimitsReadAsTheDefaultLimitsNotAsZero() {
        String json = """
                {"constraints": {"homeDistrict": {"enabled": false, "weight": 1}}, "weeklyRestHours": 40}
                """;
        SolverSettings settings = RosterJson.mapper().readValue(json, SolverSettings.class);
        assertThat(settings.constraints().get("homeDistrict").enabled()).isFalse();
        assertThat(java.util.List.of(settings.defaultMaxNightsPerMonth(), settings.defaultMaxNightsPerWeekend(),
                settings.dailyRestHours(), settings.weeklyRestHours())).containsExactly(2, 1, 11, 40);
    }
}
