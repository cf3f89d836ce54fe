package io.github.vertxtim.cli;

import io.github.vertxtim.eventbus.TimAdminOptions;
import io.github.vertxtim.eventbus.TimAdminVerticle;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.internal.VertxInternal;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;

/**
 * {@code tim serve}: runs {@link TimAdminVerticle} standalone until Ctrl-C / SIGTERM, optionally as a node of a
 * Hazelcast cluster. The config file is the verticle's JSON ({@link TimAdminOptions}: the client's keys, the address
 * and the verticle's keys); the secret key is read from it, or from {@code TIM_SECRET_KEY} / {@code TIM_SECRET_KEY_FILE}
 * when the file has none, never from the command line. Stopping undeploys first, so what the node already took is
 * answered before it leaves.
 */
@Command(name = "serve",
    mixinStandardHelpOptions = true,
    description = {
        "Runs the admin verticle: serves TIM admin requests on the event bus until stopped with Ctrl-C.",
        "--conf FILE is the verticle's JSON: the client options (timeoutMillis, poolSize, ...), \"address\"",
        "(default tim.admin.v1) and the verticle's options. Where calls go and as whom comes from the environment,",
        "as for every tim command (TIM_SDKAPPID, TIM_ADMIN, TIM_SECRET_KEY or TIM_SECRET_KEY_FILE, TIM_REGION or",
        "TIM_ENDPOINT); a variable that is set wins over the file's key, and the file's key serves when it is not.",
        "With --cluster the process joins a Hazelcast cluster: requesters on every node reach it, and all nodes",
        "share the app's quota."},
    sortOptions = false)
public final class ServeCommand implements Callable<Integer> {

  /** The {@code tim} command this one runs under; null when run on its own. */
  @ParentCommand
  TimCli root;

  @Spec
  CommandSpec spec;

  @Option(names = "--conf", required = true, paramLabel = "FILE",
      description = "The verticle's JSON config (client options, address, verticle options).")
  Path conf;

  @Option(names = "--instances", defaultValue = "1", paramLabel = "N",
      description = "Verticle instances (default: ${DEFAULT-VALUE}).")
  int instances;

  @Option(names = "--cluster", description = "Join a Hazelcast cluster (Hazelcast's cluster.xml, or"
      + " -Dvertx.hazelcast.config, or multicast by default; see the --cluster-* options).")
  boolean cluster;

  @Option(names = "--cluster-host", paramLabel = "IP",
      description = "This node's address for the event bus and Hazelcast, e.g. 127.0.0.1.")
  String clusterHost;

  @Option(names = "--cluster-port", defaultValue = "0", paramLabel = "PORT",
      description = "Event-bus port; 0 picks a free one (default: ${DEFAULT-VALUE}).")
  int clusterPort;

  @Option(names = "--cluster-members", split = ",", paramLabel = "IP[:PORT]",
      description = "Join by TCP/IP with these members instead of the configured join, e.g. 127.0.0.1.")
  List<String> clusterMembers;

  @Option(names = "--cluster-name", paramLabel = "NAME", description = "Hazelcast cluster name (default: the config's).")
  String clusterName;

  @Option(names = "--http-port", paramLabel = "PORT",
      description = "Serve GET /metrics (Prometheus text) and GET /health (JSON; 200 or 503) on this port; 0 picks a"
          + " free one. Also the \"httpPort\" key of --conf. Default: none.")
  Integer httpPort;

  @Option(names = "--http-host", paramLabel = "IP",
      description = "Address of the --http-port server (also the \"httpHost\" key; default: 127.0.0.1).")
  String httpHost;

  /** The keys of the config file that are tim serve's own, not the verticle's. */
  static final String HTTP_PORT_KEY = "httpPort";
  static final String HTTP_HOST_KEY = "httpHost";
  static final String DEFAULT_HTTP_HOST = "127.0.0.1";

  private final CompletableFuture<Void> ownStop = new CompletableFuture<>();

  public ServeCommand() {
  }

  @Override
  public Integer call() {
    if (instances <= 0) {
      throw new CliUsageException("--instances must be > 0, got " + instances);
    }
    if (!cluster && (clusterMembers != null || clusterHost != null || clusterName != null || clusterPort != 0)) {
      throw new CliUsageException("--cluster-members, --cluster-host, --cluster-port and --cluster-name need --cluster");
    }
    TimAdminOptions options = options();
    if (httpPort != null && (httpPort < 0 || httpPort > 65535)) {
      throw new CliUsageException("--http-port must be 0..65535, got " + httpPort);
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Vertx vertx = cluster ? Clustering.start(clusterHost, clusterPort, clusterMembers, clusterName) : Vertx.vertx();
    StopHook hook = null;
    try {
      ObservabilityServer http = null;
      ServeHealth health = null;
      if (httpPort != null) {
        health = new ServeHealth(vertx, options.getClientOptions());
        http = new ObservabilityServer(health::check);
        // the verticle's client and the verticle itself record into the registry /metrics scrapes
        options.getClientOptions().getMetricsOptions().setMeterRegistry(http.registry());
      }
      String deployment;
      try {
        // instances made from the options object, not its JSON: a programmatic meter registry is not in the JSON
        deployment = vertx.deployVerticle(() -> new TimAdminVerticle(options),
            new DeploymentOptions().setInstances(instances)).await();
      } catch (RuntimeException e) {
        throw new IllegalStateException("cannot start the admin verticle: " + e.getMessage(), e);
      }
      if (http != null) {
        health.deployed(deployment);
        String host = httpHost != null ? httpHost : DEFAULT_HTTP_HOST;
        int bound;
        try {
          bound = http.start(vertx, host, httpPort).await();
        } catch (Exception e) {
          throw new IllegalStateException("cannot listen on " + host + ":" + httpPort + " (--http-port): " + e, e);
        }
        err.println("tim: metrics on http://" + host + ":" + bound + "/metrics, health on http://" + host + ":"
            + bound + "/health");
        err.flush();
      }
      hook = root != null ? StopHook.install(root, options.getDrainTimeoutMillis() + 5000L, "tim-serve-shutdown")
          : null;
      StringBuilder line = new StringBuilder("tim serve: serving ").append(options.getAddress()).append(" with ")
          .append(instances).append(instances == 1 ? " instance" : " instances");
      line.append(", calls to ").append(target(options.getClientOptions()));
      if (vertx.isClustered()) {
        VertxInternal internal = (VertxInternal) vertx;
        int nodes = internal.clusterManager().getNodes().size();
        line.append(", clustered as node ").append(internal.clusterManager().getNodeId()).append(" (")
            .append(nodes).append(nodes == 1 ? " node)" : " nodes)");
      }
      out.println(line);
      out.flush();
      err.println("tim: Ctrl-C to stop");
      err.flush();

      stopSignal().join();
      err.println("tim: stopping: answering what this node already took, then leaving");
      err.flush();
      if (health != null) {
        health.deployed(null);
      }
      vertx.undeploy(deployment).await();
      return ExitCodes.OK;
    } finally {
      try {
        vertx.close().await();
      } catch (RuntimeException ignored) {
        // leaving anyway
      }
      if (hook != null) {
        hook.close();
      }
    }
  }

  private CompletableFuture<Void> stopSignal() {
    return root != null ? root.stopSignal() : ownStop;
  }

  /** Ends a running serve (what SIGTERM does). */
  public void stop() {
    if (root != null) {
      root.stop();
    }
    ownStop.complete(null);
  }

  private Map<String, String> env() {
    return root != null ? root.env() : System.getenv();
  }

  /** The options from the file, with the secret key from the environment when the file has none. */
  TimAdminOptions options() {
    String text;
    try {
      text = Files.readString(conf, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new CliUsageException("--conf: no such file: " + conf);
    } catch (IOException | RuntimeException e) {
      throw new CliUsageException("--conf: cannot read " + conf + " (" + e.getClass().getSimpleName() + ")");
    }
    JsonObject json;
    try {
      json = new JsonObject(text);
    } catch (DecodeException e) {
      // The decoder's message may quote the file, which may hold the key: say where, not what.
      throw new CliUsageException("--conf: " + conf + " is not a JSON object");
    }
    // the defaults leave the unset keys out; the template names them with their types
    JsonObject template = new TimAdminOptions().toJson().put("sdkAppId", 1L).put("secretKey", "").put("endpoint", "")
        .put(HTTP_PORT_KEY, 0).put(HTTP_HOST_KEY, "");
    ConfFile.check("--conf " + conf, json, template);
    // tim serve's own keys: the command line wins over the file
    Object filePort = json.remove(HTTP_PORT_KEY);
    Object fileHost = json.remove(HTTP_HOST_KEY);
    if (httpPort == null && filePort instanceof Number n) {
      httpPort = n.intValue();
    }
    if (httpHost == null && fileHost instanceof String h) {
      httpHost = h;
    }
    applyEnvironment(json);
    TimAdminOptions options;
    try {
      options = new TimAdminOptions(json);
      options.getClientOptions().validate();
    } catch (IllegalArgumentException | ClassCastException e) {
      throw new CliUsageException("--conf " + conf + ": " + e.getMessage());
    }
    return options;
  }

  /**
   * The environment's connection settings over the file's: each TIM_* variable that is set replaces its key
   * (TIM_REGION or TIM_ENDPOINT replace both region and endpoint); the file's keys serve where none is set.
   */
  private void applyEnvironment(JsonObject json) {
    Map<String, String> env = env();
    boolean anySet = EnvCredentials.connectionVariables().stream().anyMatch(v -> env.get(v) != null
        && !env.get(v).isBlank());
    if (!anySet) {
      if (!json.containsKey("secretKey")) {
        throw new CliUsageException("no secret key: put \"secretKey\" in " + conf + ", or set "
            + EnvCredentials.SECRET_KEY + " or " + EnvCredentials.SECRET_KEY_FILE);
      }
      return;
    }
    Map<String, String> merged = new java.util.HashMap<>(env);
    // what the environment leaves unset comes from the file, so EnvCredentials sees one complete set
    if (blank(env.get(EnvCredentials.SDKAPPID)) && json.containsKey("sdkAppId")) {
      merged.put(EnvCredentials.SDKAPPID, String.valueOf(json.getValue("sdkAppId")));
    }
    if (blank(env.get(EnvCredentials.ADMIN)) && json.containsKey("adminIdentifier")) {
      merged.put(EnvCredentials.ADMIN, json.getString("adminIdentifier"));
    }
    boolean keyInEnv = !blank(env.get(EnvCredentials.SECRET_KEY)) || !blank(env.get(EnvCredentials.SECRET_KEY_FILE));
    if (!keyInEnv && json.containsKey("secretKey")) {
      merged.put(EnvCredentials.SECRET_KEY, json.getString("secretKey"));
    }
    boolean targetInEnv = !blank(env.get(EnvCredentials.REGION)) || !blank(env.get(EnvCredentials.ENDPOINT));
    if (!targetInEnv) {
      if (json.containsKey("endpoint")) {
        merged.put(EnvCredentials.ENDPOINT, json.getString("endpoint"));
      } else if (json.containsKey("region")) {
        merged.put(EnvCredentials.REGION, json.getString("region"));
      }
    }
    EnvCredentials credentials = EnvCredentials.load(merged);
    if (root != null) {
      root.redactor().add(credentials.secretKey());
    }
    JsonObject fromEnv = credentials.options().toJson();
    for (String key : List.of("sdkAppId", "adminIdentifier", "secretKey", "region", "insecurePlaintextHttp")) {
      json.put(key, fromEnv.getValue(key));
    }
    if (fromEnv.containsKey("endpoint")) {
      json.put("endpoint", fromEnv.getString("endpoint"));
    } else {
      json.remove("endpoint");
    }
  }

  private static String target(io.github.vertxtim.TimClientOptions o) {
    return o.getEndpoint() != null ? o.getEndpoint() : "region " + o.getRegion() + " (" + o.getRegion().host() + ")";
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  /** Hazelcast is an optional dependency: its classes are only touched with --cluster. */
  static final class Clustering {

    private Clustering() {
    }

    static Vertx start(String host, int port, List<String> members, String name) {
      if (System.getProperty("hazelcast.logging.type") == null) {
        System.setProperty("hazelcast.logging.type", "slf4j");
      }
      // Hazelcast warns about things that are normal for a small cluster (no members yet, defaults in use); its
      // errors still show. -Dorg.slf4j.simpleLogger.log.com.hazelcast=warn brings the warnings back.
      if (System.getProperty("org.slf4j.simpleLogger.log.com.hazelcast") == null) {
        System.setProperty("org.slf4j.simpleLogger.log.com.hazelcast", "error");
      }
      try {
        Class.forName("io.vertx.spi.cluster.hazelcast.HazelcastClusterManager");
      } catch (ClassNotFoundException e) {
        throw new CliUsageException("--cluster needs io.vertx:vertx-hazelcast on the class path");
      }
      com.hazelcast.config.Config config = io.vertx.spi.cluster.hazelcast.ConfigUtil.loadConfig();
      config.setProperty("hazelcast.phone.home.enabled", "false");
      if (name != null) {
        config.setClusterName(name);
      }
      if (host != null) {
        config.getNetworkConfig().getInterfaces().setEnabled(true).addInterface(host);
      }
      if (members != null && !members.isEmpty()) {
        var join = config.getNetworkConfig().getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        var tcp = join.getTcpIpConfig().setEnabled(true);
        members.forEach(tcp::addMember);
      }
      VertxOptions options = new VertxOptions();
      if (host != null) {
        options.getEventBusOptions().setHost(host);
      }
      options.getEventBusOptions().setPort(port);
      try {
        return Vertx.builder().with(options)
            .withClusterManager(new io.vertx.spi.cluster.hazelcast.HazelcastClusterManager(config))
            .buildClustered().await();
      } catch (RuntimeException e) {
        throw new IllegalStateException("cannot join the cluster: " + e.getMessage(), e);
      }
    }
  }
}
