package io.github.vertxtim.impl;

import com.fasterxml.jackson.databind.JavaType;
import io.github.vertxtim.TimErrorCode;
import io.github.vertxtim.TimException;
import io.github.vertxtim.api.TimCall;
import io.github.vertxtim.registry.Endpoint;
import io.github.vertxtim.registry.EndpointRegistry;
import io.vertx.core.Future;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Proxy;
import java.lang.reflect.Type;
import java.util.HashMap;
import java.util.Map;

/**
 * The one mechanism behind every typed family: each {@link TimCall} method becomes "encode the request record,
 * invoke the endpoint, decode the answer into the result record". Bindings are resolved once, when the family is made.
 */
public final class TypedApis {

  private TypedApis() {
  }

  private record Binding(Endpoint endpoint, JavaType result, boolean voidResult) {
  }

  public static <T> T create(Class<T> family, EndpointRegistry registry, Invoker invoker) {
    Map<Method, Binding> bindings = new HashMap<>();
    for (Method m : family.getMethods()) {
      if (m.isDefault() || java.lang.reflect.Modifier.isStatic(m.getModifiers())) {
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
      Future<io.vertx.core.json.JsonObject> answer = invoker.invoke(b.endpoint, request);
      return b.voidResult ? answer.mapEmpty() : answer.map(json -> JsonCodec.decode(json, b.result));
    });
    return family.cast(proxy);
  }

  private static Binding bind(Class<?> family, Method m, EndpointRegistry registry) {
    TimCall call = m.getAnnotation(TimCall.class);
    if (call == null) {
      throw new IllegalArgumentException(family.getName() + "." + m.getName() + " has no @TimCall");
    }
    String[] path = call.value().split("/", 2);
    Endpoint endpoint = registry.get(path[0], path[1]);
    if (m.getParameterCount() > 1 || m.getReturnType() != Future.class) {
      throw new IllegalArgumentException(family.getName() + "." + m.getName() + " must take one request and return a Future");
    }
    Type result = ((ParameterizedType) m.getGenericReturnType()).getActualTypeArguments()[0];
    return new Binding(endpoint, JsonCodec.type(result), result == Void.class);
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
