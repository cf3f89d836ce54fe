package io.github.vertxtim.callback;

import io.github.vertxtim.api.message.MsgElement;
import io.github.vertxtim.registry.CallbackCommand;
import io.vertx.core.json.JsonObject;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One verified callback as a handler gets it: the typed event, its command's registry row, the raw JSON (the
 * event object; for a Push batch, the one item), and the query's ClientIP and OptPlatform (null when Tencent does
 * not send them). Its decision methods build answers already checked for this command: one that does not fit is
 * an {@link IllegalArgumentException} at the call.
 *
 * @param <E> the event record
 */
public final class CallbackRequest<E extends CallbackEvent> {

  private final CallbackCommand command;
  private final E event;
  /** The event's JSON, or null until {@link #raw()} parses it from {@link #rawSource}. */
  private JsonObject raw;
  private Supplier<JsonObject> rawSource;
  private final String clientIp;
  private final String optPlatform;

  public CallbackRequest(CallbackCommand command, E event, JsonObject raw, String clientIp, String optPlatform) {
    this(command, event, () -> raw, clientIp, optPlatform);
    Objects.requireNonNull(raw, "raw");
  }

  /**
   * With the raw JSON parsed when first asked for: the receiver decodes the event straight from the body's bytes,
   * and most handlers never look at the JsonObject.
   */
  public CallbackRequest(CallbackCommand command, E event, Supplier<JsonObject> raw, String clientIp,
                         String optPlatform) {
    this.command = Objects.requireNonNull(command, "command");
    this.event = Objects.requireNonNull(event, "event");
    this.rawSource = Objects.requireNonNull(raw, "raw");
    this.clientIp = clientIp;
    this.optPlatform = optPlatform;
  }

  public CallbackCommand command() {
    return command;
  }

  public E event() {
    return event;
  }

  /** The event's JSON as received (do not modify it). */
  public synchronized JsonObject raw() {
    if (raw == null) {
      raw = Objects.requireNonNull(rawSource.get(), "raw");
      rawSource = null;
    }
    return raw;
  }

  /** The query's ClientIP, or null. */
  public String clientIp() {
    return clientIp;
  }

  /** The query's OptPlatform ({@code RESTAPI}, {@code Android}, {@code iOS}, {@code IOS} …), or null. */
  public String optPlatform() {
    return optPlatform;
  }

  public CallbackAnswer allow() {
    return CallbackAnswer.allow().checkFor(command);
  }

  public CallbackAnswer reject() {
    return CallbackAnswer.reject().checkFor(command);
  }

  /** A reject with a custom code of this command's documented range (see {@link CallbackAnswer#reject(int, String)}). */
  public CallbackAnswer reject(int code, String info) {
    return CallbackAnswer.reject(code, info).checkFor(command);
  }

  public CallbackAnswer drop() {
    return CallbackAnswer.drop().checkFor(command);
  }

  public CallbackAnswer rewrite(List<MsgElement> msgBody, String cloudCustomData) {
    return CallbackAnswer.rewrite(msgBody, cloudCustomData).checkFor(command);
  }

  public CallbackAnswer refuseMembers(List<String> accounts) {
    return CallbackAnswer.refuseMembers(accounts).checkFor(command);
  }

  public CallbackAnswer refuseSubscribers(List<String> accounts) {
    return CallbackAnswer.refuseSubscribers(accounts).checkFor(command);
  }

  public CallbackAnswer friendResults(List<CallbackAnswer.FriendResult> results) {
    return CallbackAnswer.friendResults(results).checkFor(command);
  }

  public CallbackAnswer signalData(String rspData) {
    return CallbackAnswer.signalData(rspData).checkFor(command);
  }

  /**
   * The answer the receiver gives when no decision is there in time: allow or reject; for the Sns before-callbacks
   * one ResultItem per target of the request (ResultCode 0, or the first custom code of the command's range).
   */
  public CallbackAnswer decide(CallbackDefault decision) {
    return CallbackAnswer.byDefault(command, raw(), decision);
  }

  @Override
  public String toString() {
    return "CallbackRequest[" + command.command() + "]";
  }
}
