package io.github.vertxtim.eventbus.impl;

import io.github.vertxtim.TimClient;
import io.github.vertxtim.TimErrorCode;
import io.github.vertxtim.bulk.BulkJob;
import io.github.vertxtim.bulk.BulkOptions;
import io.github.vertxtim.bulk.BulkOutcome;
import io.github.vertxtim.bulk.BulkProgress;
import io.github.vertxtim.bulk.BulkSummary;
import io.github.vertxtim.eventbus.TimAddresses;
import io.github.vertxtim.eventbus.TimAdminOptions;
import io.github.vertxtim.internal.BoundedQueueStream;
import io.github.vertxtim.registry.Endpoint;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.Message;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.eventbus.MessageConsumerOptions;
import io.vertx.core.internal.ContextInternal;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.IdentityHashMap;

import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * The verticle side of one bulk job over the bus (protocol in docs/eventbus.md, "Bulk protocol"). The requester
 * sends items while it holds credit ({@code accept}: items reported back + window), and keeps one poll waiting
 * here; the poll is answered as soon as there are outcomes the requester has room for ({@code take}), a progress
 * event, the end of the job, or after one heartbeat. Outcomes are pulled from the job only up to the requester's
 * credit, so a requester that stops reading stops the job, and a job holds at most a window of items on each side.
 * Everything runs on the instance's context.
 */
final class JobServer {

  /** Outcomes per answer at most, to keep messages small. */
  static final int MAX_OUTCOMES_PER_MESSAGE = 1000;
  static final long MAX_HEARTBEAT_MILLIS = 5000;

  private final AdminInstance owner;
  private final Vertx vertx;
  private final ContextInternal ctx;
  private final TimClient client;
  private final Endpoint endpoint;
  private final BulkOptions bulkOptions;
  private final TimAdminOptions options;
  private final String id = UUID.randomUUID().toString();
  private final String address;
  private final int window;
  private final long heartbeat;
  /** The items the requester sent, as the job's source; it holds at most a window (the requester's credit). */
  private final BoundedQueueStream<Object> feed;
  /** Item object (a distinct instance per item) to its sequence number. */
  private final IdentityHashMap<Object, Long> seqOf = new IdentityHashMap<>();
  private final ArrayDeque<BulkOutcome<Object>> outcomes = new ArrayDeque<>();
  private BulkJob<Object> job;
  private MessageConsumer<Object> consumer;
  private long received;
  private long sent;
  private long take;
  private long demanded;
  private Message<Object> heldPoll;
  private long heldTimer = -1;
  private long watchdog = -1;
  private long lastHeardNanos = System.nanoTime();
  private BulkProgress progress;
  private boolean progressDue;
  private BulkSummary summary;
  private boolean outcomesEnded;
  private boolean abandoned;
  private boolean finished;

  JobServer(AdminInstance owner, Vertx vertx, ContextInternal ctx, TimClient client, Endpoint endpoint,
            BulkOptions bulkOptions, TimAdminOptions options) {
    this.owner = owner;
    this.vertx = vertx;
    this.ctx = ctx;
    this.client = client;
    this.endpoint = endpoint;
    this.bulkOptions = bulkOptions;
    this.options = options;
    this.address = TimAddresses.job(options.getAddress(), id);
    this.window = options.getBulkWindow();
    this.heartbeat = heartbeatMillis(bulkOptions);
    this.feed = new BoundedQueueStream<>(ctx, window, BoundedQueueStream.WithoutHandler.KEEP);
  }

  static long heartbeatMillis(BulkOptions bulkOptions) {
    return Math.min(bulkOptions.getProgressIntervalMillis(), MAX_HEARTBEAT_MILLIS);
  }

  String id() {
    return id;
  }

  void start(Message<Object> startMessage) {
    try {
      job = client.bulk(endpoint, feed, bulkOptions);
    } catch (IllegalArgumentException e) {
      Replies.fail(startMessage, TimErrorCode.INVALID_ARGUMENT, e.getMessage());
      finished = true;
      owner.jobEnded(this);
      return;
    }
    // Outcomes are pulled up to the requester's credit only.
    job.outcomes().pause();
    job.outcomes().handler(this::onOutcome);
    job.outcomes().endHandler(v -> {
      outcomesEnded = true;
      flush(false);
    });
    job.progressHandler(p -> {
      progress = p;
      progressDue = true;
      flush(false);
    });
    job.summary().onComplete(ar -> ctx.execute(() -> {
      summary = ar.succeeded() ? ar.result() : null;
      if (ar.failed()) {
        // The engine's summary does not fail; if it ever did, end the conversation rather than hang.
        failHeld(TimErrorCode.INVALID_RESPONSE, "bulk job failed: " + ar.cause().getMessage());
        finish();
      } else {
        flush(false);
      }
    }));
    consumer = vertx.eventBus().consumer(new MessageConsumerOptions().setAddress(address)
        .setLocalOnly(options.isLocalOnly()), this::onMessage);
    consumer.completion().onComplete(ar -> {
      if (ar.failed()) {
        Replies.fail(startMessage, TimErrorCode.NETWORK_ERROR, "cannot register the job's address: "
            + ar.cause().getMessage());
        job.cancel();
        feed.end();
        abandoned = true;
        job.outcomes().resume();
        return;
      }
      lastHeardNanos = System.nanoTime();
      watchdog = vertx.setPeriodic(heartbeat, t -> checkRequester());
      startMessage.reply(new JsonObject().put("job", id).put("address", address).put("accept", accept()));
    });
  }

  private long accept() {
    return sent + window;
  }

  private void onMessage(Message<Object> msg) {
    lastHeardNanos = System.nanoTime();
    if (finished || abandoned) {
      Replies.fail(msg, TimErrorCode.CANCELLED, "bulk job " + id + " is over");
      return;
    }
    JsonObject body;
    String op;
    try {
      body = (JsonObject) msg.body();
      op = body.getString("op");
      take = Math.max(take, body.getLong("take", take));
    } catch (ClassCastException | NullPointerException e) {
      Replies.fail(msg, TimErrorCode.INVALID_ARGUMENT, "a job message is a JsonObject with an \"op\"");
      return;
    }
    switch (op == null ? "" : op) {
      case "items" -> onItems(msg, body);
      case "poll" -> {
        if (heldPoll != null) {
          answerHeld();
        }
        heldPoll = msg;
        heldTimer = vertx.setTimer(heartbeat, t -> {
          heldTimer = -1;
          flush(true);
        });
        pull();
        flush(false);
      }
      case "credit" -> {
        msg.reply(new JsonObject());
        pull();
        flush(false);
      }
      case "cancel" -> {
        job.cancel();
        msg.reply(new JsonObject());
      }
      default -> Replies.fail(msg, TimErrorCode.INVALID_ARGUMENT, "unknown op " + op);
    }
  }

  private void onItems(Message<Object> msg, JsonObject body) {
    JsonArray items = body.getJsonArray("items", new JsonArray());
    if (feed.writeEnded()) {
      Replies.fail(msg, TimErrorCode.INVALID_ARGUMENT, "items after the end of the job's source");
      return;
    }
    if (received + items.size() > accept()) {
      Replies.fail(msg, TimErrorCode.INVALID_ARGUMENT, "more items than granted: " + (received + items.size())
          + " > " + accept());
      return;
    }
    for (int i = 0; i < items.size(); i++) {
      Object item = distinct(items.getValue(i));
      seqOf.put(item, received++);
      feed.write(item);
    }
    if (body.getBoolean("end", false)) {
      String error = body.getString("error");
      if (error == null) {
        feed.end();
      } else {
        feed.fail(new RequesterSourceException(error));
      }
    }
    msg.reply(new JsonObject().put("accept", accept()));
  }

  /** A fresh object per item, so that the outcome (which carries the item as given) finds its sequence number. */
  private Object distinct(Object value) {
    Object item;
    if (value instanceof String s) {
      item = new String(s);
    } else if (value instanceof Number n) {
      item = new BigDecimal(n.toString());
    } else if (value instanceof JsonObject o) {
      item = seqOf.containsKey(o) ? o.copy() : o;
    } else if (value instanceof JsonArray a) {
      item = seqOf.containsKey(a) ? a.copy() : a;
    } else {
      // The requester sends objects, strings, numbers and arrays only.
      item = new JsonObject().put("value", value);
    }
    return item;
  }

  /** Asks the job for as many outcomes as the requester can still take. */
  private void pull() {
    if (abandoned) {
      return;
    }
    long credit = take - sent - outcomes.size() - demanded;
    if (credit > 0) {
      demanded += credit;
      job.outcomes().fetch(credit);
    }
  }

  private void onOutcome(BulkOutcome<Object> outcome) {
    if (demanded > 0) {
      demanded--;
    }
    if (abandoned) {
      seqOf.remove(outcome.item());
      return;
    }
    outcomes.add(outcome);
    flush(false);
  }

  private boolean done() {
    return summary != null && outcomesEnded && outcomes.isEmpty();
  }

  /** Answers the waiting poll if there is anything to say (or {@code force}: the heartbeat). */
  private void flush(boolean force) {
    if (finished) {
      return;
    }
    if (abandoned) {
      if (summary != null && outcomesEnded) {
        finish();
      }
      return;
    }
    if (heldPoll == null) {
      return;
    }
    boolean deliverable = !outcomes.isEmpty() && sent < take;
    if (force || deliverable || progressDue || done()) {
      answerHeld();
    }
  }

  private void answerHeld() {
    int n = (int) Math.min(Math.min(outcomes.size(), Math.max(0, take - sent)), MAX_OUTCOMES_PER_MESSAGE);
    JsonArray list = new JsonArray();
    for (int i = 0; i < n; i++) {
      BulkOutcome<Object> o = outcomes.poll();
      Long seq = seqOf.remove(o.item());
      list.add(new JsonArray().add(seq).add(o.status().name()).add(o.errorCode()).add(o.errorInfo())
          .add(o.attempts()));
    }
    sent += n;
    JsonObject answer = new JsonObject().put("accept", accept()).put("outcomes", list);
    if (progressDue && progress != null) {
      answer.put("progress", Wire.progress(progress));
      progressDue = false;
    }
    boolean over = done();
    if (over) {
      answer.put("summary", Wire.summary(summary));
    }
    Message<Object> poll = heldPoll;
    heldPoll = null;
    if (heldTimer != -1) {
      vertx.cancelTimer(heldTimer);
      heldTimer = -1;
    }
    poll.reply(answer);
    if (over) {
      finish();
    } else {
      pull();
    }
  }

  private void failHeld(TimErrorCode code, String info) {
    if (heldPoll != null) {
      Message<Object> poll = heldPoll;
      heldPoll = null;
      if (heldTimer != -1) {
        vertx.cancelTimer(heldTimer);
        heldTimer = -1;
      }
      Replies.fail(poll, code, info);
    }
  }

  private void checkRequester() {
    long silent = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - lastHeardNanos);
    if (heldPoll == null && silent > options.getRequesterTimeoutMillis()) {
      abandon();
    }
  }

  /** The requester went away: cancel, end the feed, drop what comes out, and go once the job is over. */
  private void abandon() {
    if (abandoned || finished) {
      return;
    }
    abandoned = true;
    job.cancel();
    feed.end();
    outcomes.clear();
    seqOf.clear();
    job.outcomes().resume();
    flush(false);
  }

  /** The verticle is stopping: send nothing more to the service; the requester still gets every outcome. */
  void cancelForStop() {
    if (job != null) {
      job.cancel();
    }
  }

  /** The drain time is over: the requester is told, and the job is dropped. */
  void forceStop() {
    if (finished) {
      return;
    }
    failHeld(TimErrorCode.CLIENT_CLOSED, "the admin verticle stopped before bulk job " + id + " finished");
    abandon();
    finish();
  }

  private void finish() {
    if (finished) {
      return;
    }
    finished = true;
    if (watchdog != -1) {
      vertx.cancelTimer(watchdog);
    }
    if (consumer != null) {
      consumer.unregister();
    }
    owner.jobEnded(this);
  }

  /** The requester's source failed with this message. */
  static final class RequesterSourceException extends RuntimeException {
    RequesterSourceException(String message) {
      super(message, null, false, false);
    }
  }

}
