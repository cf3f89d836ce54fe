package io.github.vertxtim.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vertxtim.TimErrorCode;
import io.github.vertxtim.TimException;
import io.github.vertxtim.api.MsgRandomRequest;
import io.github.vertxtim.api.TimCall;
import io.github.vertxtim.registry.Endpoint;
import io.github.vertxtim.registry.EndpointRegistry;
import io.github.vertxtim.registry.RetrySafety;
import io.vertx.core.Future;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Proxy;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The one mechanism behind every typed family: each {@link TimCall} method becomes "send the request record to the
 * endpoint, decode the OK answer into the result record", with the result type carried down to the carrier so the
 * answer is decoded once. Bindings are resolved once, when the family is made; a JDK proxy dispatches (about 20 ns).
 */
public final class TypedApis {

  private TypedApis() {
  }

  /**
   * The request's batch list when its registry row has a confirmed cap: the record component named by the row's
   * items field, read to refuse an oversized request before any I/O.
   */
  private record Binding(Endpoint endpoint, ResultType<?> result, Method itemsAccessor) {

    /** Null when within the cap (or uncapped), else why not. */
    String overCap(Object request) throws ReflectiveOperationException {
      if (itemsAccessor == null || request == null) {
        return null;
      }
      Object items = itemsAccessor.invoke(request);
      int n = items instanceof Collection<?> c ? c.size() : 0;
      return n <= endpoint.maxItems() ? null : endpoint.path() + " takes at most " + endpoint.maxItems() + " items in "
          + endpoint.itemsField() + " per request, got " + n;
    }
  }

  public static <T> T create(Class<T> family, EndpointRegistry registry, Carrier carrier) {
    Map<Method, Binding> bindings = new HashMap<>();
    for (Method m : family.getMethods()) {
      if (m.isDefault() || Modifier.isStatic(m.getModifiers())) {
        continue;
      }
      bindings.put(m, bind(family, m, registry));
    }
    String name = family.getSimpleName() + "(typed)";
    Object proxy = Proxy.newProxyInstance(family.getClassLoader(), new Class<?>[]{family}, (self, m, args) -> {
      Binding b = bindings.get(m);
      if (b == null) {
        return objectMethod(self, m, args, name);
      }
      Object request = args == null ? null : args[0];
      if (request == null && m.getParameterCount() == 1) {
        return Future.failedFuture(new TimException(TimErrorCode.INVALID_ARGUMENT, "request must not be null",
            b.endpoint.service(), b.endpoint.command(), false, null));
      }
      String overCap = b.overCap(request);
      if (overCap != null) {
        return Future.failedFuture(new IllegalArgumentException(overCap));
      }
      return carrier.invoke(b.endpoint, request, b.result);
    });
    return family.cast(proxy);
  }

  private static Binding bind(Class<?> family, Method m, EndpointRegistry registry) {
    String where = family.getName() + "." + m.getName();
    TimCall call = m.getAnnotation(TimCall.class);
    if (call == null) {
      throw new IllegalArgumentException(where + " has no @TimCall");
    }
    String[] path = call.value().split("/", 2);
    if (path.length != 2) {
      throw new IllegalArgumentException(where + ": @TimCall must be service/command, got " + call.value());
    }
    Endpoint endpoint = registry.get(path[0], path[1]);
    if (m.getParameterCount() > 1 || m.getReturnType() != Future.class) {
      throw new IllegalArgumentException(where + " must take one request and return a Future");
    }
    if (endpoint.retrySafety() == RetrySafety.MSG_RANDOM && m.getParameterCount() == 1
        && !MsgRandomRequest.class.isAssignableFrom(m.getParameterTypes()[0])) {
      throw new IllegalArgumentException(where + ": the request of " + endpoint.path()
          + " must implement MsgRandomRequest (retries are safe only with one MsgRandom on every attempt)");
    }
    Type result = ((ParameterizedType) m.getGenericReturnType()).getActualTypeArguments()[0];
    if (result == Void.class) {
      throw new IllegalArgumentException(where + " must return a result record (EmptyResult for an answer that is"
          + " only the envelope), so that unknown answer fields are kept");
    }
    return new Binding(endpoint, ResultType.of(result), itemsAccessor(endpoint, m));
  }

  /** The accessor of the request record's component that holds the endpoint's capped batch list, or null. */
  private static Method itemsAccessor(Endpoint endpoint, Method m) {
    if (!endpoint.itemsVerified() || endpoint.maxItems() <= 0 || endpoint.itemsField() == null
        || m.getParameterCount() != 1 || !m.getParameterTypes()[0].isRecord()) {
      return null;
    }
    for (RecordComponent c : m.getParameterTypes()[0].getRecordComponents()) {
      JsonProperty p = c.getAccessor().getAnnotation(JsonProperty.class);
      if (p == null) {
        p = c.getAnnotation(JsonProperty.class);
      }
      if (p != null && p.value().equals(endpoint.itemsField()) && Collection.class.isAssignableFrom(c.getType())) {
        return c.getAccessor();
      }
    }
    return null;
  }

  private static Object objectMethod(Object self, Method m, Object[] args, String name) {
    switch (m.getName()) {
      case "toString":
        return name;
      case "hashCode":
        return System.identityHashCode(self);
      case "equals":
        return self == args[0];
      default:
        throw new UnsupportedOperationException(m.toString());
    }
  }
}
