package io.github.vertxtim.cli;

import picocli.CommandLine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** {@code tim --version}: the library version (from the jar's Maven descriptor), Vert.x and Java versions. */
final class VersionProvider implements CommandLine.IVersionProvider {

  private static final String POM_PROPERTIES = "/META-INF/maven/io.github.vertxtim/vertx-tim-client/pom.properties";
  private static final String VERTX_VERSION = "/META-INF/vertx/vertx-version.txt";

  @Override
  public String[] getVersion() {
    return new String[] {
        "tim " + libraryVersion(),
        "Vert.x " + vertxVersion() + ", Java " + System.getProperty("java.version")
    };
  }

  static String libraryVersion() {
    try (InputStream in = VersionProvider.class.getResourceAsStream(POM_PROPERTIES)) {
      if (in != null) {
        Properties p = new Properties();
        p.load(in);
        return p.getProperty("version", "unknown");
      }
    } catch (IOException ignored) {
      // fall through
    }
    // Running from target/classes (tests, IDE): no Maven descriptor.
    return "development build";
  }

  private static String vertxVersion() {
    try (InputStream in = io.vertx.core.Vertx.class.getResourceAsStream(VERTX_VERSION)) {
      if (in != null) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
      }
    } catch (IOException ignored) {
      // fall through
    }
    return "unknown";
  }
}
