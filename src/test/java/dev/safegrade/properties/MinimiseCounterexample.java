package dev.safegrade.properties;

import java.util.List;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * After jqwik has shrunk a failing property's parameters, minimises the document in them once (that costs
 * hundreds of evaluations, too many to spend on every shrinking step) and fails with the minimal document.
 */
final class MinimiseCounterexample implements AroundPropertyHook {
    /** A property class that can say what fails for given parameters, with a minimal document. */
    interface Minimisable {
        String minimised(List<Object> parameters);
    }

    /** Registered on a class, it wraps each property of the class. */
    @Override
    public PropagationMode propagateTo() {
        return PropagationMode.ALL_DESCENDANTS;
    }

    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
        PropertyExecutionResult result = property.execute();
        if (result.status() == PropertyExecutionResult.Status.FAILED && result.falsifiedParameters().map(ps -> !ps.isEmpty()).orElse(false)
                && context.testInstance() instanceof Minimisable m) {
            String message = m.minimised(result.falsifiedParameters().get());
            return result.mapToFailed(new AssertionError(message, result.throwable().orElse(null)));
        }
        return result;
    }
}
