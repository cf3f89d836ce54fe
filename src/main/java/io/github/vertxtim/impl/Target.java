package io.github.vertxtim.impl;

import io.github.vertxtim.TimClientOptions;

import java.net.URI;

/** Where requests go: a host, port and scheme. Public for tim serve's health check, which connects to it. */
public record Target(String host, int port, boolean ssl) {

  /** The endpoint's, else the region's main domain. */
  public static Target primary(TimClientOptions options) {
    if (options.getEndpoint() != null) {
      return of(URI.create(options.getEndpoint()));
    }
    boolean ssl = !options.isInsecurePlaintextHttp();
    return new Target(options.getRegion().host(), regionPort(options, ssl), ssl);
  }

  /** The region's backup domain; null with an endpoint. */
  static Target backup(TimClientOptions options) {
    if (options.getEndpoint() != null) {
      return null;
    }
    boolean ssl = !options.isInsecurePlaintextHttp();
    return new Target(options.getRegion().backupHost(), regionPort(options, ssl), ssl);
  }

  private static int regionPort(TimClientOptions options, boolean ssl) {
    return options.getPort() > 0 ? options.getPort() : ssl ? 443 : 80;
  }

  static Target of(URI uri) {
    boolean ssl = "https".equals(uri.getScheme());
    int port = uri.getPort() > 0 ? uri.getPort() : ssl ? 443 : 80;
    return new Target(uri.getHost(), port, ssl);
  }

  /** A loopback host, told without DNS: plain http to it cannot leave the machine. */
  boolean loopback() {
    String h = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
    return h.equals("localhost") || h.startsWith("127.") || h.equals("::1") || h.equals("0:0:0:0:0:0:0:1");
  }

  @Override
  public String toString() {
    return (ssl ? "https://" : "http://") + host + ":" + port;
  }
}
