package se.tryggalov.shared.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import se.tryggalov.shared.validation.Rule;

import java.util.Optional;

/**
 * The shared validation rules on a form's fields, through a Binder: a field shows the problem as soon as its
 * value changes, and {@link #firstProblem} checks them all before the form calls its service (which checks again).
 */
public final class FactChecks {

    private final Binder<Object> binder = new Binder<>();

    /** Checks this field's value with this rule. */
    public FactChecks check(HasValue<?, String> field, Rule rule) {
        binder.forField(field).withValidator(FactValidator.of(rule)).bind(ignored -> field.getValue(), (b, v) -> {
        });
        return this;
    }

    /** Checks every field and marks the bad ones; the first problem's translated message, if any. */
    public Optional<String> firstProblem() {
        return binder.validate().getValidationErrors().stream().findFirst().map(ValidationResult::getErrorMessage);
    }
}
