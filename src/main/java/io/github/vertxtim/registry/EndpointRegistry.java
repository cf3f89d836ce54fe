package io.github.vertxtim.registry;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The single source of truth about endpoints, read by the client, the emulator and the bulk engine.
 * The default registry is loaded once from {@code endpoints.tsv} beside this class; {@link #builder()} makes
 * others (tests, or an app that knows a newer endpoint).
 */
public final class EndpointRegistry {

  private static final String RESOURCE = "endpoints.tsv";
  private static final EndpointRegistry DEFAULT = load();

  /** Legacy names the service still answers to (the old doc pages' names), mapped to the current endpoint. */
  private static final Map<String, String> ALIASES = Map.of(
      "openim/querystate", "openim/query_online_status",
      "group_open_http_svc/get_group_shutted_uin", "group_open_http_svc/get_group_muted_account",
      "group_open_http_svc/get_group_attr", "group_open_attr_http_svc/get_group_attr",
      "sns/friend_get_all", "sns/friend_get");

  private final Map<String, Endpoint> byPath;

  private EndpointRegistry(Map<String, Endpoint> byPath) {
    this.byPath = Collections.unmodifiableMap(byPath);
  }

  /** The registry of every endpoint in the catalog. */
  public static EndpointRegistry defaultRegistry() {
    return DEFAULT;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The endpoint at {@code service/command}, following legacy aliases. */
  public Optional<Endpoint> find(String service, String command) {
    String path = service + "/" + command;
    Endpoint e = byPath.get(path);
    if (e == null && ALIASES.containsKey(path)) {
      e = byPath.get(ALIASES.get(path));
    }
    return Optional.ofNullable(e);
  }

  /** The endpoint at {@code service/command}; fails when unknown. */
  public Endpoint get(String service, String command) {
    return find(service, command).orElseThrow(() ->
        new IllegalArgumentException("Unknown endpoint " + service + "/" + command));
  }

  /** The endpoint at {@code service/command}, or an {@link Endpoint#unregistered unregistered} stand-in. */
  public Endpoint resolve(String service, String command) {
    return find(service, command).orElseGet(() -> Endpoint.unregistered(service, command));
  }

  public Collection<Endpoint> endpoints() {
    return byPath.values();
  }

  public List<Endpoint> family(String family) {
    List<Endpoint> list = new ArrayList<>();
    for (Endpoint e : byPath.values()) {
      if (e.family().equals(family)) {
        list.add(e);
      }
    }
    return list;
  }

  public int size() {
    return byPath.size();
  }

  /** A new builder holding this registry's endpoints, to add or replace some. */
  public Builder toBuilder() {
    Builder b = new Builder();
    byPath.values().forEach(b::add);
    return b;
  }

  private static EndpointRegistry load() {
    try (InputStream in = EndpointRegistry.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource " + RESOURCE);
      }
      Builder b = new Builder();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int n = 0;
      while ((line = reader.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        b.add(parse(line, n));
      }
      return b.build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final int COLUMNS = 13;

  private static Endpoint parse(String line, int n) {
    String[] c = line.split("\t", -1);
    if (c.length != COLUMNS) {
      throw new IllegalStateException(RESOURCE + " line " + n + ": expected " + COLUMNS + " tab-separated columns "
          + "(family service command max_items items_verified items_field rate_per_second rate_counts rate_verified "
          + "retry paging method doc), got " + c.length);
    }
    try {
      return new Endpoint(c[0], c[1], c[2], Integer.parseInt(c[3]), flag(c[4]),
          c[5].isEmpty() ? null : c[5], Double.parseDouble(c[6]), counts(c[7]), flag(c[8]),
          RetrySafety.valueOf(c[9]), c[10].isEmpty() ? null : Paging.parse(c[10]), c[11], c[12]);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(RESOURCE + " line " + n + " (" + c[1] + "/" + c[2] + "): " + e.getMessage(), e);
    }
  }

  private static boolean flag(String value) {
    if (!value.equals("Y") && !value.equals("N")) {
      throw new IllegalArgumentException("expected Y or N, got '" + value + "'");
    }
    return value.equals("Y");
  }

  private static boolean counts(String value) {
    if (!value.equals("call") && !value.equals("item")) {
      throw new IllegalArgumentException("rate_counts must be call or item, got '" + value + "'");
    }
    return value.equals("item");
  }

  public static final class Builder {
    private final Map<String, Endpoint> byPath = new LinkedHashMap<>();

    /** Adds an endpoint, replacing one at the same path. */
    public Builder add(Endpoint endpoint) {
      byPath.put(endpoint.path(), endpoint);
      return this;
    }

    public EndpointRegistry build() {
      return new EndpointRegistry(new LinkedHashMap<>(byPath));
    }
  }
}
