package io.github.vertxtim.cli;

import io.github.vertxtim.callback.CallbackDefault;
import io.github.vertxtim.callback.CallbackRequest;
import io.github.vertxtim.callback.TimCallbackReceiver;
import io.github.vertxtim.callback.TimCallbackReceiverOptions;
import io.github.vertxtim.registry.CallbackCommand;
import io.github.vertxtim.registry.CallbackDirection;
import io.github.vertxtim.registry.CallbackRegistry;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/**
 * {@code tim callbacks listen}: a {@link TimCallbackReceiver} on its own server until Ctrl-C. Each verified event is
 * one JSON line on stdout ({@code {"command", "clientIp", "optPlatform", "body"}}), each refused request one line
 * on stderr; every before-callback is answered allow.
 */
@Command(name = "listen",
    mixinStandardHelpOptions = true,
    description = {
        "Runs a callback receiver: verifies SdkAppid, Sign and RequestTime, prints each verified event as one JSON",
        "line on stdout and each refused request as one line on stderr, and answers allow to every before-callback.",
        "Point the console's callback URL (or tim emulator --callback-url) at it."},
    sortOptions = false)
final class CallbacksListenCommand implements Callable<Integer> {

  @ParentCommand
  CallbacksCommand parent;

  @Spec
  CommandSpec spec;

  @Option(names = "--host", defaultValue = "127.0.0.1", paramLabel = "HOST",
      description = "Address to listen on (default: ${DEFAULT-VALUE}).")
  String host;

  @Option(names = "--port", defaultValue = "8080", paramLabel = "N",
      description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--path", defaultValue = "/tim/callback", paramLabel = "PATH",
      description = "The callback path (default: ${DEFAULT-VALUE}).")
  String path;

  @Override
  public Integer call() {
    TimCli root = root();
    long sdkAppId = EnvCredentials.sdkAppId(root.env());
    String token = EnvCredentials.callbackToken(root.env());
    if (token == null) {
      throw new CliUsageException("no callback token: set " + EnvCredentials.CALLBACK_TOKEN + " to the console's "
          + "callback token, or " + EnvCredentials.CALLBACK_TOKEN_FILE + " to a file that holds it");
    }
    root.redactor().add(token);
    if (!path.startsWith("/")) {
      throw new CliUsageException("--path must start with /, got " + path);
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Vertx vertx = Vertx.vertx();
    try {
      TimCallbackReceiver receiver = TimCallbackReceiver.create(vertx, new TimCallbackReceiverOptions()
          .setSdkAppId(sdkAppId).addToken(token).setLogRejections(false));
      for (CallbackCommand command : CallbackRegistry.defaultRegistry().commands()) {
        if (command.direction() == CallbackDirection.BEFORE) {
          receiver.before(command.command(), request -> {
            print(out, line(request));
            return Future.succeededFuture(request.decide(CallbackDefault.ALLOW));
          });
        } else {
          receiver.after(command.command(), request -> {
            print(out, line(request));
            return Future.succeededFuture();
          });
        }
      }
      receiver.unknown(raw -> {
        print(out, new JsonObject().put("command", raw.command()).put("clientIp", raw.clientIp())
            .put("optPlatform", raw.optPlatform()).put("body", raw.body()).put("unknown", true).encode());
        return Future.succeededFuture();
      });
      receiver.rejectionHandler(rejection -> print(err, root.redactor().redact(rejection.toString())));
      Router router = Router.router(vertx);
      router.post(path).handler(receiver);
      HttpServer server;
      try {
        server = vertx.createHttpServer().requestHandler(router).listen(port, host).await();
      } catch (RuntimeException e) {
        throw new IllegalStateException("cannot listen on " + host + ":" + port + ": " + e.getMessage(), e);
      }
      print(out, "TIM callback receiver listening on http://" + host + ":" + server.actualPort() + path);
      print(err, "tim: Ctrl-C to stop");
      root.stopSignal().join();
      return ExitCodes.OK;
    } finally {
      try {
        vertx.close().await();
      } catch (RuntimeException ignored) {
        // leaving anyway
      }
    }
  }

  private TimCli root() {
    TimCli root = parent == null ? null : parent.root;
    if (root == null) {
      throw new IllegalStateException("tim callbacks listen runs under the tim command");
    }
    return root;
  }

  private static String line(CallbackRequest<?> request) {
    return new JsonObject().put("command", request.command().command()).put("clientIp", request.clientIp())
        .put("optPlatform", request.optPlatform()).put("body", request.raw()).encode();
  }

  /** One whole line per event, whichever event loop prints it. */
  private static void print(PrintWriter writer, String line) {
    synchronized (writer) {
      writer.println(line);
      writer.flush();
    }
  }
}
