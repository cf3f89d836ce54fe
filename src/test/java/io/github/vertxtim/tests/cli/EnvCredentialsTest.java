package io.github.vertxtim.tests.cli;

import io.github.vertxtim.Region;
import io.github.vertxtim.TimClientOptions;
import io.github.vertxtim.cli.CliUsageException;
import io.github.vertxtim.cli.EnvCredentials;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The environment to client options mapping, without any network. */
class EnvCredentialsTest {

  static final String KEY = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";

  static Map<String, String> base() {
    Map<String, String> env = new HashMap<>();
    env.put("TIM_SDKAPPID", "1400123456");
    env.put("TIM_SECRET_KEY", KEY);
    return env;
  }

  @Test
  void defaults() {
    EnvCredentials c = EnvCredentials.load(base());
    TimClientOptions o = c.options();
    assertThat(o.getSdkAppId()).isEqualTo(1400123456L);
    assertThat(o.getSecretKey()).isEqualTo(KEY);
    assertThat(o.getAdminIdentifier()).isEqualTo("administrator");
    assertThat(o.getRegion()).isEqualTo(Region.CHINA);
    assertThat(o.getEndpoint()).isNull();
    assertThat(c.keySource()).isEqualTo("TIM_SECRET_KEY");
    assertThat(c.toString()).doesNotContain(KEY).contains("console.tim.qq.com");
  }

  @Test
  void everyVariable() {
    Map<String, String> env = base();
    env.put("TIM_ADMIN", "ops");
    env.put("TIM_REGION", "silicon-valley");
    env.put("TIM_TIMEOUT_MILLIS", "8000");
    env.put("TIM_POOL_SIZE", "3");
    TimClientOptions o = EnvCredentials.load(env).options();
    assertThat(o.getAdminIdentifier()).isEqualTo("ops");
    assertThat(o.getRegion()).isEqualTo(Region.SILICON_VALLEY);
    assertThat(o.getTimeoutMillis()).isEqualTo(8000);
    assertThat(o.getPoolSize()).isEqualTo(3);
  }

  @Test
  void endpointWinsOverRegion() {
    Map<String, String> env = base();
    env.put("TIM_REGION", "SINGAPORE");
    env.put("TIM_ENDPOINT", "http://127.0.0.1:9999");
    EnvCredentials c = EnvCredentials.load(env);
    assertThat(c.options().getEndpoint()).isEqualTo("http://127.0.0.1:9999");
    assertThat(c.target()).isEqualTo("http://127.0.0.1:9999");
  }

  @Test
  void keyFileIsTrimmedAndNamedAsSource(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("k");
    Files.writeString(f, "\n\t" + KEY + "  \r\n");
    Map<String, String> env = base();
    env.remove("TIM_SECRET_KEY");
    env.put("TIM_SECRET_KEY_FILE", f.toString());
    EnvCredentials c = EnvCredentials.load(env);
    assertThat(c.options().getSecretKey()).isEqualTo(KEY);
    assertThat(c.keySource()).startsWith("TIM_SECRET_KEY_FILE");
  }

  @Test
  void blankValuesCountAsUnset() {
    Map<String, String> env = base();
    env.put("TIM_ADMIN", "  ");
    env.put("TIM_REGION", "");
    assertThat(EnvCredentials.load(env).options().getAdminIdentifier()).isEqualTo("administrator");
  }

  @Test
  void eachProblemNamesItsVariable() {
    assertProblem(Map.of("TIM_SECRET_KEY", KEY), "TIM_SDKAPPID is not set");
    assertProblem(with("TIM_SDKAPPID", "-4"), "TIM_SDKAPPID must be a positive number, got '-4'");
    assertProblem(without("TIM_SECRET_KEY"), "no secret key");
    assertProblem(with("TIM_SECRET_KEY_FILE", "/x"), "both TIM_SECRET_KEY and TIM_SECRET_KEY_FILE are set");
    assertProblem(with("TIM_REGION", "moon"), "TIM_REGION: Unknown region 'moon'");
    assertProblem(with("TIM_ENDPOINT", "ftp://x"), "TIM_ENDPOINT: endpoint must be an http(s)");
    assertProblem(with("TIM_TIMEOUT_MILLIS", "1000"), "TIM_TIMEOUT_MILLIS: timeoutMillis must be greater than 3000");
    assertProblem(with("TIM_TIMEOUT_MILLIS", "soon"), "TIM_TIMEOUT_MILLIS must be an integer");
    assertProblem(with("TIM_POOL_SIZE", "0"), "TIM_POOL_SIZE: poolSize must be > 0");
    Map<String, String> missingFile = without("TIM_SECRET_KEY");
    missingFile.put("TIM_SECRET_KEY_FILE", "/definitely/not/here.key");
    assertProblem(missingFile, "TIM_SECRET_KEY_FILE: cannot read /definitely/not/here.key");
  }

  private static Map<String, String> with(String k, String v) {
    Map<String, String> env = base();
    env.put(k, v);
    return env;
  }

  private static Map<String, String> without(String k) {
    Map<String, String> env = base();
    env.remove(k);
    return env;
  }

  private static void assertProblem(Map<String, String> env, String message) {
    assertThatThrownBy(() -> EnvCredentials.load(env))
        .isInstanceOf(CliUsageException.class)
        .hasMessageContaining(message)
        .message().doesNotContain(KEY);
  }
}
