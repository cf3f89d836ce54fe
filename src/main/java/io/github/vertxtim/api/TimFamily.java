package io.github.vertxtim.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The registry family of a family interface whose name does not give it. Without this annotation the family is the
 * interface's simple name minus {@code Api}, compared case-insensitively and ignoring underscores with the registry's
 * family ({@code AccountApi} is {@code account}, {@code OfficialAccountApi} is {@code official_account}); a
 * {@code MessageApi} serving the {@code c2c} rows says {@code @TimFamily("c2c")}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface TimFamily {
  /** The family name exactly as the registry spells it. */
  String value();
}
