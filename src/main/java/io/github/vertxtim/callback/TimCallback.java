package io.github.vertxtim.callback;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds an event record to a callback command of the registry ({@code registry/callbacks.tsv}), as
 * {@link io.github.vertxtim.api.TimCall} binds a method to an endpoint.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface TimCallback {
  /** The command word, e.g. {@code C2C.CallbackBeforeSendMsg}. */
  String value();
}
