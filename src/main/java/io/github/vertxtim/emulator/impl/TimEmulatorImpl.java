package io.github.vertxtim.emulator.impl;

import io.github.vertxtim.TimErrorCode;
import io.github.vertxtim.emulator.EmulatorFaults;
import io.github.vertxtim.emulator.EmulatorState;
import io.github.vertxtim.emulator.EmulatorStats;
import io.github.vertxtim.emulator.TimEmulator;
import io.github.vertxtim.emulator.TimEmulatorOptions;
import io.github.vertxtim.emulator.impl.shared.EmulatorClock;
import io.github.vertxtim.registry.EndpointRegistry;
import io.vertx.core.AsyncResult;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import io.vertx.core.net.HostAndPort;
import io.vertx.core.net.SocketAddress;
import io.github.vertxtim.emulator.impl.callback.CallbackSender;
import io.github.vertxtim.emulator.impl.callback.CallbackStage;

import java.util.Objects;

/**
 * The emulator's server: lifecycle, connection counting, and the path of one request — route, read the body, draw
 * the fault, process, answer (after the configured latency).
 *
 * <p>Faults are drawn for POST requests to a registered endpoint path, after the method/URL checks (60002, 60009)
 * and before every other check: like a gateway in front of the service, they do not depend on the usersig or the
 * body. Reset, 502 and throttle leave state untouched; slow processes the request fully (state changes at once)
 * and trickles the answer out.
 */
public class TimEmulatorImpl implements TimEmulator {

  private final Vertx vertx;
  private final TimEmulatorOptions options;
  private final EmulatorStateImpl state;
  private final EmulatorStatsImpl stats = new EmulatorStatsImpl();
  private final FaultInjector faults;
  private final CallbackStage callbacks;
  private final RequestProcessor processor;
  private final AnswerWriter writer;
  private volatile HttpServer server;
  private volatile int port = -1;

  public TimEmulatorImpl(Vertx vertx, TimEmulatorOptions options) {
    this(vertx, options, EmulatorClock.system());
  }

  /** With another clock (a test's {@code ManualClock}): usersig expiry, rate windows and message times use it. */
  public TimEmulatorImpl(Vertx vertx, TimEmulatorOptions options, EmulatorClock clock) {
    this.vertx = Objects.requireNonNull(vertx, "vertx");
    this.options = new TimEmulatorOptions(Objects.requireNonNull(options, "options"));
    this.state = new EmulatorStateImpl(clock, this.options);
    this.faults = new FaultInjector(this.options.getFaults(), this.options.getRandomSeed());
    this.callbacks = this.options.getCallbacks().isEnabled()
        ? new CallbackStage(new CallbackSender(vertx, this.options.getCallbacks(), this.options.getSdkAppId(),
            clock::seconds, stats.callbacks()), state.callbackRules())
        : CallbackStage.off();
    this.processor = new RequestProcessor(this.options, state, stats, callbacks);
    this.writer = new AnswerWriter(vertx);
  }

  /** The paths the families register, checked against the default registry. */
  public static java.util.Set<String> emulatedEndpoints() {
    return new EmulatorStateImpl(EmulatorClock.system(), new TimEmulatorOptions()).install(EndpointRegistry.defaultRegistry()).paths();
  }

  @Override
  public synchronized Future<Integer> start() {
    if (server != null) {
      return Future.failedFuture(new IllegalStateException("TimEmulator already started"));
    }
    HttpServerOptions serverOptions = new HttpServerOptions()
        .setHost(options.getHost())
        .setPort(options.getPort())
        .setIdleTimeout(0)
        // curl and others send "Expect: 100-continue" with larger bodies and wait for the interim answer.
        .setHandle100ContinueAutomatically(true);
    HttpServer s = vertx.createHttpServer(serverOptions);
    s.connectionHandler(conn -> {
      stats.connectionOpened();
      conn.closeHandler(v -> stats.connectionClosed());
    });
    s.requestHandler(this::handle);
    server = s;
    return s.listen().map(bound -> {
      port = bound.actualPort();
      return port;
    }).onFailure(e -> server = null);
  }

  private void handle(HttpServerRequest request) {
    RequestValidator.Route route = processor.route(request.method(), request.path());
    String path = route.endpoint() == null ? null : route.endpoint().path();
    stats.request(path, host(request));
    request.body().onComplete(body -> respond(request, route, path, body));
  }

  private void respond(HttpServerRequest request, RequestValidator.Route route, String path,
                       AsyncResult<Buffer> body) {
    if (body.failed()) {
      return; // the connection went away while the body was arriving: nobody to answer
    }
    EmulatorFaults f = faults.faults();
    if (route.error() != null) {
      later(f, () -> answer(request, path, Envelope.fail(route.error()), f, false));
      return;
    }
    FaultInjector.Fault fault = faults.draw(f);
    if (fault.kind != null) {
      stats.fault(fault.kind);
    }
    switch (fault) {
      case RESET:
        later(f, () -> writer.reset(request));
        break;
      case BAD_GATEWAY:
        later(f, () -> writer.badGateway(request));
        break;
      case THROTTLE:
        later(f, () -> answer(request, path, Envelope.fail(TimErrorCode.REST_API_FREQUENCY_EXCEEDED.code(),
            "REST API call frequency limit exceeded (injected fault)"), f, false));
        break;
      default:
        processor.process(route.endpoint(), request.query(), body.result(), host(request), clientIp(request))
            .onSuccess(answer -> later(f, () -> answer(request, path, answer, f, fault == FaultInjector.Fault.SLOW)));
    }
  }

  private void answer(HttpServerRequest request, String path, JsonObject answer, EmulatorFaults f, boolean slow) {
    if (request.response().closed()) {
      return;
    }
    stats.answer(path, Envelope.code(answer));
    if (slow) {
      writer.slowJson(request, answer.toBuffer(), f.slowMillis());
    } else {
      writer.json(request, answer.toBuffer());
    }
  }

  /** Runs {@code action} after the configured latency, on a timer: the event loop is never held. */
  private void later(EmulatorFaults f, Runnable action) {
    if (f.latencyMillis() <= 0) {
      action.run();
    } else {
      vertx.setTimer(f.latencyMillis(), id -> action.run());
    }
  }

  /** The caller's address: the ClientIP of the callbacks its request causes. */
  private static String clientIp(HttpServerRequest request) {
    SocketAddress remote = request.remoteAddress();
    return remote == null ? null : remote.hostAddress();
  }

  private static String host(HttpServerRequest request) {
    String host = request.getHeader("Host");
    if (host != null) {
      return host;
    }
    HostAndPort authority = request.authority();
    return authority == null ? null : authority.toString();
  }

  @Override
  public int port() {
    return port;
  }

  @Override
  public String baseUrl() {
    String host = options.getHost();
    return "http://" + (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
  }

  @Override
  public TimEmulatorOptions options() {
    return options;
  }

  @Override
  public void setFaults(EmulatorFaults faults) {
    this.faults.setFaults(faults);
    options.setFaults(faults);
  }

  @Override
  public EmulatorFaults faults() {
    return faults.faults();
  }

  @Override
  public EmulatorStats stats() {
    return stats;
  }

  @Override
  public EmulatorState state() {
    return state;
  }

  /** Closes the server and every open connection; pending slow answers stop. */
  @Override
  public synchronized Future<Void> close() {
    HttpServer s = server;
    if (s == null) {
      return callbacks.close();
    }
    server = null;
    return s.close().compose(v -> callbacks.close());
  }

  @Override
  public String toString() {
    return "TimEmulator[" + baseUrl() + ", sdkAppId=" + options.getSdkAppId() + "]";
  }
}
