package io.github.vertxtim.emulator;

import io.github.vertxtim.registry.CallbackCommand;
import io.github.vertxtim.registry.CallbackRegistry;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * How a {@link TimEmulator} calls the app's backend the way Tencent does (shared/api/callbacks.md): the callback
 * URL (none: no callbacks), the token that signs them (none: no {@code Sign}/{@code RequestTime}), the commands
 * ticked in the console (empty: all), the answer deadline and what a late or failed before-callback means.
 * {@link #toString()} never shows the token.
 */
public class EmulatorCallbackOptions {

  /** What a before-callback that timed out, failed or did not answer JSON decides. */
  public enum TimeoutPolicy {
    /** The action proceeds: Tencent's documented default. */
    ALLOW,
    /** The action is refused, as with the console's "reject on timeout". */
    REJECT
  }

  /** Tencent waits at most 2 s for every callback (§4). */
  public static final long DEFAULT_ANSWER_TIMEOUT_MILLIS = 2_000;
  public static final TimeoutPolicy DEFAULT_TIMEOUT_POLICY = TimeoutPolicy.ALLOW;
  /** Each after-callback is sent once; more copies let users test their de-duplication. */
  public static final int DEFAULT_REPEAT = 1;
  /** The console's "retry on timeout" for after-callbacks is off by default. */
  public static final boolean DEFAULT_RETRY_ON_TIMEOUT = false;
  /** Callbacks waiting for their answer at once; past it after-callbacks are dropped and counted. */
  public static final int DEFAULT_MAX_IN_FLIGHT = 256;

  private String url;
  private String token;
  private Set<String> commands = new LinkedHashSet<>();
  private long answerTimeoutMillis = DEFAULT_ANSWER_TIMEOUT_MILLIS;
  private TimeoutPolicy timeoutPolicy = DEFAULT_TIMEOUT_POLICY;
  private int repeat = DEFAULT_REPEAT;
  private boolean retryOnTimeout = DEFAULT_RETRY_ON_TIMEOUT;
  private int maxInFlight = DEFAULT_MAX_IN_FLIGHT;

  public EmulatorCallbackOptions() {
  }

  public EmulatorCallbackOptions(EmulatorCallbackOptions other) {
    Objects.requireNonNull(other, "other");
    url = other.url;
    token = other.token;
    commands = new LinkedHashSet<>(other.commands);
    answerTimeoutMillis = other.answerTimeoutMillis;
    timeoutPolicy = other.timeoutPolicy;
    repeat = other.repeat;
    retryOnTimeout = other.retryOnTimeout;
    maxInFlight = other.maxInFlight;
  }

  public EmulatorCallbackOptions(JsonObject json) {
    if (json.containsKey("url")) setUrl(json.getString("url"));
    if (json.containsKey("token")) setToken(json.getString("token"));
    if (json.containsKey("commands")) {
      setCommands(json.getJsonArray("commands").stream().map(String.class::cast).toList());
    }
    if (json.containsKey("answerTimeoutMillis")) setAnswerTimeoutMillis(json.getLong("answerTimeoutMillis"));
    if (json.containsKey("timeoutPolicy")) setTimeoutPolicy(TimeoutPolicy.valueOf(json.getString("timeoutPolicy")));
    if (json.containsKey("repeat")) setRepeat(json.getInteger("repeat"));
    if (json.containsKey("retryOnTimeout")) setRetryOnTimeout(json.getBoolean("retryOnTimeout"));
    if (json.containsKey("maxInFlight")) setMaxInFlight(json.getInteger("maxInFlight"));
  }

  /** All options as JSON, token included (absent when none). */
  public JsonObject toJson() {
    JsonObject json = new JsonObject();
    if (url != null) json.put("url", url);
    if (token != null) json.put("token", token);
    return json.put("commands", new JsonArray(List.copyOf(commands)))
        .put("answerTimeoutMillis", answerTimeoutMillis).put("timeoutPolicy", timeoutPolicy.name())
        .put("repeat", repeat).put("retryOnTimeout", retryOnTimeout).put("maxInFlight", maxInFlight);
  }

  public String getUrl() {
    return url;
  }

  /** The app's callback URL (http or https); null (the default) sends no callbacks. */
  public EmulatorCallbackOptions setUrl(String url) {
    if (url != null && !url.startsWith("http://") && !url.startsWith("https://")) {
      throw new IllegalArgumentException("the callback URL must start with http:// or https://");
    }
    this.url = url;
    return this;
  }

  /** Whether a URL is set. */
  public boolean isEnabled() {
    return url != null;
  }

  public String getToken() {
    return token;
  }

  /** The console's authentication token; null (the default) sends no Sign/RequestTime. */
  public EmulatorCallbackOptions setToken(String token) {
    if (token != null && token.isEmpty()) {
      throw new IllegalArgumentException("the callback token must not be empty");
    }
    this.token = token;
    return this;
  }

  /** The commands ticked in the console; empty: all of them. */
  public Set<String> getCommands() {
    return Set.copyOf(commands);
  }

  /**
   * Ticks only these commands (as sent in {@code CallbackCommand}); an empty collection ticks all.
   *
   * @throws IllegalArgumentException for a name the callback registry does not know, listing the valid ones
   */
  public EmulatorCallbackOptions setCommands(Collection<String> commands) {
    Objects.requireNonNull(commands, "commands");
    CallbackRegistry registry = CallbackRegistry.defaultRegistry();
    LinkedHashSet<String> set = new LinkedHashSet<>();
    for (String c : commands) {
      if (registry.find(c).isEmpty()) {
        Set<String> valid = new TreeSet<>();
        registry.commands().stream().map(CallbackCommand::command).forEach(valid::add);
        throw new IllegalArgumentException("unknown callback command '" + c + "'; valid: " + String.join(", ", valid));
      }
      set.add(c);
    }
    this.commands = set;
    return this;
  }

  /** Whether {@code command} is ticked. */
  public boolean isCommandEnabled(String command) {
    return commands.isEmpty() || commands.contains(command);
  }

  public long getAnswerTimeoutMillis() {
    return answerTimeoutMillis;
  }

  /** How long a callback's answer is waited for; 2000 (Tencent's deadline) unless a test wants less. */
  public EmulatorCallbackOptions setAnswerTimeoutMillis(long answerTimeoutMillis) {
    if (answerTimeoutMillis <= 0) {
      throw new IllegalArgumentException("answerTimeoutMillis must be > 0, got " + answerTimeoutMillis);
    }
    this.answerTimeoutMillis = answerTimeoutMillis;
    return this;
  }

  public TimeoutPolicy getTimeoutPolicy() {
    return timeoutPolicy;
  }

  /** What a before-callback without a usable answer decides; ALLOW by default. */
  public EmulatorCallbackOptions setTimeoutPolicy(TimeoutPolicy timeoutPolicy) {
    this.timeoutPolicy = Objects.requireNonNull(timeoutPolicy, "timeoutPolicy");
    return this;
  }

  public int getRepeat() {
    return repeat;
  }

  /** How many copies of each after-callback are sent (1..10); more than 1 tests a receiver's de-duplication. */
  public EmulatorCallbackOptions setRepeat(int repeat) {
    if (repeat < 1 || repeat > 10) throw new IllegalArgumentException("repeat must be 1..10, got " + repeat);
    this.repeat = repeat;
    return this;
  }

  public boolean isRetryOnTimeout() {
    return retryOnTimeout;
  }

  /** Sends an after-callback once more when it failed or timed out (the console option); before-callbacks never. */
  public EmulatorCallbackOptions setRetryOnTimeout(boolean retryOnTimeout) {
    this.retryOnTimeout = retryOnTimeout;
    return this;
  }

  public int getMaxInFlight() {
    return maxInFlight;
  }

  /**
   * Callbacks awaiting their answer at once. When full, an after-callback is dropped (and counted) and a
   * before-callback is decided by the timeout policy at once: a slow backend never holds the emulator.
   */
  public EmulatorCallbackOptions setMaxInFlight(int maxInFlight) {
    if (maxInFlight < 1) throw new IllegalArgumentException("maxInFlight must be >= 1, got " + maxInFlight);
    this.maxInFlight = maxInFlight;
    return this;
  }

  @Override
  public String toString() {
    JsonObject json = toJson();
    if (json.containsKey("token")) {
      json.put("token", "***");
    }
    return "EmulatorCallbackOptions" + json.encode();
  }
}
