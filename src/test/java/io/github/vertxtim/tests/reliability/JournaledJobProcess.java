package io.github.vertxtim.tests.reliability;

import io.github.vertxtim.TimClient;
import io.github.vertxtim.TimClientOptions;
import io.github.vertxtim.bulk.BulkJob;
import io.github.vertxtim.bulk.BulkJournalOptions;
import io.github.vertxtim.bulk.BulkOptions;
import io.github.vertxtim.bulk.BulkSources;
import io.github.vertxtim.bulk.BulkSummary;
import io.vertx.core.Vertx;
import io.vertx.core.file.AsyncFile;
import io.vertx.core.file.OpenOptions;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonObject;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A journaled bulk job in a JVM of its own, for the tests that kill it with SIGKILL: {@code JournaledJobProcess
 * ENDPOINT SDKAPPID SECRET SERVICE/COMMAND INPUT JOURNAL OUTCOMES OPTIONS_JSON}. INPUT is JSON lines (one item a
 * line: a string or an object); every outcome is appended to OUTCOMES as {@code key TAB status TAB code} with one unbuffered write (so a
 * SIGKILL loses none the job reported); the summary is printed as {@code SUMMARY {json}} before it exits.
 */
public final class JournaledJobProcess {

  private JournaledJobProcess() {
  }

  public static void main(String[] args) throws IOException {
    Vertx vertx = Vertx.vertx();
    TimClient client = TimClient.create(vertx, new TimClientOptions().setEndpoint(args[0])
        .setSdkAppId(Long.parseLong(args[1])).setSecretKey(args[2]));
    String[] sc = args[3].split("/");
    JsonObject given = new JsonObject(args[7]);
    BulkOptions options = new BulkOptions(given)
        .setJournal(new BulkJournalOptions(given.getJsonObject("journal", new JsonObject())).setPath(args[5]));
    AsyncFile input = vertx.fileSystem().open(args[4], new OpenOptions().setRead(true)).await();
    try (FileOutputStream outcomes = new FileOutputStream(args[6], true)) {
      BulkJob<Object> job = client.bulk(sc[0], sc[1], BulkSources.map(BulkSources.lines(input), Json::decodeValue),
          options);
      job.outcomes().handler(o -> {
        Object key = o.item() instanceof JsonObject j ? j.getString("UserID") : o.item();
        try {
          outcomes.write((key + "\t" + o.status() + "\t" + o.errorCode() + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
      BulkSummary s = job.summary().await();
      System.out.println("SUMMARY " + new JsonObject().put("items", s.items()).put("ok", s.ok())
          .put("failed", s.failed()).put("cancelled", s.cancelled()).put("skipped", s.skipped())
          .put("resumed", s.resumed()).put("unknown", s.unknown()).put("calls", s.calls())
          .put("journalError", s.journalError() == null ? null : s.journalError().getMessage()));
      System.out.flush();
    }
    vertx.close().await();
    System.exit(0);
  }
}
