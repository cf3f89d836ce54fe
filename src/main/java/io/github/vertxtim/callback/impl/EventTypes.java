package io.github.vertxtim.callback.impl;

import com.fasterxml.jackson.databind.JavaType;
import io.github.vertxtim.callback.CallbackEvent;
import io.github.vertxtim.callback.TimCallback;
import io.github.vertxtim.internal.JsonCodec;
import io.github.vertxtim.registry.CallbackCommand;
import io.github.vertxtim.registry.CallbackRegistry;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The event record of each command, loaded once by the name its registry row gives. */
final class EventTypes {

  private static final Map<String, Optional<JavaType>> TYPES = new ConcurrentHashMap<>();

  private EventTypes() {
  }

  /** The record's type, or empty when it is not on the class path (or does not name this command). */
  static Optional<JavaType> of(CallbackCommand command) {
    return TYPES.computeIfAbsent(command.command(), c -> load(command));
  }

  /** The row of an event record class, from its {@link TimCallback} annotation. */
  static CallbackCommand commandOf(Class<? extends CallbackEvent> type) {
    TimCallback binding = type.getAnnotation(TimCallback.class);
    if (binding == null) {
      throw new IllegalArgumentException(type.getName() + " has no @TimCallback");
    }
    CallbackCommand command = CallbackRegistry.defaultRegistry().find(binding.value()).orElseThrow(
        () -> new IllegalArgumentException(type.getName() + ": @TimCallback(\"" + binding.value()
            + "\") is not in the callback registry"));
    if (!command.eventClassName().equals(type.getName())) {
      throw new IllegalArgumentException(type.getName() + " is not the event record of " + command.command()
          + " (" + command.eventClassName() + ")");
    }
    return command;
  }

  private static Optional<JavaType> load(CallbackCommand command) {
    try {
      Class<?> type = Class.forName(command.eventClassName(), true, EventTypes.class.getClassLoader());
      TimCallback binding = type.getAnnotation(TimCallback.class);
      if (!CallbackEvent.class.isAssignableFrom(type) || binding == null || !binding.value().equals(command.command())) {
        return Optional.empty();
      }
      return Optional.of(JsonCodec.type(type));
    } catch (ClassNotFoundException e) {
      return Optional.empty();
    }
  }
}
