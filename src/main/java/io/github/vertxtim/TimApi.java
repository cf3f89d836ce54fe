package io.github.vertxtim;

import io.github.vertxtim.api.account.AccountApi;
import io.github.vertxtim.api.c2c.C2cMessageApi;
import io.github.vertxtim.api.group.GroupApi;
import io.github.vertxtim.bulk.BulkJob;
import io.github.vertxtim.bulk.BulkOptions;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.core.streams.ReadStream;

import java.util.List;

/**
 * What a caller can ask of the TIM service, whoever carries it: a {@link TimClient} over HTTP, or a requester over
 * the event bus. Code written against this interface switches between them without change.
 */
public interface TimApi {

  /**
   * Calls any endpoint by name. A {@code null} body is sent as {@code {}}. The result is the whole answer
   * (ActionStatus, ErrorCode, ErrorInfo and the endpoint's fields) when ActionStatus is OK.
   */
  Future<JsonObject> call(String service, String command, JsonObject body);

  /**
   * The typed family of {@code type}, one of the family interfaces of {@code io.github.vertxtim.api} (made once per
   * carrier). The named accessors below are what callers use; a new family is one such line.
   */
  <F> F family(Class<F> type);

  /** Account management: import, delete, check, kick, online status. */
  default AccountApi accounts() {
    return family(AccountApi.class);
  }

  /** One-to-one (C2C) messages: send, batch send, import, roaming history, recall, read marks, extensions. */
  default C2cMessageApi c2c() {
    return family(C2cMessageApi.class);
  }

  /** Group management (grows with the group family). */
  default GroupApi groups() {
    return family(GroupApi.class);
  }

  /**
   * Runs a bulk job on a batchable endpoint of the registry: items split at the endpoint's per-request limit, paced
   * under its quota, retried when safe, each given exactly one outcome.
   *
   * @throws IllegalArgumentException when the endpoint takes no item list
   */
  <I> BulkJob<I> bulk(String service, String command, ReadStream<I> items, BulkOptions options);

  /** {@link #bulk(String, String, ReadStream, BulkOptions)} over a list (its size gives the progress ETA). */
  <I> BulkJob<I> bulk(String service, String command, List<I> items, BulkOptions options);

  /**
   * Every item of every page of a paged endpoint, fetching the next page only when the consumer wants more.
   *
   * @throws IllegalArgumentException when the registry has no paging rule for the endpoint
   */
  ReadStream<JsonObject> pages(String service, String command, JsonObject request);
}
