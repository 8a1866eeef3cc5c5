package org.fluorite.core.settings;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Describes one component of an engine's settings record, so that validation, persistence (JSON,
 * batch item parameters) and the generated settings dialog all come from one place: a label in
 * the user's words, the unit, the allowed range, and the name the same parameter has in the tools
 * Fluorite replaces (so that people coming from them find their settings).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface Setting {

    String label();

    /** Unit of the value ("px", "s", "" when dimensionless). */
    String unit() default "";

    /** Smallest allowed value (numbers only). */
    double min() default Double.NEGATIVE_INFINITY;

    /** Largest allowed value (numbers only). */
    double max() default Double.POSITIVE_INFINITY;

    /** The equivalent parameter of another tool, e.g. CaImAn's "max_shifts[1]"; "" when none. */
    String alias() default "";

    String description() default "";
}
