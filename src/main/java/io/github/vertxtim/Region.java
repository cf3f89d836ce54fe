package io.github.vertxtim;

import java.util.Locale;

/** The data centers of the service, each with its primary and backup (DNS-hijack fallback) admin API domain. */
public enum Region {
  CHINA("console.tim.qq.com", "adminapi.my-imcloud.com"),
  SINGAPORE("adminapisgp.im.qcloud.com", "adminapisgp.my-imcloud.com"),
  SEOUL("adminapikr.im.qcloud.com", "adminapikr.my-imcloud.com"),
  FRANKFURT("adminapiger.im.qcloud.com", "adminapiger.my-imcloud.com"),
  MUMBAI("adminapiind.im.qcloud.com", "adminapiind.my-imcloud.com"),
  SILICON_VALLEY("adminapiusa.im.qcloud.com", "adminapiusa.my-imcloud.com"),
  JAKARTA("adminapiidn.im.qcloud.com", "adminapiidn.my-imcloud.com"),
  TOKYO("adminapijpn.im.qcloud.com", "adminapijpn.my-imcloud.com"),
  /** The backup domain is only seen in third-party code. */
  RIYADH("adminapiksa.im.qcloud.com", "adminapiksa.my-imcloud.com");

  private final String host;
  private final String backupHost;

  Region(String host, String backupHost) {
    this.host = host;
    this.backupHost = backupHost;
  }

  public String host() {
    return host;
  }

  public String backupHost() {
    return backupHost;
  }

  /** Parses a region name case-insensitively; {@code silicon-valley} and {@code SILICON_VALLEY} both work. */
  public static Region parse(String name) {
    String n = name.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    try {
      return valueOf(n);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("Unknown region '" + name + "'; expected one of "
          + java.util.Arrays.toString(values()));
    }
  }
}
