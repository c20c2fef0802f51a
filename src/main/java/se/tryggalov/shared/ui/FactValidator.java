package se.tryggalov.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import com.vaadin.flow.data.binder.ValueContext;
import se.tryggalov.shared.validation.Problem;
import se.tryggalov.shared.validation.Rule;

import java.util.Optional;

/**
 * A shared validation {@link Rule} as a Binder validator, so a form field refuses exactly what the service behind
 * it refuses, with the same translated message, before anything is sent.
 */
public final class FactValidator implements Validator<String> {

    private final Rule rule;

    private FactValidator(Rule rule) {
        this.rule = rule;
    }

    public static FactValidator of(Rule rule) {
        return new FactValidator(rule);
    }

    @Override
    public ValidationResult apply(String value, ValueContext context) {
        Optional<Problem> problem = rule.check(value);
        if (problem.isEmpty()) {
            return ValidationResult.ok();
        }
        Problem p = problem.get();
        Optional<Component> component = context.getComponent();
        String message = component.map(c -> c.getTranslation(p.key(), p.arguments().toArray())).orElse(p.key());
        return ValidationResult.error(message);
    }
}
