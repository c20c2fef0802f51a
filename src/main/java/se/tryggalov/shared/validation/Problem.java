package se.tryggalov.shared.validation;

import se.tryggalov.shared.i18n.UserMessageException;

import java.util.List;
import java.util.Optional;

/** Why a value was refused: a translation key and its arguments, for a form field or a service's refusal. */
public record Problem(String key, List<Object> arguments) {

    public Problem {
        arguments = List.copyOf(arguments);
    }

    public static Problem of(String key, Object... arguments) {
        return new Problem(key, List.of(arguments));
    }

    /** For services: throws the problem, if there is one, as the refusal the view translates. */
    public static void refuse(Optional<Problem> problem) {
        if (problem.isPresent()) {
            throw problem.get().asException();
        }
    }

    /** The refusal a service throws: the same key and arguments, translated by the view. */
    public UserMessageException asException() {
        return new UserMessageException(key, arguments.toArray());
    }
}
