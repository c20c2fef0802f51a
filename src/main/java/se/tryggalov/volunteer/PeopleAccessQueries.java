package se.tryggalov.volunteer;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import static se.tryggalov.jooq.Tables.VOLUNTEER;
import static se.tryggalov.jooq.Tables.VOLUNTEER_ORGANISATION;

/**
 * The SQL behind {@link PeopleAccess}: the condition other features' repositories add to every query that returns
 * people (only repositories use jOOQ).
 */
@Repository
public class PeopleAccessQueries {

    private final DSLContext dsl;

    PeopleAccessQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A condition on a person's user id: true for exactly the people the scope may see. */
    public static Condition visible(PeopleAccess.Scope scope, Field<Long> userId) {
        if (scope.everyone()) {
            return DSL.trueCondition();
        }
        Condition condition = DSL.falseCondition();
        if (scope.organisationId() != null) {
            condition = condition.or(userId.in(DSL.select(VOLUNTEER_ORGANISATION.USER_ID).from(VOLUNTEER_ORGANISATION)
                    .where(VOLUNTEER_ORGANISATION.ORGANISATION_ID.eq(scope.organisationId()))));
        }
        if (scope.selfId() != null) {
            condition = condition.or(userId.eq(scope.selfId()));
        }
        return condition;
    }

    boolean exists(long userId, PeopleAccess.Scope scope) {
        return dsl.fetchExists(VOLUNTEER, VOLUNTEER.USER_ID.eq(userId).and(visible(scope, VOLUNTEER.USER_ID)));
    }
}
