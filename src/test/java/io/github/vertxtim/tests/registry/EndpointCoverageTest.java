package io.github.vertxtim.tests.registry;

import io.github.vertxtim.TimApi;
import io.github.vertxtim.api.TimCall;
import io.github.vertxtim.api.TimFamily;
import io.github.vertxtim.emulator.TimEmulator;
import io.github.vertxtim.registry.Endpoint;
import io.github.vertxtim.registry.EndpointRegistry;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Keeps the endpoint rows, the typed family interfaces, the emulator and docs/endpoints.md telling the same story.
 * Family interfaces are found by scanning every class compiled under {@code io.github.vertxtim.api}, so a new family
 * is checked the day it compiles. Run with {@code -Dendpoints.write=true} to regenerate docs/endpoints.md.
 */
class EndpointCoverageTest {

  private static final String API_PACKAGE = "io.github.vertxtim.api";
  private static final Path BASEDIR = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
  private static final Path TABLE = BASEDIR.resolve("docs/endpoints.md");
  private static final String REGENERATE =
      "mvn -B -o test -Dtest=EndpointCoverageTest -Dendpoints.write=true -Dsurefire.failIfNoSpecifiedTests=false";

  private final EndpointRegistry registry = EndpointRegistry.defaultRegistry();
  private final Set<String> emulated = TimEmulator.emulatedEndpoints();

  /** One {@code @TimCall} method of a family interface. */
  private record TypedMethod(Class<?> family, Method method, String path) {
    String where() {
      return family.getSimpleName() + "." + method.getName();
    }
  }

  @Test
  void everyFamilyInterfaceIsReachableFromTimApi() throws Exception {
    Set<Class<?>> scanned = new TreeSet<>(Comparator.comparing(Class::getName));
    scanned.addAll(familyInterfaces());
    Set<Class<?>> accessors = new TreeSet<>(Comparator.comparing(Class::getName));
    for (Method m : TimApi.class.getMethods()) {
      if (m.isDefault() && m.getParameterCount() == 0 && m.getReturnType().getPackageName().startsWith(API_PACKAGE)) {
        accessors.add(m.getReturnType());
      }
    }
    assertThat(scanned).as("family interfaces found under " + API_PACKAGE).isNotEmpty();
    assertThat(accessors).as("TimApi's family accessors must be exactly the interfaces with @TimCall methods")
        .containsExactlyElementsOf(scanned);
  }

  @Test
  void everyTypedMethodAgreesWithItsRow() throws Exception {
    Map<String, Endpoint> rows = rowsByPath();
    Map<String, List<TypedMethod>> byPath = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    for (TypedMethod t : typedMethods()) {
      byPath.computeIfAbsent(t.path(), p -> new ArrayList<>()).add(t);
      Endpoint row = rows.get(t.path());
      if (row == null) {
        problems.add(t.where() + ": @TimCall(\"" + t.path() + "\") names no row of endpoints.tsv");
        continue;
      }
      String family = familyOf(t.family());
      if (!familyMatches(t.family(), row.family())) {
        problems.add(t.where() + ": interface family '" + family + "' but the row's family is '" + row.family()
            + "' (rename the interface or put @TimFamily(\"" + row.family() + "\") on it)");
      }
      if (!t.method().getName().equals(row.method())) {
        problems.add(t.where() + ": the row of " + t.path() + " says method '" + row.method()
            + "'; the method column and the Java name must be equal");
      }
      if (row.doc() == null) {
        problems.add(t.where() + ": the row of " + t.path() + " has no doc page; a typed method must cite one");
      } else if (!javadocOf(t).contains(row.doc())) {
        problems.add(t.where() + ": its Javadoc lacks the row's doc page: @see <a href=\"" + row.doc() + "\">…</a>");
      }
      if (!emulated.contains(t.path())) {
        problems.add(t.where() + ": " + t.path() + " has no emulator handler");
      }
    }
    byPath.forEach((path, methods) -> {
      if (methods.size() > 1) {
        problems.add(path + " is bound by " + methods.size() + " typed methods: "
            + methods.stream().map(TypedMethod::where).toList());
      }
    });
    for (Endpoint row : registry.endpoints()) {
      if (row.typed() && !byPath.containsKey(row.path())) {
        problems.add(row.path() + ": the row says method '" + row.method() + "' but no @TimCall method binds it");
      }
    }
    if (!problems.isEmpty()) {
      fail(problems.size() + " typed-method problem(s):\n  " + String.join("\n  ", problems));
    }
  }

  @Test
  void endpointTableIsCurrent() throws Exception {
    String table = table();
    if (Boolean.getBoolean("endpoints.write")) {
      Files.createDirectories(TABLE.getParent());
      Files.writeString(TABLE, table, StandardCharsets.UTF_8);
      return;
    }
    String committed = Files.exists(TABLE) ? Files.readString(TABLE, StandardCharsets.UTF_8) : "";
    if (!committed.equals(table)) {
      fail("docs/endpoints.md differs from what endpoints.tsv, the family interfaces and the emulator give. "
          + "Regenerate it with:\n  " + REGENERATE);
    }
  }

  /** The generated table: one line per row of endpoints.tsv, in its order. */
  private String table() throws Exception {
    Map<String, String> methods = new LinkedHashMap<>();
    for (TypedMethod t : typedMethods()) {
      methods.put(t.path(), t.where());
    }
    List<Endpoint> rows = new ArrayList<>(registry.endpoints());
    long typed = rows.stream().filter(e -> methods.containsKey(e.path())).count();
    long emulatedCount = rows.stream().filter(e -> emulated.contains(e.path())).count();
    StringBuilder b = new StringBuilder();
    b.append("# Endpoints\n\n")
        .append("Generated by `EndpointCoverageTest` from `src/main/resources/io/github/vertxtim/registry/endpoints.tsv`, ")
        .append("the family interfaces and the emulator; do not edit by hand. Regenerate with\n")
        .append("`").append(REGENERATE).append("`.\n\n")
        .append(rows.size()).append(" endpoints, ").append(typed).append(" typed, ").append(emulatedCount)
        .append(" emulated. Item limit: items per request (– when the request has no batch list or no source ")
        .append("gave a cap). Rate: the default app quota. `?` marks a number no source confirmed (an inferred cap, ")
        .append("or the general 200/s default).\n\n")
        .append("| family | endpoint | typed method | emulated | item limit | rate | doc |\n")
        .append("|---|---|---|---|---|---|---|\n");
    for (Endpoint e : rows) {
      String method = methods.containsKey(e.path()) ? "`" + methods.get(e.path()) + "`" : "";
      String items = e.maxItems() == 0 ? "–" : e.maxItems() + (e.itemsVerified() ? "" : " ?");
      String rate = e.rateText() + (e.rateVerified() ? "" : " ?");
      String doc = e.doc() == null ? "" : "[" + pageLabel(e.doc()) + "](" + e.doc() + ")";
      b.append("| ").append(e.family())
          .append(" | `").append(e.path()).append('`')
          .append(" | ").append(method)
          .append(" | ").append(emulated.contains(e.path()) ? "yes" : "no")
          .append(" | ").append(items)
          .append(" | ").append(rate)
          .append(" | ").append(doc)
          .append(" |\n");
    }
    return b.toString();
  }

  /** {@code trtc.io 34953} for {@code https://trtc.io/document/34953}. */
  private static String pageLabel(String url) {
    String rest = url.replaceFirst("^https?://(www\\.)?", "");
    String host = rest.substring(0, rest.indexOf('/'));
    return host + " " + rest.substring(rest.lastIndexOf('/') + 1);
  }

  private Map<String, Endpoint> rowsByPath() {
    Map<String, Endpoint> rows = new LinkedHashMap<>();
    registry.endpoints().forEach(e -> rows.put(e.path(), e));
    return rows;
  }

  /** Every {@code @TimCall} method of every family interface, interfaces in name order. */
  private static List<TypedMethod> typedMethods() throws Exception {
    List<TypedMethod> list = new ArrayList<>();
    for (Class<?> family : familyInterfaces()) {
      Stream.of(family.getMethods())
          .filter(m -> m.isAnnotationPresent(TimCall.class))
          .sorted(Comparator.comparing(Method::getName))
          .forEach(m -> list.add(new TypedMethod(family, m, m.getAnnotation(TimCall.class).value())));
    }
    return list;
  }

  /** The interfaces compiled under {@code io.github.vertxtim.api} that have at least one {@code @TimCall} method. */
  private static List<Class<?>> familyInterfaces() throws IOException, URISyntaxException, ClassNotFoundException {
    Path classes = Path.of(TimCall.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path root = classes.resolve(API_PACKAGE.replace('.', '/'));
    List<Class<?>> families = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(p -> p.toString().endsWith(".class") && !p.getFileName().toString().contains("$"))
          .sorted().toList();
    }
    for (Path file : files) {
      String name = classes.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".")
          .replaceFirst("\\.class$", "");
      Class<?> type = Class.forName(name, false, EndpointCoverageTest.class.getClassLoader());
      if (type.isInterface() && Stream.of(type.getMethods()).anyMatch(m -> m.isAnnotationPresent(TimCall.class))) {
        families.add(type);
      }
    }
    families.sort(Comparator.comparing(Class::getName));
    return families;
  }

  /** {@code @TimFamily}'s value, or the simple name minus {@code Api}, lower-cased. */
  private static String familyOf(Class<?> family) {
    TimFamily named = family.getAnnotation(TimFamily.class);
    if (named != null) {
      return named.value();
    }
    return family.getSimpleName().replaceFirst("Api$", "").toLowerCase(Locale.ROOT);
  }

  private static boolean familyMatches(Class<?> family, String rowFamily) {
    if (family.isAnnotationPresent(TimFamily.class)) {
      return familyOf(family).equals(rowFamily);
    }
    return familyOf(family).equals(rowFamily.replace("_", "").toLowerCase(Locale.ROOT));
  }

  /** The Javadoc comment right above the method's {@code @TimCall} line, read from the source file. */
  private static String javadocOf(TypedMethod t) throws IOException {
    Path source = BASEDIR.resolve("src/main/java").resolve(t.family().getName().replace('.', '/') + ".java");
    String text = Files.readString(source, StandardCharsets.UTF_8);
    int at = text.indexOf("@TimCall(\"" + t.path() + "\")");
    assertThat(at).as(source + " must contain @TimCall(\"" + t.path() + "\")").isNotNegative();
    int end = text.lastIndexOf("*/", at);
    int start = text.lastIndexOf("/**", at);
    if (end < 0 || start < 0 || start > end || !text.substring(end + 2, at).isBlank()) {
      return "";
    }
    return text.substring(start, end);
  }
}
