package io.github.vertxtim.emulator.impl;

import io.github.vertxtim.TimErrorCode;
import io.github.vertxtim.emulator.EmulatorFaults;
import io.github.vertxtim.emulator.EmulatorState;
import io.github.vertxtim.emulator.EmulatorStats;
import io.github.vertxtim.emulator.TimEmulator;
import io.github.vertxtim.emulator.TimEmulatorOptions;
import io.github.vertxtim.metrics.impl.Metrics;
import io.github.vertxtim.emulator.impl.shared.EmulatorClock;
import io.github.vertxtim.registry.EndpointRegistry;
import io.vertx.core.AsyncResult;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.tracing.TracingPolicy;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.internal.ContextInternal;
import io.vertx.core.json.JsonObject;
import io.vertx.core.net.HostAndPort;
import io.vertx.core.net.SocketAddress;
import io.github.vertxtim.emulator.impl.callback.CallbackSender;
import io.github.vertxtim.emulator.impl.callback.CallbackStage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
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

  private static final Logger LOG = LoggerFactory.getLogger(TimEmulatorImpl.class);

  private final Vertx vertx;
  private final TimEmulatorOptions options;
  private final EmulatorStateImpl state;
  private final EmulatorStatsImpl stats;
  private final FaultInjector faults;
  private final CallbackStage callbacks;
  private final RequestProcessor processor;
  private final AnswerWriter writer;
  private volatile HttpServer server;
  private volatile int port = -1;
  /**
   * The context the server listens on. Every request is handled on its event loop (one server instance, outside
   * any verticle), so a snapshot taken there sees no request half done.
   */
  private volatile ContextInternal context;
  /** The last snapshot write; the next one waits for it, so writes to a file land in the order asked. */
  private Future<Void> lastWrite = Future.succeededFuture();
  private long saveTimer = -1;

  public TimEmulatorImpl(Vertx vertx, TimEmulatorOptions options) {
    this(vertx, options, EmulatorClock.system());
  }

  /** With another clock (a test's {@code ManualClock}): usersig expiry, rate windows and message times use it. */
  public TimEmulatorImpl(Vertx vertx, TimEmulatorOptions options, EmulatorClock clock) {
    this.vertx = Objects.requireNonNull(vertx, "vertx");
    this.options = new TimEmulatorOptions(Objects.requireNonNull(options, "options"));
    this.stats = new EmulatorStatsImpl(Metrics.emulator(vertx, this.options.getMetricsOptions()));
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
        .setHandle100ContinueAutomatically(true)
        // a server span would record the request URL, query and usersig included (Vert.x's url.query tag)
        .setTracingPolicy(TracingPolicy.IGNORE);
    HttpServer s = vertx.createHttpServer(serverOptions);
    s.connectionHandler(conn -> {
      stats.connectionOpened();
      conn.closeHandler(v -> stats.connectionClosed());
    });
    s.requestHandler(this::handle);
    server = s;
    ContextInternal ctx = (ContextInternal) vertx.getOrCreateContext();
    context = ctx;
    io.vertx.core.Promise<Integer> bound = ctx.promise();
    ctx.runOnContext(v -> restoreStateFile().compose(x -> s.listen()).map(listening -> {
      port = listening.actualPort();
      startPeriodicSave();
      return port;
    }).onComplete(bound));
    return bound.future().onFailure(e -> {
      synchronized (this) {
        if (server == s) {
          server = null;
        }
      }
    });
  }

  /** Loads the state file when one is set and exists (on the server's context, before it listens). */
  private Future<Void> restoreStateFile() {
    String file = options.getStateFile();
    if (file == null) {
      return Future.succeededFuture();
    }
    return vertx.fileSystem().exists(file).compose(exists -> !exists ? Future.succeededFuture()
        : vertx.fileSystem().readFile(file).map(bytes -> {
          StateSnapshot.load(state, bytes, file);
          return null;
        }));
  }

  private synchronized void startPeriodicSave() {
    long every = options.getStateSaveIntervalMillis();
    if (options.getStateFile() != null && every > 0) {
      Path file = Path.of(options.getStateFile());
      saveTimer = vertx.setPeriodic(every, id -> snapshot(file).onFailure(e ->
          LOG.warn("periodic emulator state save to {} failed: {}", file, e.toString())));
    }
  }

  @Override
  public Future<Void> snapshot(Path file) {
    Objects.requireNonNull(file, "file");
    ContextInternal caller = (ContextInternal) vertx.getOrCreateContext();
    ContextInternal loop = context != null ? context : caller;
    io.vertx.core.Promise<Void> done = caller.promise();
    loop.runOnContext(v -> {
      Buffer bytes;
      try {
        bytes = StateSnapshot.encode(state, options.getSdkAppId(), state.clock().millis());
      } catch (RuntimeException e) {
        done.fail(e);
        return;
      }
      Future<Void> write;
      synchronized (this) {
        write = lastWrite.transform(previous -> vertx.executeBlocking(() -> {
          SnapshotFile.write(file, bytes);
          return null;
        }, false));
        lastWrite = write;
      }
      write.onComplete(done);
    });
    return done.future();
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

  /**
   * Closes the server and every open connection; pending slow answers stop. With a state file, the state is then
   * saved to it (after the last request), and a failed save fails the close.
   */
  @Override
  public synchronized Future<Void> close() {
    HttpServer s = server;
    if (s == null) {
      return callbacks.close();
    }
    server = null;
    if (saveTimer != -1) {
      vertx.cancelTimer(saveTimer);
      saveTimer = -1;
    }
    String file = options.getStateFile();
    if (file == null) {
      return s.close().compose(v -> callbacks.close());
    }
    ContextInternal caller = (ContextInternal) vertx.getOrCreateContext();
    io.vertx.core.Promise<Void> done = caller.promise();
    s.close().compose(v -> snapshot(Path.of(file))).compose(v -> callbacks.close()).onComplete(done);
    return done.future();
  }

  @Override
  public String toString() {
    return "TimEmulator[" + baseUrl() + ", sdkAppId=" + options.getSdkAppId() + "]";
  }
}
