package io.github.vertxtim.tests.api;

import com.tencentcloudapi.im.ApiClient;
import io.github.vertxtim.TimClient;
import io.github.vertxtim.TimClientOptions;
import io.github.vertxtim.TimException;
import io.github.vertxtim.emulator.EmulatorState;
import io.github.vertxtim.emulator.TimEmulator;
import io.github.vertxtim.emulator.TimEmulatorOptions;
import io.github.vertxtim.emulator.impl.TimEmulatorImpl;
import io.github.vertxtim.emulator.impl.shared.EmulatorClock;
import io.github.vertxtim.emulator.impl.shared.ManualClock;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.core.streams.ReadStream;
import io.vertx.junit5.Timeout;
import io.vertx.junit5.VertxExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The base of every family's typed-API tests: an emulator on a random loopback port, a {@link TimClient} that
 * reaches it, and the official Tencent Java SDK pointed at it. Calls are made on a Vert.x context and awaited from
 * the JUnit thread, each wait bounded. A test changes the emulator's options by overriding
 * {@link #emulatorOptions()}.
 */
@ExtendWith(VertxExtension.class)
@Timeout(value = 180, timeUnit = TimeUnit.SECONDS)
public abstract class FamilyTestBase {

  public static final long SDK_APP_ID = 1_400_000_321L;
  public static final String ADMIN = "administrator";
  /** Generous: the first call in a fresh JVM on a loaded 2-core machine was seen to take 13-17 s. */
  private static final long WAIT_SECONDS = 30;

  protected Vertx vertx;
  protected TimEmulator emulator;
  protected TimClient client;

  /**
   * The emulator's clock; override with a {@code ManualClock} (started at the current time, so usersigs stay valid)
   * to control durations such as mutes.
   */
  protected EmulatorClock emulatorClock() {
    return EmulatorClock.system();
  }

  /** The emulator's options; override to switch a feature off or change a limit. */
  protected TimEmulatorOptions emulatorOptions() {
    return new TimEmulatorOptions();
  }

  @BeforeEach
  void startEmulatorAndClient(Vertx vertx) throws Exception {
    this.vertx = vertx;
    emulator = new TimEmulatorImpl(vertx, emulatorOptions().setSdkAppId(SDK_APP_ID).setAdminIdentifier(ADMIN),
        emulatorClock());
    emulator.start().toCompletionStage().toCompletableFuture().get(WAIT_SECONDS, TimeUnit.SECONDS);
    client = TimClient.create(vertx, new TimClientOptions()
        .setSdkAppId(SDK_APP_ID)
        .setAdminIdentifier(ADMIN)
        .setSecretKey(emulator.options().getSecretKey())
        .setEndpoint(emulator.baseUrl()));
  }

  @AfterEach
  void closeClientAndEmulator() throws Exception {
    if (client != null) {
      client.close().toCompletionStage().toCompletableFuture().get(WAIT_SECONDS, TimeUnit.SECONDS);
    }
    if (emulator != null) {
      emulator.close().toCompletionStage().toCompletableFuture().get(WAIT_SECONDS, TimeUnit.SECONDS);
    }
  }

  /**
   * Replaces the client with one that never retries and waits 30 s for an answer: for tests where a retry would
   * repeat a side effect the test counts (a callback sent again), and where a cold JVM on a loaded machine was seen
   * to overrun the default 5 s.
   */
  protected void useClientWithoutRetries() throws Exception {
    client.close().toCompletionStage().toCompletableFuture().get(WAIT_SECONDS, TimeUnit.SECONDS);
    client = TimClient.create(vertx, new TimClientOptions().setSdkAppId(SDK_APP_ID).setAdminIdentifier(ADMIN)
        .setSecretKey(emulator.options().getSecretKey()).setEndpoint(emulator.baseUrl())
        .setTimeoutMillis(30_000).setMaxRetries(0));
  }

  protected EmulatorState state() {
    return emulator.state();
  }

  /** Runs {@code call} on a Vert.x context and waits for its result. */
  protected <T> T await(Supplier<Future<T>> call) {
    CompletableFuture<T> done = new CompletableFuture<>();
    vertx.getOrCreateContext().runOnContext(v -> {
      Future<T> f;
      try {
        f = call.get();
      } catch (RuntimeException e) {
        done.completeExceptionally(e);
        return;
      }
      f.onComplete(ar -> {
        if (ar.succeeded()) {
          done.complete(ar.result());
        } else {
          done.completeExceptionally(ar.cause());
        }
      });
    });
    try {
      return done.get(WAIT_SECONDS, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new AssertionError(e.getCause());
    } catch (Exception e) {
      throw new AssertionError("no answer within " + WAIT_SECONDS + " s", e);
    }
  }

  /** Runs {@code call} and asserts it fails with a {@link TimException} of ErrorCode {@code errorCode}. */
  protected TimException awaitFailure(Supplier<Future<?>> call, int errorCode) {
    try {
      await(call::get);
    } catch (TimException e) {
      assertThat(e.errorCode()).as("ErrorCode (%s)", e.errorInfo()).isEqualTo(errorCode);
      return e;
    }
    return fail("expected ErrorCode " + errorCode + ", the call succeeded");
  }

  /** Runs {@code call} and returns what it failed with (an IllegalArgumentException for a bad request …). */
  protected Throwable awaitThrown(Supplier<Future<?>> call) {
    try {
      await(call::get);
    } catch (Throwable e) {
      return e;
    }
    return fail("expected a failure, the call succeeded");
  }

  /**
   * The official Tencent Java SDK ({@code com.tencentcloudapi.im:tencentcloud-im-sdk-java}) pointed at the
   * emulator; wrap it in the SDK's API class of the family ({@code new SingleChatApi(officialSdk())}). Its calls
   * block: make them from the JUnit thread, never from an event loop.
   */
  protected ApiClient officialSdk() {
    ApiClient api = new ApiClient();
    api.setBasePath(emulator.baseUrl());
    api.setSdkappid((int) SDK_APP_ID);
    api.setIdentifier(ADMIN);
    api.setKey(emulator.options().getSecretKey());
    return api;
  }

  /** Every item of a paged walk ({@code client.pages(…)}), waited for. */
  protected List<JsonObject> allPages(ReadStream<JsonObject> pages) {
    List<JsonObject> items = new CopyOnWriteArrayList<>();
    CompletableFuture<Void> end = new CompletableFuture<>();
    pages.exceptionHandler(end::completeExceptionally);
    pages.endHandler(v -> end.complete(null));
    pages.handler(items::add);
    try {
      end.get(WAIT_SECONDS, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      throw new AssertionError("the walk failed", e.getCause());
    } catch (Exception e) {
      throw new AssertionError("the walk did not end within " + WAIT_SECONDS + " s", e);
    }
    return List.copyOf(items);
  }

  /** A promise helper for tests that chain several calls. */
  protected static <T> Promise<T> promise() {
    return Promise.promise();
  }
}
