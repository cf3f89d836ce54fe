package io.github.vertxtim.benchmarks;

import com.tencentyun.TLSSigAPIv2;
import io.github.vertxtim.sig.UserSigGenerator;
import io.github.vertxtim.sig.UserSigVerifier;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * UserSig generation and verification (TLS Sig API v2: HMAC-SHA256, JSON, zlib, URL-safe base64).
 * {@code officialGenerate} is what Tencent's SDK does before <em>every</em> REST call
 * ({@code new TLSSigAPIv2(sdkappid, key).genUserSig(identifier, 180 days)}); our client generates one usersig and
 * reuses it until renewal, so {@code generate} is paid about once a day, not per call.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class UserSigBenchmark {

  private UserSigGenerator generator;
  private UserSigVerifier verifier;
  private String userSig;
  private long now;

  @Setup
  public void setUp() {
    generator = new UserSigGenerator(Fixtures.SDK_APP_ID, Fixtures.SECRET_KEY);
    verifier = new UserSigVerifier(Fixtures.SDK_APP_ID, Fixtures.SECRET_KEY);
    now = System.currentTimeMillis() / 1000;
    userSig = generator.generate(Fixtures.ADMIN, 86_400, now);
    if (verifier.verify(userSig, Fixtures.ADMIN, now) != UserSigVerifier.Result.OK) {
      throw new IllegalStateException("the usersig does not verify");
    }
  }

  @Benchmark
  public String generate() {
    return generator.generate(Fixtures.ADMIN, 86_400);
  }

  @Benchmark
  public UserSigVerifier.Result verify() {
    return verifier.verify(userSig, Fixtures.ADMIN, now);
  }

  @Benchmark
  public String officialGenerate() {
    return new TLSSigAPIv2(Fixtures.SDK_APP_ID, Fixtures.SECRET_KEY).genUserSig(Fixtures.ADMIN, 180 * 86_400);
  }
}
