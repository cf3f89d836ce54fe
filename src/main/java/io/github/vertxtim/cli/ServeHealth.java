package io.github.vertxtim.cli;

import io.github.vertxtim.TimClientOptions;
import io.github.vertxtim.impl.Target;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.internal.VertxInternal;
import io.vertx.core.json.JsonObject;
import io.vertx.core.net.NetClient;
import io.vertx.core.net.NetClientOptions;
import io.vertx.core.spi.cluster.ClusterManager;

/**
 * {@code tim serve}'s health: the admin verticle is deployed, the client's domain accepts a TCP connection (no TIM
 * call: a probe must not spend the app's quota or need a usersig), and, when clustered, this node is a member of
 * the cluster. Up only when every check is.
 */
final class ServeHealth {

  static final int CONNECT_TIMEOUT_MILLIS = 2000;

  private final Vertx vertx;
  private final Target domain;
  private final NetClient net;
  private volatile String deploymentId;

  ServeHealth(Vertx vertx, TimClientOptions clientOptions) {
    this.vertx = vertx;
    this.domain = Target.primary(clientOptions);
    this.net = vertx.createNetClient(new NetClientOptions().setConnectTimeout(CONNECT_TIMEOUT_MILLIS));
  }

  /** The verticle's deployment once it is deployed; null again once it is undeployed. */
  void deployed(String id) {
    deploymentId = id;
  }

  Future<ObservabilityServer.Health> check() {
    JsonObject checks = new JsonObject();
    String id = deploymentId;
    boolean verticle = id != null && vertx.deploymentIDs().contains(id);
    checks.put("verticle", result(verticle, verticle ? "deployed" : "not deployed"));
    boolean cluster = true;
    if (vertx.isClustered()) {
      ClusterManager cm = ((VertxInternal) vertx).clusterManager();
      cluster = cm.getNodes().contains(cm.getNodeId());
      checks.put("cluster", result(cluster, cluster ? "joined as " + cm.getNodeId() + " (" + cm.getNodes().size()
          + " nodes)" : "not a member"));
    }
    boolean others = verticle && cluster;
    String where = domain.host() + ":" + domain.port();
    return net.connect(domain.port(), domain.host())
        .map(socket -> {
          socket.close();
          return true;
        })
        .otherwise(false)
        .map(reached -> {
          checks.put("domain", result(reached, (reached ? "reached " : "cannot connect to ") + where));
          return new ObservabilityServer.Health(reached && others, checks);
        });
  }

  private static JsonObject result(boolean ok, String detail) {
    return new JsonObject().put("ok", ok).put("detail", detail);
  }
}
