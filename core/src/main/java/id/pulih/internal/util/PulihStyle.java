package id.pulih.internal.util;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables meta-style of Pulih: builders for form records ({@code IntakeFormBuilder}), plain JDK
 * collections, no runtime dependency on Immutables (no {@code @Generated} from its annotations jar, which users do
 * not have).
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
        jdkOnly = true,
        visibility = Value.Style.ImplementationVisibility.PUBLIC,
        allowedClasspathAnnotations = {Override.class})
public @interface PulihStyle {}
