package io.github.vertxtim.cli;

import io.github.vertxtim.Region;
import io.github.vertxtim.TimClientOptions;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Client settings taken from the environment, never from the command line (a secret on the command line ends up
 * in shell history and {@code ps} output).
 *
 * <table>
 *   <tr><td>TIM_SDKAPPID</td><td>required, the app's SDKAppID</td></tr>
 *   <tr><td>TIM_SECRET_KEY / TIM_SECRET_KEY_FILE</td><td>exactly one; the file's content is trimmed</td></tr>
 *   <tr><td>TIM_ADMIN</td><td>the app admin identifier, default {@code administrator}</td></tr>
 *   <tr><td>TIM_REGION</td><td>a {@link Region} name, default CHINA</td></tr>
 *   <tr><td>TIM_ENDPOINT</td><td>a base URL (e.g. an emulator); wins over TIM_REGION</td></tr>
 *   <tr><td>TIM_TIMEOUT_MILLIS</td><td>optional per-attempt deadline, &gt; 3000</td></tr>
 *   <tr><td>TIM_POOL_SIZE</td><td>optional connections per domain</td></tr>
 *   <tr><td>TIM_INSECURE_PLAINTEXT_HTTP</td><td>{@code true} allows plain http to a non-loopback TIM_ENDPOINT</td></tr>
 * </table>
 *
 * Every problem is a {@link CliUsageException} naming the variable; no message ever contains the key.
 */
public final class EnvCredentials {

  public static final String SDKAPPID = "TIM_SDKAPPID";
  public static final String ADMIN = "TIM_ADMIN";
  public static final String SECRET_KEY = "TIM_SECRET_KEY";
  public static final String SECRET_KEY_FILE = "TIM_SECRET_KEY_FILE";
  public static final String REGION = "TIM_REGION";
  public static final String ENDPOINT = "TIM_ENDPOINT";
  public static final String TIMEOUT_MILLIS = "TIM_TIMEOUT_MILLIS";
  public static final String POOL_SIZE = "TIM_POOL_SIZE";
  /** {@code true} allows plain http to a non-loopback TIM_ENDPOINT (the usersig then travels in clear text). */
  public static final String INSECURE_PLAINTEXT_HTTP = "TIM_INSECURE_PLAINTEXT_HTTP";
  /** The console's callback token (tim callbacks), or a file that holds it. */
  public static final String CALLBACK_TOKEN = "TIM_CALLBACK_TOKEN";
  public static final String CALLBACK_TOKEN_FILE = "TIM_CALLBACK_TOKEN_FILE";

  private final TimClientOptions options;
  private final String keySource;

  /** The variables that say where calls go and as whom. */
  static List<String> connectionVariables() {
    return List.of(SDKAPPID, ADMIN, SECRET_KEY, SECRET_KEY_FILE, REGION, ENDPOINT);
  }

  private EnvCredentials(TimClientOptions options, String keySource) {
    this.options = options;
    this.keySource = keySource;
  }

  /** Reads the settings from {@code env} (the process environment, or a map in tests). */
  public static EnvCredentials load(Map<String, String> env) {
    Objects.requireNonNull(env, "env");
    TimClientOptions options = new TimClientOptions();

    String sdkAppId = get(env, SDKAPPID);
    if (sdkAppId == null) {
      throw new CliUsageException(SDKAPPID + " is not set: export " + SDKAPPID
          + "=<the app's SDKAppID from the Chat console>");
    }
    options.setSdkAppId(positiveLong(SDKAPPID, sdkAppId));

    String admin = get(env, ADMIN);
    if (admin != null) {
      options.setAdminIdentifier(admin);
    }

    String key = get(env, SECRET_KEY);
    String keyFile = get(env, SECRET_KEY_FILE);
    String keySource;
    if (key != null && keyFile != null) {
      throw new CliUsageException("both " + SECRET_KEY + " and " + SECRET_KEY_FILE + " are set; set only one");
    } else if (key != null) {
      options.setSecretKey(key);
      keySource = SECRET_KEY;
    } else if (keyFile != null) {
      options.setSecretKey(readSecretFile(SECRET_KEY_FILE, keyFile));
      keySource = SECRET_KEY_FILE + " (" + keyFile + ")";
    } else {
      throw new CliUsageException("no secret key: set " + SECRET_KEY + " to the app's key, or " + SECRET_KEY_FILE
          + " to a file that holds it");
    }

    String region = get(env, REGION);
    if (region != null) {
      try {
        options.setRegion(Region.parse(region));
      } catch (IllegalArgumentException e) {
        throw new CliUsageException(REGION + ": " + e.getMessage());
      }
    }

    String endpoint = get(env, ENDPOINT);
    if (endpoint != null) {
      try {
        options.setEndpoint(endpoint);
      } catch (IllegalArgumentException e) {
        throw new CliUsageException(ENDPOINT + ": " + e.getMessage());
      }
      boolean insecure = "true".equalsIgnoreCase(get(env, INSECURE_PLAINTEXT_HTTP));
      String host = URI.create(endpoint).getHost();
      if (endpoint.regionMatches(true, 0, "http:", 0, 5) && !isLoopback(host) && !insecure) {
        throw new CliUsageException(ENDPOINT + "=" + endpoint + ": plain http to " + host + " would send the usersig "
            + "in clear text; use https, a loopback address (127.0.0.1, localhost), or export "
            + INSECURE_PLAINTEXT_HTTP + "=true to accept the risk");
      }
      options.setInsecurePlaintextHttp(insecure);
    }

    String timeout = get(env, TIMEOUT_MILLIS);
    if (timeout != null) {
      try {
        options.setTimeoutMillis(parseInt(TIMEOUT_MILLIS, timeout));
      } catch (IllegalArgumentException e) {
        throw new CliUsageException(TIMEOUT_MILLIS + ": " + e.getMessage());
      }
    }

    String poolSize = get(env, POOL_SIZE);
    if (poolSize != null) {
      try {
        options.setPoolSize(parseInt(POOL_SIZE, poolSize));
      } catch (IllegalArgumentException e) {
        throw new CliUsageException(POOL_SIZE + ": " + e.getMessage());
      }
    }
    return new EnvCredentials(options, keySource);
  }

  /** The client options (a copy); it holds the secret key, so never print {@code toJson()}. */
  public TimClientOptions options() {
    return new TimClientOptions(options);
  }

  /** The secret key, for redaction of anything printed. */
  String secretKey() {
    return options.getSecretKey();
  }

  /** Where the key came from, e.g. {@code TIM_SECRET_KEY_FILE (/run/secrets/tim)}; never the key itself. */
  public String keySource() {
    return keySource;
  }

  /** Where calls go: the endpoint URL, or the region and its domain. */
  public String target() {
    return options.getEndpoint() != null ? options.getEndpoint()
        : "https://" + options.getRegion().host() + " (region " + options.getRegion() + ")";
  }

  /** A one-line description without secrets. */
  @Override
  public String toString() {
    return "sdkappid=" + options.getSdkAppId() + " admin=" + options.getAdminIdentifier() + " target=" + target()
        + " key from " + keySource + " timeout=" + options.getTimeoutMillis() + "ms pool=" + options.getPoolSize();
  }

  /** Decided from the text alone, without DNS: a name that merely resolves to 127.0.0.1 does not count. */
  static boolean isLoopback(String host) {
    if (host == null) {
      return false;
    }
    String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    h = h.toLowerCase(Locale.ROOT);
    return h.equals("localhost") || h.equals("::1") || h.equals("0:0:0:0:0:0:0:1")
        || h.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
  }

  private static String get(Map<String, String> env, String name) {
    String v = env.get(name);
    if (v == null) {
      return null;
    }
    v = v.trim();
    return v.isEmpty() ? null : v;
  }

  private static long positiveLong(String name, String value) {
    try {
      long n = Long.parseLong(value);
      if (n > 0) {
        return n;
      }
    } catch (NumberFormatException ignored) {
      // reported below
    }
    throw new CliUsageException(name + " must be a positive number, got '" + value + "'");
  }

  private static int parseInt(String name, String value) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new CliUsageException(name + " must be an integer, got '" + value + "'");
    }
  }

  private static String readSecretFile(String variable, String file) {
    String key;
    try {
      key = Files.readString(Path.of(file), StandardCharsets.UTF_8).trim();
    } catch (IOException | RuntimeException e) {
      // The message names the file and the failure kind only, never content.
      throw new CliUsageException(variable + ": cannot read " + file + " (" + e.getClass().getSimpleName() + ")");
    }
    if (key.isEmpty()) {
      throw new CliUsageException(variable + ": " + file + " is empty");
    }
    return key;
  }

  /** The SDKAppID alone (TIM_SDKAPPID), for the commands that need no secret key. */
  static long sdkAppId(Map<String, String> env) {
    String sdkAppId = get(env, SDKAPPID);
    if (sdkAppId == null) {
      throw new CliUsageException(SDKAPPID + " is not set: export " + SDKAPPID
          + "=<the app's SDKAppID from the Chat console>");
    }
    return positiveLong(SDKAPPID, sdkAppId);
  }

  /**
   * The callback token from TIM_CALLBACK_TOKEN or TIM_CALLBACK_TOKEN_FILE (exactly one), or null when neither is
   * set; like the secret key it never comes from the command line.
   */
  static String callbackToken(Map<String, String> env) {
    String token = get(env, CALLBACK_TOKEN);
    String file = get(env, CALLBACK_TOKEN_FILE);
    if (token != null && file != null) {
      throw new CliUsageException("both " + CALLBACK_TOKEN + " and " + CALLBACK_TOKEN_FILE + " are set; set only one");
    }
    return token != null ? token : file != null ? readSecretFile(CALLBACK_TOKEN_FILE, file) : null;
  }
}
