package se.tryggalov.security;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import se.tryggalov.shared.i18n.Translations;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;
import static se.tryggalov.jooq.Tables.APP_USER;
import static se.tryggalov.jooq.Tables.APP_USER_ROLE;
import static se.tryggalov.jooq.Tables.ORGANISATION;

/** The only writer of app_user and app_user_role. */
@Repository
class AccountRepository {

    private static final Field<Result<org.jooq.Record1<String>>> ROLES = multiset(
            select(APP_USER_ROLE.ROLE).from(APP_USER_ROLE).where(APP_USER_ROLE.USER_ID.eq(APP_USER.ID)))
            .as("roles");
    private static final Field<String> ORGANISATION_NAME = DSL.field(
            select(ORGANISATION.NAME).from(ORGANISATION).where(ORGANISATION.ID.eq(APP_USER.ORGANISATION_ID)))
            .as("organisation_name");

    private final DSLContext dsl;

    AccountRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    Optional<StoredCredentials> findCredentials(String username) {
        return dsl.select(APP_USER.ID, APP_USER.USERNAME, APP_USER.PASSWORD_HASH, ROLES, APP_USER.ENABLED,
                        APP_USER.FAILED_LOGINS, APP_USER.LOCKED_UNTIL)
                .from(APP_USER)
                .where(APP_USER.USERNAME.eq(username))
                .fetchOptional(r -> new StoredCredentials(r.value1(), r.value2(), r.value3(), roles(r.value4()),
                        r.value5(), r.value6(), r.value7()));
    }

    Optional<Account> findByUsername(String username) {
        return selectAccounts().where(APP_USER.USERNAME.eq(username)).fetchOptional(AccountRepository::toAccount);
    }

    Optional<Account> findById(long id) {
        return selectAccounts().where(APP_USER.ID.eq(id)).fetchOptional(AccountRepository::toAccount);
    }

    List<Account> findAll() {
        return selectAccounts().orderBy(APP_USER.USERNAME).fetch(AccountRepository::toAccount);
    }

    boolean usernameExists(String username) {
        return dsl.fetchExists(APP_USER, APP_USER.USERNAME.eq(username));
    }

    long insert(NewAccount account, String passwordHash) {
        long id = dsl.insertInto(APP_USER)
                .set(APP_USER.USERNAME, account.username())
                .set(APP_USER.DISPLAY_NAME, account.displayName())
                .set(APP_USER.EMAIL, account.email())
                .set(APP_USER.PASSWORD_HASH, passwordHash)
                .set(APP_USER.LOCALE, Translations.supported(account.locale()).getLanguage())
                .set(APP_USER.ORGANISATION_ID, account.organisationId())
                .set(APP_USER.DEMO, account.demo())
                .returning(APP_USER.ID)
                .fetchSingle(APP_USER.ID);
        for (Role role : account.roles()) {
            dsl.insertInto(APP_USER_ROLE).set(APP_USER_ROLE.USER_ID, id).set(APP_USER_ROLE.ROLE, role.name()).execute();
        }
        return id;
    }

    /** Counts one more failure and returns the new count; atomic under concurrent attempts. */
    int incrementFailedLogins(long id) {
        return dsl.update(APP_USER)
                .set(APP_USER.FAILED_LOGINS, APP_USER.FAILED_LOGINS.plus(1))
                .where(APP_USER.ID.eq(id))
                .returning(APP_USER.FAILED_LOGINS)
                .fetchSingle(APP_USER.FAILED_LOGINS);
    }

    void lockUntil(long id, OffsetDateTime until) {
        dsl.update(APP_USER).set(APP_USER.LOCKED_UNTIL, until).where(APP_USER.ID.eq(id)).execute();
    }

    void recordSuccessfulLogin(long id, OffsetDateTime at) {
        dsl.update(APP_USER)
                .set(APP_USER.FAILED_LOGINS, 0)
                .setNull(APP_USER.LOCKED_UNTIL)
                .set(APP_USER.LAST_LOGIN_AT, at)
                .where(APP_USER.ID.eq(id))
                .execute();
    }

    void unlock(long id) {
        dsl.update(APP_USER).set(APP_USER.FAILED_LOGINS, 0).setNull(APP_USER.LOCKED_UNTIL)
                .where(APP_USER.ID.eq(id)).execute();
    }

    boolean setEnabled(long id, boolean enabled) {
        return dsl.update(APP_USER).set(APP_USER.ENABLED, enabled).set(APP_USER.VERSION, APP_USER.VERSION.plus(1))
                .where(APP_USER.ID.eq(id)).execute() == 1;
    }

    void setLocale(String username, Locale locale) {
        dsl.update(APP_USER).set(APP_USER.LOCALE, Translations.supported(locale).getLanguage())
                .where(APP_USER.USERNAME.eq(username)).execute();
    }

    void setPasswordHash(long id, String hash) {
        dsl.update(APP_USER).set(APP_USER.PASSWORD_HASH, hash).set(APP_USER.VERSION, APP_USER.VERSION.plus(1))
                .where(APP_USER.ID.eq(id)).execute();
    }

    Optional<String> passwordHash(long id) {
        return dsl.select(APP_USER.PASSWORD_HASH).from(APP_USER).where(APP_USER.ID.eq(id)).fetchOptional(APP_USER.PASSWORD_HASH);
    }

    int deleteDemoAccounts() {
        return dsl.deleteFrom(APP_USER).where(APP_USER.DEMO.isTrue()).execute();
    }

    boolean anyEnabledWithRole(Role role) {
        return dsl.fetchExists(dsl.selectOne().from(APP_USER).join(APP_USER_ROLE).on(APP_USER_ROLE.USER_ID.eq(APP_USER.ID))
                .where(APP_USER_ROLE.ROLE.eq(role.name())).and(APP_USER.ENABLED.isTrue()).and(APP_USER.DEMO.isFalse()));
    }

    long count() {
        return dsl.fetchCount(APP_USER);
    }

    private org.jooq.SelectJoinStep<? extends Record> selectAccounts() {
        return dsl.select(APP_USER.ID, APP_USER.USERNAME, APP_USER.DISPLAY_NAME, APP_USER.EMAIL, ROLES,
                        APP_USER.LOCALE, APP_USER.ORGANISATION_ID, ORGANISATION_NAME, APP_USER.ENABLED,
                        APP_USER.LOCKED_UNTIL, APP_USER.LAST_LOGIN_AT, APP_USER.DEMO)
                .from(APP_USER);
    }

    private static Account toAccount(Record r) {
        return new Account(r.get(APP_USER.ID), r.get(APP_USER.USERNAME), r.get(APP_USER.DISPLAY_NAME),
                r.get(APP_USER.EMAIL), roles(r.get(ROLES)), Translations.fromTag(r.get(APP_USER.LOCALE)),
                r.get(APP_USER.ORGANISATION_ID), r.get(ORGANISATION_NAME), r.get(APP_USER.ENABLED),
                r.get(APP_USER.LOCKED_UNTIL), r.get(APP_USER.LAST_LOGIN_AT), r.get(APP_USER.DEMO));
    }

    private static Set<Role> roles(Result<org.jooq.Record1<String>> rows) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        rows.forEach(row -> roles.add(Role.valueOf(row.value1())));
        return roles;
    }
}
