package io.github.vertxtim.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds a method of a family interface to an endpoint of the registry. The method takes one request record and
 * returns {@code Future<Result>} (or {@code Future<Void>}); one generic mechanism serves every such method, so
 * adding an endpoint is a request record, a result record and one annotated method.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface TimCall {
  /** {@code service/command} of the endpoint. */
  String value();
}
