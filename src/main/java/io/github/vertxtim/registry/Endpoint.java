package io.github.vertxtim.registry;

import java.util.Locale;
import java.util.Objects;

/**
 * One REST endpoint: where it lives and the facts every layer needs about it.
 *
 * @param family        the API family (account, c2c, group, …)
 * @param service       the {@code servicename} path segment
 * @param command       the {@code command} path segment
 * @param maxItems      items per request, 0 when the endpoint takes no batch list or no source gave a cap
 * @param itemsVerified whether a source confirmed {@code maxItems}; only verified caps may be enforced as errors
 * @param itemsField    the request field holding the batch list, or {@code null}
 * @param ratePerSecond the default app quota for this endpoint (calls or items per second, see {@code rateCountsItems})
 * @param rateCountsItems whether the quota counts items (batchsendmsg: messages per minute) rather than calls
 * @param rateVerified  whether a source confirmed the rate; otherwise it is the general 200/s default
 * @param retrySafety   whether an attempt with an unknown outcome may be repeated
 * @param paging        how to walk the pages of a paged endpoint, or null
 * @param method        the name of the typed family method bound to this endpoint by {@code @TimCall}, or null when the
 *                      endpoint is reached only through {@code call}
 * @param doc           the official doc page of the endpoint, or null when no page is known
 */
public record Endpoint(String family, String service, String command, int maxItems, boolean itemsVerified,
                       String itemsField, double ratePerSecond, boolean rateCountsItems, boolean rateVerified,
                       RetrySafety retrySafety, Paging paging, String method, String doc) {

  public Endpoint {
    method = method == null || method.isBlank() ? null : method;
    doc = doc == null || doc.isBlank() ? null : doc;
    Objects.requireNonNull(family, "family");
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(retrySafety, "retrySafety");
    if (maxItems < 0) {
      throw new IllegalArgumentException("maxItems must be >= 0");
    }
    if (!(ratePerSecond > 0)) {
      throw new IllegalArgumentException("ratePerSecond must be > 0");
    }
  }

  /** An endpoint the registry does not know: reachable through {@code call}, never retried after an unknown outcome. */
  public static Endpoint unregistered(String service, String command) {
    return new Endpoint("unknown", service, command, 0, false, null, 200, false, false, RetrySafety.UNSAFE, null,
        null, null);
  }

  /** {@code service/command}, the key of the endpoint. */
  public String path() {
    return service + "/" + command;
  }

  /** A copy with another default quota (the app bought more, or a test wants less). */
  public Endpoint withRate(double perSecond) {
    return new Endpoint(family, service, command, maxItems, itemsVerified, itemsField, perSecond, rateCountsItems,
        rateVerified, retrySafety, paging, method, doc);
  }

  /** The default quota as people read it: {@code 200/s}, {@code 200 items/s}, {@code 0.5/s}. */
  public String rateText() {
    String n = ratePerSecond == Math.rint(ratePerSecond) ? String.valueOf((long) ratePerSecond)
        : String.format(Locale.ROOT, "%.3g", ratePerSecond);
    return n + (rateCountsItems ? " items/s" : "/s");
  }

  /** Whether answers come in pages that {@link Paging} can walk. */
  public boolean paged() {
    return paging != null;
  }

  /** Whether a typed family method serves this endpoint ({@link #method()} names it). */
  public boolean typed() {
    return method != null;
  }

  /** Whether requests carry a list of items that a bulk job may split. */
  public boolean batchable() {
    return itemsField != null && maxItems > 1;
  }
}
