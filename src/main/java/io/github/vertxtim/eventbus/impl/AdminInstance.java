package io.github.vertxtim.eventbus.impl;

import io.github.vertxtim.internal.CarrierBase;
import io.github.vertxtim.QuotaPacer;
import io.github.vertxtim.TimClientOptions;
import io.github.vertxtim.TimErrorCode;
import io.github.vertxtim.TimException;
import io.github.vertxtim.bulk.BulkOptions;
import io.github.vertxtim.eventbus.TimAddresses;
import io.github.vertxtim.eventbus.TimAdminOptions;
import io.github.vertxtim.impl.TimClientImpl;
import io.github.vertxtim.registry.Endpoint;
import io.github.vertxtim.registry.EndpointRegistry;
import io.vertx.core.AsyncResult;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.Message;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.internal.ContextInternal;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The work of one {@code TimAdminVerticle} instance: one client, calls paced under the shared quota, bulk jobs.
 * Counters that the node's front reads ({@link #tryTakeCall()}) are atomic; everything else lives on the instance's
 * context.
 */
public final class AdminInstance {

  private static final AtomicLong SEQ = new AtomicLong();
  /** Names this JVM when Vert.x is not clustered (a clustered node is named by its cluster node ID). */
  private static final String JVM_ID = java.util.UUID.randomUUID().toString();

  private final Vertx vertx;
  private final ContextInternal ctx;
  private final TimAdminOptions options;
  private final String id;
  private final DeliveryOptions answerOptions;
  private final EndpointRegistry registry = EndpointRegistry.defaultRegistry();
  private final AtomicInteger calls = new AtomicInteger();
  private final AtomicInteger jobs = new AtomicInteger();
  private final Set<PendingCall> pendingCalls = new HashSet<>();
  private final Map<String, JobServer> jobServers = new LinkedHashMap<>();
  private volatile boolean stopping;
  private boolean closed;
  private TimClientImpl client;
  private QuotaPacer pacer;
  private NodeFront front;
  /** Takes this instance's counts out of the node's gauges. */
  private Runnable removeFromGauges = () -> { };
  private Promise<Void> drained;

  private static final class PendingCall {
    final Message<Object> msg;
    /** Null unless traced. */
    ServedCallSpan span;
    boolean done;

    PendingCall(Message<Object> msg) {
      this.msg = msg;
    }
  }

  public AdminInstance(Vertx vertx, ContextInternal ctx, TimAdminOptions options, String deploymentId) {
    this.vertx = vertx;
    this.ctx = ctx;
    this.options = new TimAdminOptions(options);
    this.id = nodeId(vertx) + "/" + deploymentId + "#" + SEQ.incrementAndGet();
    this.answerOptions = new DeliveryOptions().addHeader(TimAddresses.HEADER_INSTANCE, id);
  }

  public String id() {
    return id;
  }

  /** The cluster node ID of {@code vertx}, or an ID of this JVM when it is not clustered. */
  public static String nodeId(Vertx vertx) {
    if (vertx.isClustered()) {
      return ((io.vertx.core.internal.VertxInternal) vertx).clusterManager().getNodeId();
    }
    return JVM_ID;
  }

  public Future<Void> start() {
    TimClientOptions clientOptions = new TimClientOptions(options.getClientOptions());
    if (options.isSharedPool()) {
      clientOptions.setHttpClientOptions(new HttpClientOptions(clientOptions.getHttpClientOptions()).setShared(true)
          .setName("tim-admin:" + options.getAddress() + ":" + clientOptions.getSdkAppId()));
    }
    try {
      pacer = QuotaPacer.shared(vertx, "tim.quota." + clientOptions.getSdkAppId());
      client = new TimClientImpl(vertx, clientOptions, null, pacer);
    } catch (IllegalArgumentException e) {
      return Future.failedFuture(e);
    }
    return NodeFront.attach(vertx, options, this).map(f -> {
      front = f;
      removeFromGauges = f.metrics().instance(calls::get, jobs::get);
      return (Void) null;
    });
  }

  boolean isStopping() {
    return stopping;
  }

  /** Called by the front: takes a call slot if this instance has one. */
  boolean tryTakeCall() {
    return take(calls, options.getMaxInFlight());
  }

  boolean tryTakeJob() {
    return take(jobs, options.getMaxBulkJobs());
  }

  private boolean take(AtomicInteger counter, int max) {
    while (true) {
      int n = counter.get();
      if (stopping || n >= max) {
        return false;
      }
      if (counter.compareAndSet(n, n + 1)) {
        return true;
      }
    }
  }

  void dispatchCall(Message<Object> msg) {
    // a duplicated context per call: the requester's trace becomes current there, not on the instance's context
    ContextInternal callCtx = ctx.duplicate();
    callCtx.runOnContext(v -> handleCall(callCtx, msg));
  }

  void dispatchBulk(Message<Object> msg) {
    ctx.runOnContext(v -> handleBulk(msg));
  }

  // ---- calls

  private void handleCall(ContextInternal callCtx, Message<Object> msg) {
    if (closed) {
      calls.decrementAndGet();
      Replies.fail(msg, TimErrorCode.NO_HANDLERS, Replies.NO_INSTANCE + options.getAddress());
      return;
    }
    PendingCall call = new PendingCall(msg);
    pendingCalls.add(call);
    String service;
    String command;
    JsonObject body;
    try {
      JsonObject request = (JsonObject) msg.body();
      service = request.getString(TimAddresses.SERVICE);
      command = request.getString(TimAddresses.COMMAND);
      body = request.getJsonObject(TimAddresses.BODY);
      call.span = ServedCallSpan.start(callCtx, options.getClientOptions().getTracingPolicy(), msg, service, command);
    } catch (ClassCastException | NullPointerException e) {
      finish(call, Future.failedFuture(new TimException(TimErrorCode.INVALID_ARGUMENT,
          "a call is a JsonObject {\"service\": string, \"command\": string, \"body\": object}", null, null, false,
          null)));
      return;
    }
    Future<Void> slot;
    if (options.isPaceCalls() && CarrierBase.validSegment(service) && CarrierBase.validSegment(command)) {
      Endpoint endpoint = registry.resolve(service, command);
      slot = pace(endpoint, body);
    } else {
      slot = Future.succeededFuture();
    }
    // back on the call's context after the pacer (a shared pacer may answer elsewhere): the trace is current there
    Promise<Void> paced = callCtx.promise();
    slot.onComplete(paced);
    paced.future().compose(v -> client.call(service, command, body))
        .onComplete(ar -> ctx.execute(() -> finish(call, ar)));
  }

  private Future<Void> pace(Endpoint endpoint, JsonObject body) {
    int permits = 1;
    if (endpoint.rateCountsItems() && endpoint.itemsField() != null && body != null
        && body.getValue(endpoint.itemsField()) instanceof JsonArray items) {
      permits = Math.max(1, items.size());
    }
    double rate = quota(endpoint) * options.getRateHeadroom();
    return client.metrics().pacerWait(endpoint, pacer.acquire(vertx, endpoint.path(), permits, rate))
        .recover(t -> Future.failedFuture(new TimException(TimErrorCode.NETWORK_ERROR,
            "quota pacer unavailable: " + t.getMessage(), endpoint.service(), endpoint.command(), true, null)));
  }

  /** The app's quota of the endpoint: the configured one, else the registry's default. */
  double quota(Endpoint endpoint) {
    Double configured = options.getQuotas().get(endpoint.path());
    return configured != null ? configured : endpoint.ratePerSecond();
  }

  private void finish(PendingCall call, AsyncResult<JsonObject> ar) {
    if (call.done) {
      return;
    }
    call.done = true;
    if (call.span != null) {
      call.span.end(ar.failed() ? ar.cause() : null);
    }
    pendingCalls.remove(call);
    calls.decrementAndGet();
    if (ar.succeeded()) {
      call.msg.reply(ar.result(), answerOptions);
    } else {
      Replies.fail(call.msg, ar.cause());
    }
    checkDrained();
  }

  // ---- bulk jobs

  private void handleBulk(Message<Object> msg) {
    if (closed) {
      jobs.decrementAndGet();
      Replies.fail(msg, TimErrorCode.NO_HANDLERS, Replies.NO_INSTANCE + options.getAddress());
      return;
    }
    JobServer job;
    try {
      JsonObject request = (JsonObject) msg.body();
      String service = request.getString(TimAddresses.SERVICE);
      String command = request.getString(TimAddresses.COMMAND);
      if (!CarrierBase.validSegment(service) || !CarrierBase.validSegment(command)) {
        throw new IllegalArgumentException("service and command must be non-empty URL path segments");
      }
      JsonObject optionsJson = request.getJsonObject(TimAddresses.OPTIONS);
      BulkOptions bulkOptions = optionsJson == null ? new BulkOptions() : new BulkOptions(optionsJson);
      // a requester never asks a node to write files: a journal in the options is not kept
      bulkOptions.setJournal(null);
      long total = request.getLong(TimAddresses.TOTAL, -1L);
      Endpoint endpoint = registry.resolve(service, command);
      if (endpoint.itemsField() == null || !endpoint.batchable() && bulkOptions.getChunkSize() == 0) {
        throw new IllegalArgumentException(endpoint.path() + " takes no item list according to the endpoint registry");
      }
      double rate = bulkOptions.getRatePerSecond() > 0 ? bulkOptions.getRatePerSecond() : endpoint.ratePerSecond();
      Double cap = options.getQuotas().get(endpoint.path());
      bulkOptions.setRatePerSecond(cap == null ? rate : Math.min(rate, cap));
      bulkOptions.setRateHeadroom(Math.min(bulkOptions.getRateHeadroom(), options.getRateHeadroom()));
      if (total >= 0) {
        bulkOptions.setExpectedTotal(total);
      }
      job = new JobServer(this, vertx, ctx, client, endpoint, bulkOptions, options);
    } catch (ClassCastException | NullPointerException | IllegalArgumentException e) {
      jobs.decrementAndGet();
      String info = e instanceof IllegalArgumentException ? e.getMessage()
          : "a bulk request is a JsonObject {\"service\", \"command\", \"options\", \"total\"}";
      Replies.fail(msg, TimErrorCode.INVALID_ARGUMENT, info);
      checkDrained();
      return;
    }
    jobServers.put(job.id(), job);
    job.start(msg);
  }

  /** Called by a job (on this context) once it is over and its requester has everything. */
  void jobEnded(JobServer job) {
    if (jobServers.remove(job.id()) != null) {
      jobs.decrementAndGet();
    }
    checkDrained();
  }

  // ---- stop

  public Future<Void> stop() {
    stopping = true;
    if (front != null) {
      front.detach(this);
    }
    drained = ctx.promise();
    for (JobServer job : new ArrayList<>(jobServers.values())) {
      job.cancelForStop();
    }
    long timer = vertx.setTimer(Math.max(1, options.getDrainTimeoutMillis()), id -> forceDrain());
    checkDrained();
    return drained.future().eventually(() -> {
      vertx.cancelTimer(timer);
      closed = true;
      removeFromGauges.run();
      return client.close();
    });
  }

  private void checkDrained() {
    if (drained != null && calls.get() == 0 && jobServers.isEmpty() && jobs.get() == 0) {
      drained.tryComplete();
    }
  }

  private void forceDrain() {
    for (PendingCall call : new ArrayList<>(pendingCalls)) {
      finish(call, Future.failedFuture(new TimException(TimErrorCode.CLIENT_CLOSED,
          "the admin verticle stopped before the answer came (drainTimeoutMillis "
              + options.getDrainTimeoutMillis() + ")", null, null, false, null)));
    }
    for (JobServer job : new ArrayList<>(jobServers.values())) {
      job.forceStop();
    }
    drained.tryComplete();
  }

  String address() {
    return options.getAddress();
  }
}
