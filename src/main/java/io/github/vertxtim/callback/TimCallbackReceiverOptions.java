package io.github.vertxtim.callback;

import io.github.vertxtim.eventbus.TimAddresses;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Options of a {@link TimCallbackReceiver}. The tokens are secrets: {@link #toString()} never shows them (the
 * JSON of {@link #toJson()} holds them, so treat it as a secret).
 */
public final class TimCallbackReceiverOptions {

  /** Tencent's freshness window for RequestTime (shared/api/callbacks.md §3.1). */
  public static final int DEFAULT_ALLOWED_CLOCK_SKEW_SECONDS = 60;
  /** The largest body read; a Push batch of 100 events is about 40 KB, a group creation with 2000 members 100 KB. */
  public static final int DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
  /** Answer budget: well below Tencent's 2 s deadline, leaving room for the network both ways. */
  public static final int DEFAULT_ANSWER_BUDGET_MILLIS = 1500;
  /** Tencent's deadline: a budget at or above it would let Tencent's timeout policy decide instead of ours. */
  public static final int TENCENT_DEADLINE_MILLIS = 2000;
  public static final CallbackDefault DEFAULT_DEFAULT_DECISION = CallbackDefault.ALLOW;
  /** De-duplication is off unless a window is set. */
  public static final int DEFAULT_DEDUPE_WINDOW_SECONDS = 0;
  public static final int DEFAULT_DEDUPE_MAX_ENTRIES = 100_000;
  public static final boolean DEFAULT_EVENT_BUS_PUBLISH = false;
  public static final boolean DEFAULT_EVENT_BUS_DECIDE = false;
  public static final String DEFAULT_EVENT_BUS_BASE = TimAddresses.DEFAULT_CALLBACK_BASE;
  public static final boolean DEFAULT_ALLOW_UNSIGNED = false;
  public static final boolean DEFAULT_LOG_REJECTIONS = true;

  private long sdkAppId;
  private List<String> tokens = new ArrayList<>();
  private boolean allowUnsigned = DEFAULT_ALLOW_UNSIGNED;
  private int allowedClockSkewSeconds = DEFAULT_ALLOWED_CLOCK_SKEW_SECONDS;
  private int maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
  private int answerBudgetMillis = DEFAULT_ANSWER_BUDGET_MILLIS;
  private CallbackDefault defaultDecision = DEFAULT_DEFAULT_DECISION;
  private int dedupeWindowSeconds = DEFAULT_DEDUPE_WINDOW_SECONDS;
  private int dedupeMaxEntries = DEFAULT_DEDUPE_MAX_ENTRIES;
  private boolean eventBusPublish = DEFAULT_EVENT_BUS_PUBLISH;
  private boolean eventBusDecide = DEFAULT_EVENT_BUS_DECIDE;
  private String eventBusBase = DEFAULT_EVENT_BUS_BASE;
  private boolean logRejections = DEFAULT_LOG_REJECTIONS;

  public TimCallbackReceiverOptions() {
  }

  public TimCallbackReceiverOptions(TimCallbackReceiverOptions other) {
    Objects.requireNonNull(other, "other");
    sdkAppId = other.sdkAppId;
    tokens = new ArrayList<>(other.tokens);
    allowUnsigned = other.allowUnsigned;
    allowedClockSkewSeconds = other.allowedClockSkewSeconds;
    maxBodyBytes = other.maxBodyBytes;
    answerBudgetMillis = other.answerBudgetMillis;
    defaultDecision = other.defaultDecision;
    dedupeWindowSeconds = other.dedupeWindowSeconds;
    dedupeMaxEntries = other.dedupeMaxEntries;
    eventBusPublish = other.eventBusPublish;
    eventBusDecide = other.eventBusDecide;
    eventBusBase = other.eventBusBase;
    logRejections = other.logRejections;
  }

  public TimCallbackReceiverOptions(JsonObject json) {
    Objects.requireNonNull(json, "json");
    if (json.containsKey("sdkAppId")) setSdkAppId(json.getLong("sdkAppId"));
    if (json.containsKey("tokens")) {
      List<String> list = new ArrayList<>();
      for (Object t : json.getJsonArray("tokens")) {
        list.add((String) t);
      }
      setTokens(list);
    }
    if (json.containsKey("allowUnsigned")) setAllowUnsigned(json.getBoolean("allowUnsigned"));
    if (json.containsKey("allowedClockSkewSeconds")) setAllowedClockSkewSeconds(json.getInteger("allowedClockSkewSeconds"));
    if (json.containsKey("maxBodyBytes")) setMaxBodyBytes(json.getInteger("maxBodyBytes"));
    if (json.containsKey("answerBudgetMillis")) setAnswerBudgetMillis(json.getInteger("answerBudgetMillis"));
    if (json.containsKey("defaultDecision")) setDefaultDecision(CallbackDefault.valueOf(json.getString("defaultDecision")));
    if (json.containsKey("dedupeWindowSeconds")) setDedupeWindowSeconds(json.getInteger("dedupeWindowSeconds"));
    if (json.containsKey("dedupeMaxEntries")) setDedupeMaxEntries(json.getInteger("dedupeMaxEntries"));
    if (json.containsKey("eventBusPublish")) setEventBusPublish(json.getBoolean("eventBusPublish"));
    if (json.containsKey("eventBusDecide")) setEventBusDecide(json.getBoolean("eventBusDecide"));
    if (json.containsKey("eventBusBase")) setEventBusBase(json.getString("eventBusBase"));
    if (json.containsKey("logRejections")) setLogRejections(json.getBoolean("logRejections"));
  }

  /** All options as JSON, tokens included: treat the result as a secret. */
  public JsonObject toJson() {
    JsonObject json = new JsonObject()
        .put("tokens", new JsonArray(new ArrayList<>(tokens)))
        .put("allowUnsigned", allowUnsigned)
        .put("allowedClockSkewSeconds", allowedClockSkewSeconds)
        .put("maxBodyBytes", maxBodyBytes)
        .put("answerBudgetMillis", answerBudgetMillis)
        .put("defaultDecision", defaultDecision.name())
        .put("dedupeWindowSeconds", dedupeWindowSeconds)
        .put("dedupeMaxEntries", dedupeMaxEntries)
        .put("eventBusPublish", eventBusPublish)
        .put("eventBusDecide", eventBusDecide)
        .put("eventBusBase", eventBusBase)
        .put("logRejections", logRejections);
    if (sdkAppId > 0) json.put("sdkAppId", sdkAppId);
    return json;
  }

  /** Checks the options together; {@link TimCallbackReceiver#create} calls it. */
  public void validate() {
    if (sdkAppId <= 0) {
      throw new IllegalArgumentException("sdkAppId must be set");
    }
    if (tokens.isEmpty() && !allowUnsigned) {
      throw new IllegalArgumentException("no callback token: set the console's token (setTokens), or "
          + "setAllowUnsigned(true) to accept callbacks without Sign");
    }
  }

  public long getSdkAppId() {
    return sdkAppId;
  }

  /** The app's SDKAppID: a request whose query {@code SdkAppid} differs is refused (403). */
  public TimCallbackReceiverOptions setSdkAppId(long sdkAppId) {
    if (sdkAppId <= 0) {
      throw new IllegalArgumentException("sdkAppId must be > 0, got " + sdkAppId);
    }
    this.sdkAppId = sdkAppId;
    return this;
  }

  /** The tokens accepted, in order; a copy. */
  public List<String> getTokens() {
    return List.copyOf(tokens);
  }

  /**
   * The callback tokens of the console: a Sign made with any of them is accepted, so during a rotation the old and
   * the new token both work. An empty or blank token is refused (its Sign is the SHA-256 of the time alone).
   */
  public TimCallbackReceiverOptions setTokens(List<String> tokens) {
    Objects.requireNonNull(tokens, "tokens");
    List<String> copy = new ArrayList<>(tokens.size());
    for (String t : tokens) {
      if (t == null || t.isBlank()) {
        throw new IllegalArgumentException("a callback token must not be empty");
      }
      copy.add(t);
    }
    this.tokens = copy;
    return this;
  }

  /** Adds one token (see {@link #setTokens}). */
  public TimCallbackReceiverOptions addToken(String token) {
    List<String> copy = new ArrayList<>(tokens);
    copy.add(token);
    return setTokens(copy);
  }

  public boolean isAllowUnsigned() {
    return allowUnsigned;
  }

  /**
   * With no token configured, accept callbacks without Sign/RequestTime (the console's authentication off). Only
   * for a receiver that something else protects; a configured token always requires a valid Sign.
   */
  public TimCallbackReceiverOptions setAllowUnsigned(boolean allowUnsigned) {
    this.allowUnsigned = allowUnsigned;
    return this;
  }

  public int getAllowedClockSkewSeconds() {
    return allowedClockSkewSeconds;
  }

  /** How far RequestTime may be from this host's clock, either way. */
  public TimCallbackReceiverOptions setAllowedClockSkewSeconds(int allowedClockSkewSeconds) {
    if (allowedClockSkewSeconds < 1) {
      throw new IllegalArgumentException("allowedClockSkewSeconds must be >= 1, got " + allowedClockSkewSeconds);
    }
    this.allowedClockSkewSeconds = allowedClockSkewSeconds;
    return this;
  }

  public int getMaxBodyBytes() {
    return maxBodyBytes;
  }

  /** The largest body accepted; a larger one is refused with 413 without being read to the end. */
  public TimCallbackReceiverOptions setMaxBodyBytes(int maxBodyBytes) {
    if (maxBodyBytes < 2) {
      throw new IllegalArgumentException("maxBodyBytes must be >= 2, got " + maxBodyBytes);
    }
    this.maxBodyBytes = maxBodyBytes;
    return this;
  }

  public int getAnswerBudgetMillis() {
    return answerBudgetMillis;
  }

  /**
   * How long a handler (or an event-bus consumer) has to decide, counted from the end of the body; then the
   * {@linkplain #setDefaultDecision default decision} is answered. Below Tencent's 2 s deadline.
   */
  public TimCallbackReceiverOptions setAnswerBudgetMillis(int answerBudgetMillis) {
    if (answerBudgetMillis < 1 || answerBudgetMillis >= TENCENT_DEADLINE_MILLIS) {
      throw new IllegalArgumentException("answerBudgetMillis must be in 1.." + (TENCENT_DEADLINE_MILLIS - 1)
          + " (Tencent waits " + TENCENT_DEADLINE_MILLIS + " ms), got " + answerBudgetMillis);
    }
    this.answerBudgetMillis = answerBudgetMillis;
    return this;
  }

  public CallbackDefault getDefaultDecision() {
    return defaultDecision;
  }

  /** The before-callback answer when the decision is late or failed. */
  public TimCallbackReceiverOptions setDefaultDecision(CallbackDefault defaultDecision) {
    this.defaultDecision = Objects.requireNonNull(defaultDecision, "defaultDecision");
    return this;
  }

  public int getDedupeWindowSeconds() {
    return dedupeWindowSeconds;
  }

  /**
   * How long an after-event is remembered to drop Tencent's repeats of it (0: off). Events are keyed by the
   * fields of the command's registry row ({@code dedupe_key}), or the whole body.
   */
  public TimCallbackReceiverOptions setDedupeWindowSeconds(int dedupeWindowSeconds) {
    if (dedupeWindowSeconds < 0) {
      throw new IllegalArgumentException("dedupeWindowSeconds must be >= 0, got " + dedupeWindowSeconds);
    }
    this.dedupeWindowSeconds = dedupeWindowSeconds;
    return this;
  }

  public int getDedupeMaxEntries() {
    return dedupeMaxEntries;
  }

  /** The most events remembered at once (each costs about 100 bytes); the oldest is forgotten first. */
  public TimCallbackReceiverOptions setDedupeMaxEntries(int dedupeMaxEntries) {
    if (dedupeMaxEntries < 1) {
      throw new IllegalArgumentException("dedupeMaxEntries must be >= 1, got " + dedupeMaxEntries);
    }
    this.dedupeMaxEntries = dedupeMaxEntries;
    return this;
  }

  public boolean isEventBusPublish() {
    return eventBusPublish;
  }

  /** Publish every verified after-event to {@code <eventBusBase>.<Command>} (see docs/callbacks.md). */
  public TimCallbackReceiverOptions setEventBusPublish(boolean eventBusPublish) {
    this.eventBusPublish = eventBusPublish;
    return this;
  }

  public boolean isEventBusDecide() {
    return eventBusDecide;
  }

  /**
   * Let a consumer of {@code <eventBusBase>.<Command>} on any node decide a before-callback that has no local
   * handler (request-reply within the budget; the default decision when none answers).
   */
  public TimCallbackReceiverOptions setEventBusDecide(boolean eventBusDecide) {
    this.eventBusDecide = eventBusDecide;
    return this;
  }

  public String getEventBusBase() {
    return eventBusBase;
  }

  public TimCallbackReceiverOptions setEventBusBase(String eventBusBase) {
    if (eventBusBase == null || eventBusBase.isBlank()) {
      throw new IllegalArgumentException("eventBusBase must not be blank");
    }
    this.eventBusBase = eventBusBase;
    return this;
  }

  public boolean isLogRejections() {
    return logRejections;
  }

  /** Log one WARN line per refused request (off for a tool that prints its own, see rejectionHandler). */
  public TimCallbackReceiverOptions setLogRejections(boolean logRejections) {
    this.logRejections = logRejections;
    return this;
  }

  /** The options without the tokens (their number only). */
  @Override
  public String toString() {
    JsonObject json = toJson();
    json.put("tokens", tokens.size() + " token(s)");
    return "TimCallbackReceiverOptions" + json.encode();
  }
}
