package io.github.vertxtim.impl;

import java.net.URI;

/** Where requests go: a host, port and scheme. */
record Target(String host, int port, boolean ssl) {

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
