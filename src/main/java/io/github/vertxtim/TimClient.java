package io.github.vertxtim;

import io.github.vertxtim.bulk.BulkJob;
import io.github.vertxtim.bulk.BulkOptions;
import io.github.vertxtim.registry.Endpoint;
import io.github.vertxtim.impl.TimClientImpl;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.core.streams.ReadStream;

import java.util.List;
import java.util.function.Supplier;

/**
 * A non-blocking client of the Tencent Cloud Chat (TIM) server REST API.
 *
 * <p>One instance holds one HTTP/1.1 keep-alive pool per region domain, generates and renews the admin usersig,
 * enforces a total deadline per attempt and retries what the endpoint registry marks safe. Every method returns a
 * {@link Future} completed on the caller's context; failures are {@link TimException}s.
 */
public interface TimClient extends TimApi {

  /** A client that signs its requests with {@link TimClientOptions#getSecretKey() the secret key}. */
  static TimClient create(Vertx vertx, TimClientOptions options) {
    return new TimClientImpl(vertx, options, null);
  }

  /**
   * A client that takes admin usersigs from {@code userSigSupplier} (for keys kept in a vault or another service).
   * The client decodes each usersig's validity and asks again before it runs out, and once more when the service
   * refuses one.
   */
  static TimClient create(Vertx vertx, TimClientOptions options, Supplier<Future<String>> userSigSupplier) {
    return new TimClientImpl(vertx, options, java.util.Objects.requireNonNull(userSigSupplier, "userSigSupplier"));
  }

  /**
   * A client whose bulk jobs take their place under each endpoint's quota from {@code pacer}, e.g.
   * {@link QuotaPacer#shared(Vertx, String)} so that several clients, verticle instances or cluster nodes of one app
   * stay under the app's quota together. {@link #create(Vertx, TimClientOptions)} uses a pacer of its own.
   */
  static TimClient create(Vertx vertx, TimClientOptions options, QuotaPacer pacer) {
    return new TimClientImpl(vertx, options, null, java.util.Objects.requireNonNull(pacer, "pacer"));
  }

  /**
   * Runs a bulk job on a batchable endpoint of the registry: the items (strings, JsonObjects or records, as the
   * endpoint's item list holds them) are split at the endpoint's per-request limit, paced under its quota
   * ({@link BulkOptions#setRatePerSecond}, shared by all jobs of this client on that endpoint), retried when safe,
   * and each given exactly one outcome.
   *
   * @throws IllegalArgumentException when the endpoint takes no item list
   */
  @Override
  <I> BulkJob<I> bulk(String service, String command, ReadStream<I> items, BulkOptions options);

  /** {@link #bulk(String, String, ReadStream, BulkOptions)} over a list (its size gives the progress ETA). */
  @Override
  <I> BulkJob<I> bulk(String service, String command, List<I> items, BulkOptions options);

  /** A bulk job on any endpoint description, e.g. one the registry does not know yet. */
  <I> BulkJob<I> bulk(Endpoint endpoint, ReadStream<I> items, BulkOptions options);

  /**
   * Every item of every page of a paged endpoint, fetching the next page only when the consumer wants more.
   * {@code request} is the first page's body (filters, page size).
   *
   * @throws IllegalArgumentException when the registry has no paging rule for the endpoint
   */
  @Override
  ReadStream<JsonObject> pages(String service, String command, JsonObject request);

  /** {@link #pages(String, String, JsonObject)} for any endpoint description with a paging rule. */
  ReadStream<JsonObject> pages(Endpoint endpoint, JsonObject request);

  /**
   * Sets a handler told of every failed attempt while the call goes on — a usersig renewal, a try of the backup
   * domain, a retry after a wait, or the final failure — on the context the call runs on; {@code null} removes it.
   * A slow call that retries is visible as it happens ({@code tim call -v} prints these).
   */
  TimClient attemptHandler(io.vertx.core.Handler<TimAttempt> handler);

  /** Closes the pools; calls in flight fail with CLIENT_CLOSED. */
  Future<Void> close();
}
