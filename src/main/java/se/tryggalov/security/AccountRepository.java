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
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;
import static se.tryggalov.jooq.Tables.ACCOUNT_TOKEN;
import static se.tryggalov.jooq.Tables.APP_USER;
import static se.tryggalov.jooq.Tables.APP_USER_ROLE;
import static se.tryggalov.jooq.Tables.ORGANISATION;

/** The only writer of app_user, app_user_role and account_token. */
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

    /** The addresses among these (lower case) that an account has, whatever its case. */
    java.util.Set<String> emailsInUse(java.util.Collection<String> emails) {
        List<String> lower = emails.stream().filter(java.util.Objects::nonNull)
                .map(e -> e.trim().toLowerCase(Locale.ROOT)).distinct().toList();
        if (lower.isEmpty()) {
            return java.util.Set.of();
        }
        return new java.util.HashSet<>(dsl.select(DSL.lower(APP_USER.EMAIL)).from(APP_USER)
                .where(DSL.lower(APP_USER.EMAIL).in(lower)).fetch(0, String.class));
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

    /** The count and lock the throttle keeps for the account's name, for administrators to see. */
    void recordFailedLogins(long id, int failures, OffsetDateTime lockedUntil) {
        var update = dsl.update(APP_USER).set(APP_USER.FAILED_LOGINS, failures);
        if (lockedUntil != null) {
            update = update.set(APP_USER.LOCKED_UNTIL, lockedUntil);
        }
        update.where(APP_USER.ID.eq(id)).execute();
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

    /** Disabling also ends the account's open sessions (a new session epoch, see RevokedSessionFilter). */
    boolean setEnabled(long id, boolean enabled) {
        return dsl.update(APP_USER).set(APP_USER.ENABLED, enabled).set(APP_USER.VERSION, APP_USER.VERSION.plus(1))
                .set(APP_USER.SESSION_EPOCH, enabled ? APP_USER.SESSION_EPOCH : APP_USER.SESSION_EPOCH.plus(1))
                .where(APP_USER.ID.eq(id)).execute() == 1;
    }

    /** What decides whether a signed-in session of this name may go on. */
    record SessionState(long id, boolean enabled, int sessionEpoch) {
    }

    Optional<SessionState> sessionState(String username) {
        return dsl.select(APP_USER.ID, APP_USER.ENABLED, APP_USER.SESSION_EPOCH).from(APP_USER)
                .where(APP_USER.USERNAME.eq(username))
                .fetchOptional(r -> new SessionState(r.value1(), r.value2(), r.value3()));
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

    // --- single sign-on (see SingleSignOnAccounts) ----------------------------------------------------------------

    /** The roles the provider gives now, in place of the ones it gave before. */
    void replaceRoles(long id, java.util.Collection<Role> roles) {
        dsl.deleteFrom(APP_USER_ROLE).where(APP_USER_ROLE.USER_ID.eq(id)).execute();
        for (Role role : roles) {
            dsl.insertInto(APP_USER_ROLE).set(APP_USER_ROLE.USER_ID, id).set(APP_USER_ROLE.ROLE, role.name()).execute();
        }
    }

    boolean emailInUse(String email) {
        return dsl.fetchExists(APP_USER, DSL.lower(APP_USER.EMAIL).eq(email.strip().toLowerCase(Locale.ROOT)));
    }

    // --- people's accounts, for other features (see PersonAccounts) ----------------------------------------------

    long insertPerson(PersonAccount p, Role role, String passwordHash) {
        long id = dsl.insertInto(APP_USER)
                .set(APP_USER.USERNAME, p.username())
                .set(APP_USER.DISPLAY_NAME, p.name())
                .set(APP_USER.EMAIL, p.email())
                .set(APP_USER.PASSWORD_HASH, passwordHash)
                .set(APP_USER.LOCALE, Translations.supported(p.locale()).getLanguage())
                .set(APP_USER.ENABLED, p.enabled())
                .set(APP_USER.DEMO, p.demo())
                .returning(APP_USER.ID)
                .fetchSingle(APP_USER.ID);
        dsl.insertInto(APP_USER_ROLE).set(APP_USER_ROLE.USER_ID, id).set(APP_USER_ROLE.ROLE, role.name()).execute();
        return id;
    }

    /** Two multi-row statements for the lot; returns the ids in the given order. */
    List<Long> insertPeople(List<PersonAccount> people, Role role, String passwordHash) {
        var accounts = dsl.insertInto(APP_USER, APP_USER.USERNAME, APP_USER.DISPLAY_NAME, APP_USER.EMAIL,
                APP_USER.PASSWORD_HASH, APP_USER.LOCALE, APP_USER.ENABLED, APP_USER.DEMO);
        for (PersonAccount p : people) {
            accounts = accounts.values(p.username(), p.name(), p.email(), passwordHash,
                    Translations.supported(p.locale()).getLanguage(), p.enabled(), p.demo());
        }
        Map<String, Long> idByUsername = new HashMap<>();
        accounts.returningResult(APP_USER.ID, APP_USER.USERNAME).fetch()
                .forEach(r -> idByUsername.put(r.value2(), r.value1()));
        List<Long> ids = people.stream().map(p -> idByUsername.get(p.username())).toList();
        var roles = dsl.insertInto(APP_USER_ROLE, APP_USER_ROLE.USER_ID, APP_USER_ROLE.ROLE);
        for (Long id : ids) {
            roles = roles.values(id, role.name());
        }
        roles.execute();
        return ids;
    }

    /** Name and e-mail, if the account still has the version the editor read. */
    boolean rename(long id, String name, String email, int expectedVersion) {
        return dsl.update(APP_USER)
                .set(APP_USER.DISPLAY_NAME, name)
                .set(APP_USER.EMAIL, email)
                .set(APP_USER.VERSION, APP_USER.VERSION.plus(1))
                .where(APP_USER.ID.eq(id)).and(APP_USER.VERSION.eq(expectedVersion))
                .execute() == 1;
    }

    void renameAndRelocale(long id, String name, Locale locale) {
        dsl.update(APP_USER).set(APP_USER.DISPLAY_NAME, name)
                .set(APP_USER.LOCALE, Translations.supported(locale).getLanguage())
                .set(APP_USER.VERSION, APP_USER.VERSION.plus(1))
                .where(APP_USER.ID.eq(id)).execute();
    }

    /** Enables the account, with a new password hash unless it is null. */
    void enable(long id, String passwordHash) {
        var account = dsl.update(APP_USER).set(APP_USER.ENABLED, true).set(APP_USER.VERSION, APP_USER.VERSION.plus(1));
        if (passwordHash != null) {
            account = account.set(APP_USER.PASSWORD_HASH, passwordHash);
        }
        account.where(APP_USER.ID.eq(id)).execute();
    }

    /** Deletes the account; the database cascades to everything that hangs on it. */
    boolean delete(long id) {
        return dsl.deleteFrom(APP_USER).where(APP_USER.ID.eq(id)).execute() == 1;
    }

    Optional<PersonAccounts.Identity> identity(long id) {
        return dsl.select(APP_USER.ID, APP_USER.USERNAME, APP_USER.DISPLAY_NAME, APP_USER.EMAIL).from(APP_USER)
                .where(APP_USER.ID.eq(id))
                .fetchOptional(r -> new PersonAccounts.Identity(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    Optional<PersonAccounts.AccountData> accountData(long id) {
        Field<List<String>> roles = multiset(select(APP_USER_ROLE.ROLE).from(APP_USER_ROLE)
                        .where(APP_USER_ROLE.USER_ID.eq(APP_USER.ID)).orderBy(APP_USER_ROLE.ROLE))
                .convertFrom(r -> r.map(org.jooq.Record1::value1));
        return dsl.select(APP_USER.ID, APP_USER.USERNAME, APP_USER.DISPLAY_NAME, APP_USER.EMAIL, APP_USER.LOCALE,
                        roles, APP_USER.ORGANISATION_ID, ORGANISATION_NAME, APP_USER.ENABLED, APP_USER.CREATED_AT,
                        APP_USER.LAST_LOGIN_AT)
                .from(APP_USER)
                .where(APP_USER.ID.eq(id))
                .fetchOptional(r -> new PersonAccounts.AccountData(r.value1(), r.value2(), r.value3(), r.value4(),
                        r.value5(), r.value6(), r.value7() == null ? null
                        : new PersonAccounts.Named(r.value7(), r.value8()), r.value9(), r.value10(), r.value11()));
    }

    void anonymise(long id, String username, String displayName, String unusablePasswordHash,
                   OffsetDateTime lockedUntil) {
        dsl.update(APP_USER)
                .set(APP_USER.USERNAME, username)
                .set(APP_USER.DISPLAY_NAME, displayName)
                .setNull(APP_USER.EMAIL)
                .set(APP_USER.PASSWORD_HASH, unusablePasswordHash)
                .set(APP_USER.ENABLED, false)
                .set(APP_USER.LOCKED_UNTIL, lockedUntil)
                .set(APP_USER.FAILED_LOGINS, 0)
                .set(APP_USER.VERSION, APP_USER.VERSION.plus(1))
                .set(APP_USER.SESSION_EPOCH, APP_USER.SESSION_EPOCH.plus(1))
                .where(APP_USER.ID.eq(id))
                .execute();
    }

    // --- account tokens -----------------------------------------------------------------------------------------

    /** Stores a new token of this purpose for the account, replacing earlier ones (the old link stops working). */
    void replaceToken(long userId, String purpose, String tokenHash, Long createdBy, OffsetDateTime now,
                      OffsetDateTime expiresAt) {
        dsl.deleteFrom(ACCOUNT_TOKEN).where(ACCOUNT_TOKEN.USER_ID.eq(userId)).and(ACCOUNT_TOKEN.PURPOSE.eq(purpose))
                .execute();
        dsl.insertInto(ACCOUNT_TOKEN)
                .set(ACCOUNT_TOKEN.TOKEN_HASH, tokenHash)
                .set(ACCOUNT_TOKEN.USER_ID, userId)
                .set(ACCOUNT_TOKEN.PURPOSE, purpose)
                .set(ACCOUNT_TOKEN.CREATED_BY, createdBy)
                .set(ACCOUNT_TOKEN.CREATED_AT, now)
                .set(ACCOUNT_TOKEN.EXPIRES_AT, expiresAt)
                .execute();
    }

    /**
     * Uses a token once: of two concurrent calls only one finds it unused (the second waits for the first's row
     * lock and then sees {@code used_at} set).
     */
    Optional<Long> useToken(String purpose, String tokenHash, OffsetDateTime now) {
        return dsl.update(ACCOUNT_TOKEN)
                .set(ACCOUNT_TOKEN.USED_AT, now)
                .where(ACCOUNT_TOKEN.TOKEN_HASH.eq(tokenHash))
                .and(ACCOUNT_TOKEN.PURPOSE.eq(purpose))
                .and(ACCOUNT_TOKEN.USED_AT.isNull())
                .and(ACCOUNT_TOKEN.EXPIRES_AT.gt(now))
                .returning(ACCOUNT_TOKEN.USER_ID)
                .fetchOptional(ACCOUNT_TOKEN.USER_ID);
    }

    List<PersonAccounts.Token> tokens(long userId) {
        return dsl.select(ACCOUNT_TOKEN.PURPOSE, ACCOUNT_TOKEN.CREATED_AT, ACCOUNT_TOKEN.EXPIRES_AT, ACCOUNT_TOKEN.USED_AT)
                .from(ACCOUNT_TOKEN).where(ACCOUNT_TOKEN.USER_ID.eq(userId)).orderBy(ACCOUNT_TOKEN.CREATED_AT)
                .fetch(r -> new PersonAccounts.Token(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    int deleteTokens(long userId) {
        return dsl.deleteFrom(ACCOUNT_TOKEN).where(ACCOUNT_TOKEN.USER_ID.eq(userId)).execute();
    }

    /** Tokens (used or not) that expired before {@code cutoff}: a link that old can only be refused anyway. */
    int deleteTokensExpiredBefore(OffsetDateTime cutoff) {
        return dsl.deleteFrom(ACCOUNT_TOKEN).where(ACCOUNT_TOKEN.EXPIRES_AT.lt(cutoff)).execute();
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
