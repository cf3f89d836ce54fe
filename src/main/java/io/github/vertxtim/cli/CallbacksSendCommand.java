package io.github.vertxtim.cli;

import io.github.vertxtim.callback.CallbackSignature;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonObject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

/**
 * {@code tim callbacks send}: signs and POSTs one callback to the user's endpoint the way Tencent does (query in the
 * documented order, Sign and RequestTime last, 2 s deadline) and prints the answer.
 */
@Command(name = "send",
    mixinStandardHelpOptions = true,
    description = {
        "Signs and sends one callback to URL and prints the answer (HTTP status on stderr, body on stdout).",
        "The body is a JSON literal, @file or - (stdin); without one it is {\"CallbackCommand\": COMMAND}.",
        "Exit 0 when the endpoint answers 200 with JSON ActionStatus OK, 1 otherwise."},
    sortOptions = false)
final class CallbacksSendCommand implements Callable<Integer> {

  @ParentCommand
  CallbacksCommand parent;

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "COMMAND", description = "The CallbackCommand, e.g. C2C.CallbackAfterSendMsg.")
  String command;

  @Parameters(index = "1", arity = "0..1", paramLabel = "JSON | @file | -", description = "The body.")
  String body;

  @Option(names = "--url", required = true, paramLabel = "URL", description = "The endpoint, e.g. http://127.0.0.1:8080/tim/callback.")
  String url;

  @Option(names = "--timeout-ms", defaultValue = "2000", paramLabel = "MS",
      description = "How long to wait for the answer (default: ${DEFAULT-VALUE}, Tencent's deadline).")
  int timeoutMillis;

  @Override
  public Integer call() {
    if (timeoutMillis <= 0) {
      throw new CliUsageException("--timeout-ms must be > 0, got " + timeoutMillis);
    }
    TimCli root = parent.root;
    long sdkAppId = EnvCredentials.sdkAppId(root.env());
    String token = EnvCredentials.callbackToken(root.env());
    if (token != null) {
      root.redactor().add(token);
    }
    JsonObject json = body == null ? new JsonObject().put("CallbackCommand", command)
        : JsonBody.read(body, root.stdin());
    URI target;
    try {
      target = URI.create(url);
    } catch (IllegalArgumentException e) {
      throw new CliUsageException("--url: not a URL: " + url);
    }
    if (target.getScheme() == null || !target.getScheme().matches("(?i)https?") || target.getHost() == null) {
      throw new CliUsageException("--url must be an http or https URL, got " + url);
    }
    String uri = url + (target.getRawQuery() == null ? "?" : "&") + query(sdkAppId, token);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Vertx vertx = Vertx.vertx();
    try {
      int deadline = timeoutMillis;
      var client = vertx.createHttpClient(new HttpClientOptions().setConnectTimeout(deadline));
      Answer answer = client.request(new RequestOptions().setMethod(HttpMethod.POST).setAbsoluteURI(uri)
              .putHeader(HttpHeaders.CONTENT_TYPE, "application/json").setIdleTimeout(deadline))
          .compose(request -> request.send(json.toBuffer()))
          .compose(response -> response.body().map(b -> new Answer(response.statusCode(), b.toString())))
          .await();
      err.println("tim: HTTP " + answer.status());
      out.println(answer.body());
      out.flush();
      err.flush();
      return answer.status() == 200 && ok(answer.body()) ? ExitCodes.OK : ExitCodes.FAILED;
    } catch (RuntimeException e) {
      // Vert.x names the request URI, query (Sign) included: keep the text, drop the query
      String why = String.valueOf(e.getMessage()).replaceAll("\\?\\S*", "");
      throw new IllegalStateException("cannot send to " + url + ": " + why, e);
    } finally {
      vertx.close().await();
    }
  }

  private record Answer(int status, String body) {
  }

  private static boolean ok(String body) {
    try {
      return "OK".equals(new JsonObject(body).getString("ActionStatus"));
    } catch (RuntimeException e) {
      return false;
    }
  }

  /** The query of shared/api/callbacks.md §2.1, Sign and RequestTime last (left out without a token). */
  private String query(long sdkAppId, String token) {
    StringBuilder q = new StringBuilder("SdkAppid=").append(sdkAppId)
        .append("&CallbackCommand=").append(URLEncoder.encode(command, StandardCharsets.UTF_8))
        .append("&contenttype=json&ClientIP=127.0.0.1&OptPlatform=RESTAPI");
    if (token != null) {
      long now = System.currentTimeMillis() / 1000;
      q.append("&Sign=").append(CallbackSignature.sign(token, now)).append("&RequestTime=").append(now);
    }
    return q.toString();
  }
}
