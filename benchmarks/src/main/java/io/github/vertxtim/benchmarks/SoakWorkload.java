package io.github.vertxtim.benchmarks;

import io.github.vertxtim.TimClient;
import io.github.vertxtim.TimException;
import io.github.vertxtim.api.account.Account;
import io.github.vertxtim.api.account.CheckAccountsRequest;
import io.github.vertxtim.api.account.ImportAccountRequest;
import io.github.vertxtim.api.group.GetGroupInfoRequest;
import io.github.vertxtim.api.profile.GetPortraitRequest;
import io.github.vertxtim.api.profile.ProfileItem;
import io.github.vertxtim.api.profile.SetPortraitRequest;
import io.github.vertxtim.bulk.BulkJob;
import io.github.vertxtim.bulk.BulkOptions;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.json.JsonObject;
import io.vertx.core.streams.ReadStream;
import org.HdrHistogram.Recorder;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * The soak run's mixed workload, on one context: closed loops of typed calls over three families (accounts,
 * profiles, groups) and the untyped {@code call}, one loop of bulk imports and one loop paging through every group.
 * It works on fixed pools of accounts and groups, so the emulator's state stays the same size and anything that grows
 * is the client's (or the emulator's) own. Every bulk job and every paging pass checks its own accounting; a
 * violation is counted, never ignored.
 */
final class SoakWorkload {

  static final int ACCOUNTS = 2_000;
  static final int GROUPS = 300;
  static final int BULK_ITEMS = 1_000;

  private final TimClient client;
  private final Context ctx;
  private final List<String> userIds;
  private final List<String> groupIds;
  private final List<Supplier<Future<?>>> calls;
  private final long endNanos;
  private final Recorder latency = new Recorder(TimeUnit.SECONDS.toNanos(120), 3);
  final LongAdder callsDone = new LongAdder();
  final LongAdder callErrors = new LongAdder();
  final Map<Integer, LongAdder> errorsByCode = new ConcurrentHashMap<>();
  final LongAdder bulkJobs = new LongAdder();
  final LongAdder bulkItems = new LongAdder();
  final LongAdder bulkFailedItems = new LongAdder();
  final LongAdder bulkJobFailures = new LongAdder();
  final LongAdder pagingPasses = new LongAdder();
  final LongAdder pagingFailures = new LongAdder();
  /** Jobs or passes whose counts do not add up: must stay 0. */
  final LongAdder accountingViolations = new LongAdder();
  private final AtomicInteger running = new AtomicInteger();
  private final Promise<Void> done = Promise.promise();
  private long draw;

  SoakWorkload(TimClient client, Context ctx, List<String> groupIds, long endNanos) {
    this.client = client;
    this.ctx = ctx;
    this.userIds = IntStream.range(0, ACCOUNTS).mapToObj(i -> "soak-" + i).toList();
    this.groupIds = groupIds;
    this.endNanos = endNanos;
    this.calls = List.of(
        () -> client.accounts().checkAccounts(CheckAccountsRequest.of(users(10))),
        () -> client.accounts().importAccount(ImportAccountRequest.of(user())),
        () -> client.profiles().setPortrait(new SetPortraitRequest(user(),
            List.of(new ProfileItem(ProfileItem.NICK, "nick " + (draw % 97))))),
        () -> client.profiles().getPortrait(new GetPortraitRequest(users(5), List.of(ProfileItem.NICK))),
        () -> client.groups().getGroupInfo(GetGroupInfoRequest.of(groups(5))),
        () -> client.call("im_open_login_svc", "account_check", new JsonObject().put("CheckItem",
            new io.vertx.core.json.JsonArray().add(new JsonObject().put("UserID", user())))));
  }

  List<String> userIds() {
    return userIds;
  }

  /** Starts {@code concurrency} call loops, one bulk loop and one paging loop; completes when all have stopped. */
  Future<Void> start(int concurrency) {
    ctx.runOnContext(v -> {
      running.set(concurrency + 2);
      for (int i = 0; i < concurrency; i++) {
        callLoop(i);
      }
      bulkLoop();
      pagingLoop();
    });
    return done.future();
  }

  /** The latency of the calls completed since the last interval (nanoseconds). */
  org.HdrHistogram.Histogram intervalLatency() {
    return latency.getIntervalHistogram();
  }

  private boolean over() {
    return System.nanoTime() >= endNanos;
  }

  private void stopped() {
    if (running.decrementAndGet() == 0) {
      done.complete();
    }
  }

  private void callLoop(int loop) {
    if (over()) {
      stopped();
      return;
    }
    Supplier<Future<?>> call = calls.get((int) (draw++ % calls.size()));
    long t0 = System.nanoTime();
    call.get().onComplete(ar -> {
      latency.recordValue(Math.min(System.nanoTime() - t0, TimeUnit.SECONDS.toNanos(120)));
      callsDone.increment();
      if (ar.failed()) {
        callErrors.increment();
        int code = ar.cause() instanceof TimException e ? e.errorCode() : 0;
        errorsByCode.computeIfAbsent(code, c -> new LongAdder()).increment();
      }
      callLoop(loop);
    });
  }

  private void bulkLoop() {
    if (over()) {
      stopped();
      return;
    }
    int offset = (int) (bulkJobs.sum() * BULK_ITEMS % ACCOUNTS);
    List<Account> items = IntStream.range(0, BULK_ITEMS)
        .mapToObj(i -> Account.of(userIds.get((offset + i) % ACCOUNTS))).toList();
    BulkJob<Account> job = client.bulk("im_open_login_svc", "multiaccount_import", items, new BulkOptions()
        .setRatePerSecond(400).setMaxAttempts(6).setRetryInitialBackoffMillis(20).setRetryMaxBackoffMillis(500));
    long[] outcomes = new long[1];
    job.outcomes().handler(o -> {
      outcomes[0]++;
      if (!o.ok()) {
        bulkFailedItems.increment();
      }
    });
    job.summary().onComplete(ar -> {
      bulkJobs.increment();
      if (ar.failed()) {
        bulkJobFailures.increment();
      } else {
        var s = ar.result();
        bulkItems.add(s.items());
        if (s.items() != BULK_ITEMS || s.ok() + s.failed() + s.cancelled() != s.items()) {
          accountingViolations.increment();
        }
      }
      // the outcome stream ends after the summary: check the per-item count on the next turn
      ctx.runOnContext(v -> {
        if (ar.succeeded() && outcomes[0] != BULK_ITEMS) {
          accountingViolations.increment();
        }
        bulkLoop();
      });
    });
  }

  private void pagingLoop() {
    if (over()) {
      stopped();
      return;
    }
    ReadStream<JsonObject> pages = client.pages("group_open_http_svc", "get_appid_group_list",
        new JsonObject().put("Limit", 50));
    long[] seen = new long[1];
    boolean[] ended = new boolean[1];
    pages.handler(g -> seen[0]++);
    pages.exceptionHandler(t -> {
      if (ended[0]) {
        return;
      }
      ended[0] = true;
      pagingFailures.increment();
      ctx.runOnContext(v -> pagingLoop());
    });
    pages.endHandler(v -> {
      if (ended[0]) {
        return;
      }
      ended[0] = true;
      pagingPasses.increment();
      if (seen[0] != groupIds.size()) {
        accountingViolations.increment();
      }
      pagingLoop();
    });
  }

  private String user() {
    return userIds.get((int) (draw++ * 7919 % ACCOUNTS));
  }

  private List<String> users(int n) {
    return IntStream.range(0, n).mapToObj(i -> user()).distinct().toList();
  }

  private List<String> groups(int n) {
    return IntStream.range(0, n).mapToObj(i -> groupIds.get((int) (draw++ * 31 % groupIds.size()))).distinct()
        .toList();
  }
}
