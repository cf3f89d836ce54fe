package io.github.vertxtim.tests.eventbus;

import io.github.vertxtim.TimErrorCode;
import io.github.vertxtim.TimException;
import io.github.vertxtim.eventbus.TimAdminOptions;
import io.github.vertxtim.eventbus.TimAdminVerticle;
import io.github.vertxtim.eventbus.TimEventBusClient;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;

import java.util.concurrent.TimeUnit;

/**
 * A cluster node in a JVM of its own, serving the admin verticle, for tests that kill it with SIGKILL:
 * {@code AdminNodeProcess CLUSTER ADDRESS ENDPOINT SDKAPPID SECRET [service/command=perSecond ...]
 * [rateHeadroom=share]}. Prints {@code READY} once deployed, then runs until killed.
 */
public final class AdminNodeProcess {

  private AdminNodeProcess() {
  }

  /**
   * The first answer from the node proves its subscription reached the requester. On a loaded machine a fresh JVM's
   * first answer (cold JIT, usersig, first connection) took over the 5 s bus timeout: ask again (account_import is
   * retry-safe) for up to 90 s.
   */
  static void warmUp(TimEventBusClient bus) {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
    while (true) {
      try {
        bus.call("im_open_login_svc", "account_import", new JsonObject().put("UserID", "warm-up")).await();
        return;
      } catch (TimException e) {
        if (System.nanoTime() > end || !e.code().filter(c -> c == TimErrorCode.TIMEOUT
            || c == TimErrorCode.NO_HANDLERS).isPresent()) {
          throw e;
        }
      }
    }
  }

  public static void main(String[] args) throws InterruptedException {
    Vertx node = new LoopbackCluster(args[0]).node();
    TimAdminOptions options = new TimAdminOptions().setAddress(args[1]).setLingerMillis(60_000);
    options.getClientOptions().setEndpoint(args[2]).setSdkAppId(Long.parseLong(args[3])).setSecretKey(args[4]);
    for (int i = 5; i < args.length; i++) {
      String[] kv = args[i].split("=", 2);
      if (kv[0].equals("rateHeadroom")) {
        options.setRateHeadroom(Double.parseDouble(kv[1]));
      } else {
        options.setQuota(kv[0], Double.parseDouble(kv[1]));
      }
    }
    TimAdminVerticle.deploy(node, options, 1).await();
    System.out.println("READY");
    System.out.flush();
    Thread.currentThread().join();
  }
}
