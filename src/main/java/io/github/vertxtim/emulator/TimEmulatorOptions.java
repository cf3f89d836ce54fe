package io.github.vertxtim.emulator;

import io.github.vertxtim.registry.EndpointRegistry;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.security.SecureRandom;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Options of a {@link TimEmulator}. {@link #toString()} never shows the secret key or the callback token. */
public class TimEmulatorOptions {

  public static final String DEFAULT_HOST = "127.0.0.1";
  public static final int DEFAULT_PORT = 0;
  public static final long DEFAULT_SDK_APP_ID = 1_400_000_000L;
  public static final String DEFAULT_ADMIN_IDENTIFIER = "administrator";
  public static final boolean DEFAULT_RATE_LIMIT_ENABLED = true;
  private static final String PROFILE_CUSTOM_PREFIX = "Tag_Profile_Custom_";

  private String host = DEFAULT_HOST;
  private int port = DEFAULT_PORT;
  private long sdkAppId = DEFAULT_SDK_APP_ID;
  private String adminIdentifier = DEFAULT_ADMIN_IDENTIFIER;
  private String secretKey = randomKey();
  private boolean rateLimitEnabled = DEFAULT_RATE_LIMIT_ENABLED;
  private Map<String, Double> rateOverrides = new HashMap<>();
  private EmulatorFaults faults = EmulatorFaults.NONE;
  private long randomSeed = System.nanoTime();
  private EndpointRegistry registry = EndpointRegistry.defaultRegistry();
  private EnumSet<EmulatorFeature> disabledFeatures = EnumSet.noneOf(EmulatorFeature.class);
  private EnumMap<EmulatorLimit, Long> limits = new EnumMap<>(EmulatorLimit.class);
  /** Declared custom profile fields (Tag_Profile_Custom_ names); empty: any custom field is accepted. */
  private Set<String> profileCustomFields = new LinkedHashSet<>();
  /** Callbacks to the app's backend; none unless a URL is set. */
  private EmulatorCallbackOptions callbacks = new EmulatorCallbackOptions();

  public TimEmulatorOptions() {
  }

  public TimEmulatorOptions(TimEmulatorOptions other) {
    Objects.requireNonNull(other, "other");
    host = other.host;
    port = other.port;
    sdkAppId = other.sdkAppId;
    adminIdentifier = other.adminIdentifier;
    secretKey = other.secretKey;
    rateLimitEnabled = other.rateLimitEnabled;
    rateOverrides = new HashMap<>(other.rateOverrides);
    faults = other.faults;
    randomSeed = other.randomSeed;
    registry = other.registry;
    disabledFeatures = EnumSet.copyOf(other.disabledFeatures);
    limits = new EnumMap<>(other.limits);
    profileCustomFields = new LinkedHashSet<>(other.profileCustomFields);
    callbacks = new EmulatorCallbackOptions(other.callbacks);
  }

  public TimEmulatorOptions(JsonObject json) {
    if (json.containsKey("host")) setHost(json.getString("host"));
    if (json.containsKey("port")) setPort(json.getInteger("port"));
    if (json.containsKey("sdkAppId")) setSdkAppId(json.getLong("sdkAppId"));
    if (json.containsKey("adminIdentifier")) setAdminIdentifier(json.getString("adminIdentifier"));
    if (json.containsKey("secretKey")) setSecretKey(json.getString("secretKey"));
    if (json.containsKey("rateLimitEnabled")) setRateLimitEnabled(json.getBoolean("rateLimitEnabled"));
    if (json.containsKey("rateOverrides")) {
      json.getJsonObject("rateOverrides").forEach(e -> setRate(e.getKey(), ((Number) e.getValue()).doubleValue()));
    }
    if (json.containsKey("faults")) setFaults(EmulatorFaults.fromJson(json.getJsonObject("faults")));
    if (json.containsKey("randomSeed")) setRandomSeed(json.getLong("randomSeed"));
    if (json.containsKey("disabledFeatures")) {
      json.getJsonArray("disabledFeatures").forEach(f -> setFeatureEnabled(EmulatorFeature.valueOf((String) f), false));
    }
    if (json.containsKey("limits")) {
      json.getJsonObject("limits").forEach(e ->
          setLimit(EmulatorLimit.valueOf(e.getKey()), ((Number) e.getValue()).longValue()));
    }
    if (json.containsKey("profileCustomFields")) {
      setProfileCustomFields(json.getJsonArray("profileCustomFields").stream().map(String.class::cast).toList());
    }
    if (json.containsKey("callbacks")) setCallbacks(new EmulatorCallbackOptions(json.getJsonObject("callbacks")));
  }

  /** All options as JSON, secret key and callback token included. */
  public JsonObject toJson() {
    JsonObject rates = new JsonObject();
    rateOverrides.forEach(rates::put);
    return new JsonObject().put("host", host).put("port", port).put("sdkAppId", sdkAppId)
        .put("adminIdentifier", adminIdentifier).put("secretKey", secretKey)
        .put("rateLimitEnabled", rateLimitEnabled).put("rateOverrides", rates)
        .put("faults", faults.toJson()).put("randomSeed", randomSeed)
        .put("disabledFeatures", new JsonArray(disabledFeatures.stream().map(Enum::name).toList()))
        .put("limits", limitsJson())
        .put("profileCustomFields", new JsonArray(List.copyOf(profileCustomFields)))
        .put("callbacks", callbacks.toJson());
  }

  private JsonObject limitsJson() {
    JsonObject json = new JsonObject();
    limits.forEach((limit, value) -> json.put(limit.name(), value));
    return json;
  }

  /** A fresh 64-character lowercase hex key, the console's format. */
  public static String randomKey() {
    byte[] b = new byte[32];
    new SecureRandom().nextBytes(b);
    return HexFormat.of().formatHex(b);
  }

  public String getHost() {
    return host;
  }

  /** The address to bind; loopback by default. */
  public TimEmulatorOptions setHost(String host) {
    this.host = Objects.requireNonNull(host, "host");
    return this;
  }

  public int getPort() {
    return port;
  }

  /** The port to bind; 0 picks a free one. */
  public TimEmulatorOptions setPort(int port) {
    if (port < 0 || port > 65535) throw new IllegalArgumentException("port must be 0..65535, got " + port);
    this.port = port;
    return this;
  }

  public long getSdkAppId() {
    return sdkAppId;
  }

  public TimEmulatorOptions setSdkAppId(long sdkAppId) {
    if (sdkAppId <= 0) throw new IllegalArgumentException("sdkAppId must be > 0, got " + sdkAppId);
    this.sdkAppId = sdkAppId;
    return this;
  }

  public String getAdminIdentifier() {
    return adminIdentifier;
  }

  /** The one app admin account; requests with another identifier get 60010. */
  public TimEmulatorOptions setAdminIdentifier(String adminIdentifier) {
    if (adminIdentifier == null || adminIdentifier.isEmpty()) {
      throw new IllegalArgumentException("adminIdentifier must not be empty");
    }
    this.adminIdentifier = adminIdentifier;
    return this;
  }

  public String getSecretKey() {
    return secretKey;
  }

  /** The app's secret key that usersigs are verified with; a random one unless set. */
  public TimEmulatorOptions setSecretKey(String secretKey) {
    if (secretKey == null || secretKey.isEmpty()) throw new IllegalArgumentException("secretKey must not be empty");
    this.secretKey = secretKey;
    return this;
  }

  public boolean isRateLimitEnabled() {
    return rateLimitEnabled;
  }

  /** Whether per-endpoint call-frequency limits (60007) are enforced. */
  public TimEmulatorOptions setRateLimitEnabled(boolean rateLimitEnabled) {
    this.rateLimitEnabled = rateLimitEnabled;
    return this;
  }

  public Map<String, Double> getRateOverrides() {
    return rateOverrides;
  }

  /** Overrides the per-second quota of {@code service/command} (the app bought more, or a test wants less). */
  public TimEmulatorOptions setRate(String path, double perSecond) {
    if (!(perSecond > 0)) throw new IllegalArgumentException("rate must be > 0, got " + perSecond);
    rateOverrides.put(path, perSecond);
    return this;
  }

  public EmulatorFaults getFaults() {
    return faults;
  }

  public TimEmulatorOptions setFaults(EmulatorFaults faults) {
    this.faults = Objects.requireNonNull(faults, "faults");
    return this;
  }

  public long getRandomSeed() {
    return randomSeed;
  }

  /** Seed of the fault draws, for reproducible failure tests. */
  public TimEmulatorOptions setRandomSeed(long randomSeed) {
    this.randomSeed = randomSeed;
    return this;
  }

  public EndpointRegistry getRegistry() {
    return registry;
  }

  /** The endpoints the emulator knows; the default registry unless a test adds some. */
  public TimEmulatorOptions setRegistry(EndpointRegistry registry) {
    this.registry = Objects.requireNonNull(registry, "registry");
    return this;
  }

  public boolean isFeatureEnabled(EmulatorFeature feature) {
    return !disabledFeatures.contains(Objects.requireNonNull(feature, "feature"));
  }

  /** Switches a console feature on (the default) or off; when off, its endpoints answer its "not enabled" code. */
  public TimEmulatorOptions setFeatureEnabled(EmulatorFeature feature, boolean enabled) {
    Objects.requireNonNull(feature, "feature");
    if (enabled) {
      disabledFeatures.remove(feature);
    } else {
      disabledFeatures.add(feature);
    }
    return this;
  }

  /** The features switched off (a copy). */
  public Set<EmulatorFeature> getDisabledFeatures() {
    return disabledFeatures.isEmpty() ? Set.of() : Set.copyOf(disabledFeatures);
  }

  /** The value of {@code limit}: the one set, else its documented default. */
  public long getLimit(EmulatorLimit limit) {
    return limits.getOrDefault(Objects.requireNonNull(limit, "limit"), limit.defaultValue());
  }

  /** Overrides a per-app or per-edition limit (a test wants a smaller one, or the app bought a bigger one). */
  public TimEmulatorOptions setLimit(EmulatorLimit limit, long value) {
    Objects.requireNonNull(limit, "limit");
    if (value < 0) throw new IllegalArgumentException(limit + " must be >= 0, got " + value);
    limits.put(limit, value);
    return this;
  }

  /**
   * The app's custom profile fields, as declared in the console: with none declared (the default) any
   * {@code Tag_Profile_Custom_*} field is accepted; once some are, portrait_set and portrait_get answer 40009 for
   * the others. Names may be given with or without the {@code Tag_Profile_Custom_} prefix.
   */
  public TimEmulatorOptions setProfileCustomFields(Collection<String> names) {
    Objects.requireNonNull(names, "names");
    LinkedHashSet<String> tags = new LinkedHashSet<>();
    for (String name : names) {
      Objects.requireNonNull(name, "name");
      String tag = name.startsWith(PROFILE_CUSTOM_PREFIX) ? name : PROFILE_CUSTOM_PREFIX + name;
      if (tag.length() == PROFILE_CUSTOM_PREFIX.length()) {
        throw new IllegalArgumentException("a custom profile field needs a name after " + PROFILE_CUSTOM_PREFIX);
      }
      tags.add(tag);
    }
    profileCustomFields = tags;
    return this;
  }

  /** The declared custom profile fields as full tags ({@code Tag_Profile_Custom_Hobby}); empty: any is accepted. */
  public Set<String> getProfileCustomFields() {
    return Set.copyOf(profileCustomFields);
  }

  public EmulatorCallbackOptions getCallbacks() {
    return callbacks;
  }

  /** How the emulator calls the app's backend as Tencent does (docs/emulator.md, "Callbacks"); off by default. */
  public TimEmulatorOptions setCallbacks(EmulatorCallbackOptions callbacks) {
    this.callbacks = Objects.requireNonNull(callbacks, "callbacks");
    return this;
  }

  @Override
  public String toString() {
    JsonObject json = toJson().put("secretKey", "***");
    JsonObject cb = json.getJsonObject("callbacks");
    if (cb.containsKey("token")) {
      cb.put("token", "***");
    }
    return "TimEmulatorOptions" + json.encode();
  }
}
