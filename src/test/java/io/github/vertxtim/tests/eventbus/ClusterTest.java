package io.github.vertxtim.tests.eventbus;

import io.github.vertxtim.TimException;
import io.github.vertxtim.emulator.TimEmulator;
import io.github.vertxtim.emulator.TimEmulatorOptions;
import io.github.vertxtim.eventbus.TimAddresses;
import io.github.vertxtim.eventbus.TimAdminOptions;
import io.github.vertxtim.eventbus.TimAdminVerticle;
import io.github.vertxtim.eventbus.TimEventBusClient;
import io.github.vertxtim.eventbus.impl.AdminInstance;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.Message;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Three clustered Vert.x nodes in this JVM on loopback (Hazelcast, TCP-IP join on 127.0.0.1). Skip with
 * {@code mvn verify -DexcludedGroups=cluster}.
 */
@Tag("cluster")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ClusterTest {

  private static final String SVC = "im_open_login_svc";
  private static final String CHECK = SVC + "/account_check";
  private static final String IMPORT = SVC + "/account_import";
  private static final int QUOTA = 100;
  private static final String SECRET = TimEmulatorOptions.randomKey();

  private final LoopbackCluster cluster = new LoopbackCluster();
  private Vertx a;
  private Vertx b;
  private Vertx c;
  private Vertx local;
  /** The service as node B's verticle sees it, and as C's (and A's, in the quota test) sees it. */
  private TimEmulator serviceB;
  private TimEmulator serviceC;

  @BeforeAll
  void startCluster() {
    a = cluster.node();
    b = cluster.node();
    c = cluster.node();
    local = Vertx.vertx();
    serviceB = emulator();
    serviceC = emulator();
  }

  private TimEmulator emulator() {
    TimEmulator e = TimEmulator.create(local, new TimEmulatorOptions().setSecretKey(SECRET)
        .setRate(CHECK, QUOTA).setRate(IMPORT, 100_000));
    e.start().await();
    return e;
  }

  @AfterAll
  void stopCluster() {
    for (Vertx v : new Vertx[]{a, b, c, local}) {
      if (v != null) {
        v.close().await();
      }
    }
  }

  private TimAdminOptions options(String address, TimEmulator service) {
    TimAdminOptions options = new TimAdminOptions().setAddress(address).setQuota(CHECK, QUOTA)
        .setQuota(IMPORT, 100_000).setLingerMillis(60_000);
    options.getClientOptions().setSdkAppId(service.options().getSdkAppId()).setSecretKey(SECRET)
        .setEndpoint(service.baseUrl());
    return options;
  }

  private static String address() {
    return "test." + UUID.randomUUID() + ".tim.admin.v1";
  }

  private static JsonObject importBody(String user) {
    return new JsonObject().put("UserID", user);
  }

  @Test
  @Order(1)
  void aRequesterOnAGetsAnswersFromVerticlesOnBAndC() {
    String address = address();
    String onB = TimAdminVerticle.deploy(b, options(address, serviceB), 1).await();
    String onC = TimAdminVerticle.deploy(c, options(address, serviceC), 1).await();
    TimEventBusClient requester = TimEventBusClient.create(a, address);

    // The typed requester: each answer executed once, on B or on C.
    List<Future<JsonObject>> calls = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      calls.add(requester.call(SVC, "account_import", importBody("first" + i)));
    }
    Future.all(calls).await();
    assertThat(serviceB.stats().requests(IMPORT) + serviceC.stats().requests(IMPORT)).isEqualTo(40);
    assertThat(serviceB.stats().requests(IMPORT)).isPositive();
    assertThat(serviceC.stats().requests(IMPORT)).isPositive();

    // On the wire, the header names the instance; both nodes' deployments answer.
    Set<String> servedBy = new HashSet<>();
    for (int i = 0; i < 20; i++) {
      Message<JsonObject> m = a.eventBus().<JsonObject>request(TimAddresses.call(address), new JsonObject()
          .put("service", SVC).put("command", "account_import").put("body", importBody("raw" + i))).await();
      String instance = m.headers().get(TimAddresses.HEADER_INSTANCE);
      servedBy.add(instance.substring(0, instance.lastIndexOf('#')));
    }
    assertThat(servedBy).containsExactlyInAnyOrder(AdminInstance.nodeId(b) + "/" + onB,
        AdminInstance.nodeId(c) + "/" + onC);
    b.undeploy(onB).await();
    c.undeploy(onC).await();
  }

  @Test
  @Order(2)
  void undeployingBDuringAStreamLeavesEveryRequestWithOneAnswerAndTheRestGoToC() {
    String address = address();
    String onB = TimAdminVerticle.deploy(b, options(address, serviceB), 2).await();
    TimAdminVerticle.deploy(c, options(address, serviceC), 2).await();
    TimEventBusClient requester = TimEventBusClient.create(a, address);
    long beforeB = serviceB.stats().requests(IMPORT);
    long beforeC = serviceC.stats().requests(IMPORT);
    int total = 1000;
    int inFlight = 16;
    AtomicInteger sent = new AtomicInteger();
    AtomicInteger ok = new AtomicInteger();
    AtomicInteger answers = new AtomicInteger();
    List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
    AtomicLong servedByBAtUndeploy = new AtomicLong(-1);
    Promise<Void> undeployed = Promise.promise();
    Promise<Void> allAnswered = Promise.promise();

    Runnable[] next = new Runnable[1];
    next[0] = () -> {
      int i = sent.getAndIncrement();
      if (i >= total) {
        return;
      }
      if (i == 300) {
        b.undeploy(onB).onComplete(ar -> {
          servedByBAtUndeploy.set(serviceB.stats().requests(IMPORT) - beforeB);
          undeployed.handle(ar);
        });
      }
      requester.call(SVC, "account_import", importBody("stream" + i)).onComplete(ar -> {
        if (ar.succeeded()) {
          ok.incrementAndGet();
        } else {
          failures.add(ar.cause());
        }
        if (answers.incrementAndGet() == total) {
          allAnswered.complete();
        }
        next[0].run();
      });
    };
    a.runOnContext(v -> {
      for (int k = 0; k < inFlight; k++) {
        next[0].run();
      }
    });
    allAnswered.future().await();
    undeployed.future().await();

    long servedByB = serviceB.stats().requests(IMPORT) - beforeB;
    long servedByC = serviceC.stats().requests(IMPORT) - beforeC;
    assertThat(answers.get()).isEqualTo(total);
    assertThat(failures).as("failures: %s", failures.stream().map(t -> ((TimException) t).errorCode()).toList())
        .isEmpty();
    assertThat(ok.get()).isEqualTo(total);
    // Each request was executed exactly once, on B or on C ...
    assertThat(servedByB + servedByC).isEqualTo(total);
    assertThat(serviceB.state().accountIds().stream().filter(id -> id.startsWith("stream")).count()
        + serviceC.state().accountIds().stream().filter(id -> id.startsWith("stream")).count()).isEqualTo(total);
    // ... and once B's undeploy was over, B served nothing more: the rest went to C.
    assertThat(servedByBAtUndeploy.get()).isPositive();
    assertThat(servedByB).isEqualTo(servedByBAtUndeploy.get());
    assertThat(servedByC).isGreaterThan(total - 300);
  }

  @Test
  @Order(3)
  void threeNodesAtFullQuotaStayUnderItTogether() {
    String address = address();
    // All three nodes serve and all three send, to one service with a quota of 100 calls/s on account_check.
    for (Vertx node : new Vertx[]{a, b, c}) {
      TimAdminVerticle.deploy(node, options(address, serviceC), 1).await();
    }
    List<TimEventBusClient> requesters = List.of(TimEventBusClient.create(a, address),
        TimEventBusClient.create(b, address), TimEventBusClient.create(c, address));
    JsonObject body = new JsonObject().put("CheckItem", new JsonArray().add(new JsonObject().put("UserID", "q")));
    // Warm the nodes' connections, then count from zero.
    for (TimEventBusClient r : requesters) {
      r.call(SVC, "account_check", body).await();
    }
    serviceC.stats().reset();

    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    AtomicLong ok = new AtomicLong();
    List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
    List<Future<Void>> loops = new ArrayList<>();
    long[] perNode = new long[3];
    RateSampler sampler = new RateSampler(() -> serviceC.stats().requests(CHECK), 100);
    for (int n = 0; n < 3; n++) {
      int node = n;
      TimEventBusClient r = requesters.get(n);
      Promise<Void> loopDone = Promise.promise();
      loops.add(loopDone.future());
      AtomicInteger running = new AtomicInteger(40);
      Runnable[] next = new Runnable[1];
      next[0] = () -> {
        if (System.nanoTime() >= end) {
          if (running.decrementAndGet() == 0) {
            loopDone.complete();
          }
          return;
        }
        r.call(SVC, "account_check", body).onComplete(ar -> {
          if (ar.succeeded()) {
            ok.incrementAndGet();
            synchronized (perNode) {
              perNode[node]++;
            }
          } else {
            failures.add(ar.cause());
          }
          next[0].run();
        });
      };
      // 40 calls always waiting per node: each node alone asks for far more than the quota.
      (n == 0 ? a : n == 1 ? b : c).runOnContext(v -> {
        for (int k = 0; k < 40; k++) {
          next[0].run();
        }
      });
    }
    Future.all(loops).await();
    sampler.close();

    long max = sampler.maxInAnySecond();
    System.out.printf("cluster quota test: quota %d/s, emulator per second %s, max in any second %d, total %d,"
        + " answered per requester node %d/%d/%d%n", QUOTA, sampler.perSecond(), max,
        serviceC.stats().requests(CHECK), perNode[0], perNode[1], perNode[2]);
    assertThat(serviceC.stats().answers(60007)).isZero();
    assertThat(serviceC.stats().rateLimited()).isZero();
    assertThat(max).isLessThanOrEqualTo((long) (QUOTA * 1.05));
    assertThat(failures).isEmpty();
    // The quota is used, not starved: well over three quarters of 10 s × 100.
    assertThat(serviceC.stats().requests(CHECK)).isGreaterThan(750);
    for (long count : perNode) {
      assertThat(count).isPositive();
    }
  }
}
