package io.github.vertxtim.eventbus;

import io.github.vertxtim.eventbus.impl.AdminInstance;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VerticleBase;
import io.vertx.core.internal.ContextInternal;

/**
 * A verticle that owns a {@link io.github.vertxtim.TimClient} and serves admin requests over the event bus, so that
 * the other verticles of an application (on this node or any node of a cluster) need neither credentials nor
 * connection pools. Requesters use {@link TimEventBusClient}; the address scheme is {@link TimAddresses}.
 *
 * <p>Configuration: {@link TimAdminOptions} as the deployment's JSON config (the client's keys plus
 * {@code address} and the verticle's keys), or given to the constructor.
 *
 * <ul>
 *   <li><b>Answers</b>: the service's answer, or a failure whose code is the TIM ErrorCode (negative codes are the
 *       client's, see {@link io.github.vertxtim.TimErrorCode}) and whose message is the ErrorInfo.</li>
 *   <li><b>Bounded</b>: each instance works on at most {@code maxInFlight} calls and {@code maxBulkJobs} jobs;
 *       past that a request is answered at once with {@code OVERLOADED} (-9). The node's consumer holds at most
 *       {@code maxBufferedMessages}.</li>
 *   <li><b>One quota</b>: calls and bulk jobs take their slot from {@link io.github.vertxtim.QuotaPacer#shared}, so
 *       all instances and all nodes of the app stay under each endpoint's quota together.</li>
 *   <li><b>Instances</b>: deploy with {@code setInstances(n)}; one dispatcher per node hands each request to the
 *       instance with room. Undeploying drains: requests already taken are answered, new ones go elsewhere.</li>
 * </ul>
 */
public class TimAdminVerticle extends VerticleBase {

  private final TimAdminOptions given;
  private AdminInstance instance;

  /** Takes its options from the deployment's config. */
  public TimAdminVerticle() {
    this.given = null;
  }

  public TimAdminVerticle(TimAdminOptions options) {
    this.given = new TimAdminOptions(options);
  }

  /** Deploys {@code instances} instances configured by {@code options}; the Future carries the deployment ID. */
  public static Future<String> deploy(Vertx vertx, TimAdminOptions options, int instances) {
    // instances made from the options object, not from its JSON: a programmatic MeterRegistry
    // (TimMetricsOptions.setMeterRegistry) has no JSON form and would be lost on the way
    TimAdminOptions copy = new TimAdminOptions(options);
    return vertx.deployVerticle(() -> new TimAdminVerticle(copy), new DeploymentOptions().setInstances(instances));
  }

  @Override
  public Future<?> start() {
    TimAdminOptions options = given != null ? given : new TimAdminOptions(config());
    instance = new AdminInstance(vertx, (ContextInternal) context, options, deploymentID());
    return instance.start();
  }

  @Override
  public Future<?> stop() {
    return instance == null ? Future.succeededFuture() : instance.stop();
  }

  /** Which instance this is, as the {@link TimAddresses#HEADER_INSTANCE} header of its answers says. */
  public String instanceId() {
    return instance == null ? null : instance.id();
  }
}
