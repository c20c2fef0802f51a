package se.tryggalov.shared.validation;

import java.util.Optional;

/**
 * One fact's check, as forms (a Binder validator) and services (before they write) both call it: the problem with
 * a value, or nothing when it is acceptable.
 */
@FunctionalInterface
public interface Rule {

    Optional<Problem> check(String value);

    /** For services: the value unchanged, or the refusal as a {@link se.tryggalov.shared.i18n.UserMessageException}. */
    default String require(String value) {
        check(value).ifPresent(p -> {
            throw p.asException();
        });
        return value;
    }
}
