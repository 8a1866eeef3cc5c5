package org.fluorite.motion;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Describes one component of a settings record for validation, persistence and generated
 * dialogs: a label in the user's words, the unit, the allowed range and the name of the
 * equivalent CaImAn parameter (so that people coming from CaImAn find their settings).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface Setting {

    String label();

    /** Unit of the value ("px", "" when dimensionless). */
    String unit() default "";

    /** Smallest allowed value (numbers only). */
    double min() default Double.NEGATIVE_INFINITY;

    /** Largest allowed value (numbers only). */
    double max() default Double.POSITIVE_INFINITY;

    /** The CaImAn / NoRMCorre parameter this corresponds to, if any. */
    String caiman() default "";

    String description() default "";
}
