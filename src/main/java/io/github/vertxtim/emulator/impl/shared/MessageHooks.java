package io.github.vertxtim.emulator.impl.shared;

import io.vertx.core.json.JsonArray;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * How the families that send messages (one-to-one, group, official account) and the families that judge or follow
 * them (global mute, blocklists, moderation; conversations, operations statistics) meet, without knowing each
 * other. A sending family calls {@link #check} before it stores a message (a check fails the send by throwing
 * {@link EmulatorError} with its documented code) and {@link #accepted} after; the other families register while
 * the emulator is built. Checks and listeners run on the handler's event loop and must not block.
 */
public final class MessageHooks {

  /** Which conversation space a message belongs to. */
  public enum Kind { C2C, GROUP, OFFICIAL_ACCOUNT }

  /**
   * A message being sent. {@code from} is the sender (the app admin when the admin sends without From_Account),
   * {@code to} the peer account, group ID or official-account ID; {@code fromAdmin} tells an admin send as itself.
   */
  public record Outgoing(Kind kind, String from, boolean fromAdmin, String to, JsonArray msgBody) {
    public Outgoing {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(to, "to");
      msgBody = msgBody == null ? new JsonArray() : msgBody;
    }
  }

  /** Judges a message before it is stored; throws {@link EmulatorError} to refuse it. */
  @FunctionalInterface
  public interface Check {
    void check(Outgoing message);
  }

  /** Told of every message stored (sent or imported; {@code imported} true for imports). */
  @FunctionalInterface
  public interface Listener {
    void accepted(Outgoing message, StoredMessage stored, boolean imported);
  }

  private final List<Check> checks = new CopyOnWriteArrayList<>();
  private final List<Listener> listeners = new CopyOnWriteArrayList<>();

  public void addCheck(Check check) {
    checks.add(Objects.requireNonNull(check, "check"));
  }

  public void addListener(Listener listener) {
    listeners.add(Objects.requireNonNull(listener, "listener"));
  }

  /** Runs every check; the first that refuses decides the answer. */
  public void check(Outgoing message) {
    for (Check c : checks) {
      c.check(message);
    }
  }

  /** Tells every listener. */
  public void accepted(Outgoing message, StoredMessage stored, boolean imported) {
    for (Listener l : listeners) {
      l.accepted(message, stored, imported);
    }
  }
}
