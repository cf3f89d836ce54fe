package io.github.vertxtim.tests.eventbus;

import io.github.vertxtim.eventbus.TimAdminOptions;
import io.github.vertxtim.eventbus.TimAdminVerticle;
import io.vertx.core.Vertx;

/**
 * A cluster node in a JVM of its own, serving the admin verticle, for tests that kill it with SIGKILL:
 * {@code AdminNodeProcess CLUSTER ADDRESS ENDPOINT SDKAPPID SECRET [service/command=perSecond ...]
 * [rateHeadroom=share]}. Prints {@code READY} once deployed, then runs until killed.
 */
public final class AdminNodeProcess {

  private AdminNodeProcess() {
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
