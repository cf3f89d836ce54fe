package io.github.vertxtim.eventbus.impl;

import io.github.vertxtim.TimErrorCode;
import io.github.vertxtim.eventbus.TimAddresses;
import io.github.vertxtim.eventbus.TimAdminOptions;
import io.github.vertxtim.metrics.impl.AdminMetrics;
import io.github.vertxtim.metrics.impl.Metrics;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.Message;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.eventbus.MessageConsumerOptions;
import io.vertx.core.internal.ContextInternal;
import io.vertx.core.internal.VertxInternal;
import io.vertx.core.shareddata.LocalMap;
import io.vertx.core.shareddata.Shareable;

import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * The one consumer of an address on a node, in front of that node's verticle instances. It hands each request to
 * an instance with room (round robin over those below their caps), answers OVERLOADED at once when all are full,
 * and NO_HANDLERS when none is left.
 *
 * <p>Why not one consumer per instance: when a clustered consumer unregisters, other nodes keep routing to this
 * node until the removal reaches them, and a node that has no handler for a remote message drops it without an
 * answer, so the requester waits for its whole timeout (measured: 46 of 4,000 requests lost at 2,000 req/s during one
 * unregistration). The front outlives its instances: after the last one leaves it keeps the registration and answers
 * NO_HANDLERS (the requester sends again, and the cluster picks another node), until the node has been quiet for
 * {@code lingerMillis}. It runs on an event loop of its own, not on an instance's.
 */
final class NodeFront implements Shareable {

  private static final String MAP = "io.github.vertxtim.eventbus.fronts";
  private static final Object LOCK = new Object();

  private final Vertx vertx;
  private final String base;
  private final TimAdminOptions options;
  private final ContextInternal ctx;
  private final CopyOnWriteArrayList<AdminInstance> instances = new CopyOnWriteArrayList<>();
  private final Future<Void> ready;
  private final AdminMetrics metrics;
  private MessageConsumer<Object> calls;
  private MessageConsumer<Object> bulks;
  private int next;
  private volatile long lastMessageNanos = System.nanoTime();
  private long lingerTimer = -1;
  private boolean closed;

  private NodeFront(Vertx vertx, TimAdminOptions options) {
    this.vertx = vertx;
    this.base = options.getAddress();
    this.options = new TimAdminOptions(options);
    this.ctx = ((VertxInternal) vertx).createEventLoopContext();
    this.metrics = Metrics.admin(vertx, options.getClientOptions().getMetricsOptions());
    Promise<Void> registered = Promise.promise();
    ctx.runOnContext(v -> {
      calls = vertx.eventBus().consumer(consumerOptions(TimAddresses.call(base)), this::onCall);
      bulks = vertx.eventBus().consumer(consumerOptions(TimAddresses.bulk(base)), this::onBulk);
      Future.all(calls.completion(), bulks.completion()).<Void>mapEmpty().onComplete(registered);
    });
    this.ready = registered.future();
  }

  private MessageConsumerOptions consumerOptions(String address) {
    return new MessageConsumerOptions().setAddress(address).setLocalOnly(options.isLocalOnly())
        .setMaxBufferedMessages(options.getMaxBufferedMessages());
  }

  /** Adds an instance to the front of its node and address, making the front if there is none yet. */
  static Future<NodeFront> attach(Vertx vertx, TimAdminOptions options, AdminInstance instance) {
    NodeFront front;
    synchronized (LOCK) {
      LocalMap<String, NodeFront> map = vertx.sharedData().getLocalMap(MAP);
      front = map.get(options.getAddress());
      if (front == null || front.closed) {
        front = new NodeFront(vertx, options);
        map.put(options.getAddress(), front);
      }
      front.instances.add(instance);
      if (front.lingerTimer != -1) {
        vertx.cancelTimer(front.lingerTimer);
        front.lingerTimer = -1;
      }
    }
    NodeFront f = front;
    return f.ready.map(f).onFailure(t -> f.detach(instance));
  }

  /** The metrics of this node's front and instances (the first instance's options chose them). */
  AdminMetrics metrics() {
    return metrics;
  }

  /** Takes the instance out of the rotation; requests it already has stay its own. */
  void detach(AdminInstance instance) {
    synchronized (LOCK) {
      instances.remove(instance);
    }
    // On the front's own context: a timer set on the leaving instance's context would die with its deployment.
    ctx.runOnContext(v -> {
      synchronized (LOCK) {
        if (instances.isEmpty() && !closed && lingerTimer == -1) {
          scheduleLinger(options.getLingerMillis());
        }
      }
    });
  }

  /** Called with LOCK held, on the front's context. */
  private void scheduleLinger(long delay) {
    if (delay <= 0) {
      close();
      return;
    }
    lingerTimer = vertx.setTimer(delay, id -> {
      synchronized (LOCK) {
        lingerTimer = -1;
        if (closed || !instances.isEmpty()) {
          return;
        }
        long quiet = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - lastMessageNanos);
        if (quiet >= options.getLingerMillis()) {
          close();
        } else {
          scheduleLinger(options.getLingerMillis() - quiet);
        }
      }
    });
  }

  /** Called with LOCK held. */
  private void close() {
    closed = true;
    LocalMap<String, NodeFront> map = vertx.sharedData().getLocalMap(MAP);
    if (map.get(base) == this) {
      map.remove(base);
    }
    ctx.runOnContext(v -> {
      if (calls != null) {
        calls.unregister();
      }
      if (bulks != null) {
        bulks.unregister();
      }
    });
  }

  private void onCall(Message<Object> msg) {
    dispatch(msg, true);
  }

  private void onBulk(Message<Object> msg) {
    dispatch(msg, false);
  }

  /**
   * Hands the request to an instance with room, or answers it: every request that reaches the front gets exactly
   * one answer. The instances are read from one snapshot: an undeploying instance leaves the list from its own
   * event loop while this runs, and reading the live list by index could run past its end (an exception here would
   * leave the request without an answer until the requester's timeout — the lost request seen once in four runs).
   */
  private void dispatch(Message<Object> msg, boolean call) {
    lastMessageNanos = System.nanoTime();
    try {
      AdminInstance[] list = instances.toArray(new AdminInstance[0]);
      int n = list.length;
      int start = n == 0 ? 0 : Math.floorMod(next++, n);
      boolean anyOpen = false;
      for (int i = 0; i < n; i++) {
        AdminInstance instance = list[(start + i) % n];
        anyOpen |= !instance.isStopping();
        if (call ? instance.tryTakeCall() : instance.tryTakeJob()) {
          if (call) {
            instance.dispatchCall(msg);
          } else {
            instance.dispatchBulk(msg);
          }
          return;
        }
      }
      if (anyOpen) {
        metrics.overloaded(call);
        Replies.fail(msg, TimErrorCode.OVERLOADED, call
            ? "overloaded: each of the " + n + " admin verticle instance(s) on this node has "
                + options.getMaxInFlight() + " calls in flight; try again later"
            : "overloaded: each of the " + n + " admin verticle instance(s) on this node runs "
                + options.getMaxBulkJobs() + " bulk jobs; try again later");
      } else {
        Replies.fail(msg, TimErrorCode.NO_HANDLERS, Replies.NO_INSTANCE + base);
      }
    } catch (RuntimeException e) {
      // a bug here must still answer: the request was not executed, so the requester may send it again
      Replies.fail(msg, TimErrorCode.NO_HANDLERS, Replies.NO_INSTANCE + base + " (" + e.getClass().getSimpleName()
          + ")");
    }
  }
}
