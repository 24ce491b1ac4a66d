package io.timrest;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The data centres that serve the Tencent Cloud Chat REST API, each with its primary and backup
 * host.
 *
 * <p>The host must be the one of the data centre the SDKAppID was created in; any other answers
 * 70016 or 70020. For a host not listed here, give the client a custom base URL instead.
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/34620">REST API overview</a>
 */
public enum Region {
  CHINA("console.tim.qq.com", "adminapi.my-imcloud.com"),
  SINGAPORE("adminapisgp.im.qcloud.com", "adminapisgp.my-imcloud.com"),
  SEOUL("adminapikr.im.qcloud.com", "adminapikr.my-imcloud.com"),
  TOKYO("adminapijpn.im.qcloud.com", "adminapijpn.my-imcloud.com"),
  FRANKFURT("adminapiger.im.qcloud.com", "adminapiger.my-imcloud.com"),
  MUMBAI("adminapiind.im.qcloud.com", "adminapiind.my-imcloud.com"),
  SILICON_VALLEY("adminapiusa.im.qcloud.com", "adminapiusa.my-imcloud.com"),
  JAKARTA("adminapiidn.im.qcloud.com", "adminapiidn.my-imcloud.com");

  private final String primaryHost;
  private final String backupHost;

  Region(String primaryHost, String backupHost) {
    this.primaryHost = primaryHost;
    this.backupHost = backupHost;
  }

  /** The host to call normally, e.g. {@code adminapisgp.im.qcloud.com}. */
  public String primaryHost() {
    return primaryHost;
  }

  /** The host of the same data centre to fall back to, e.g. {@code adminapisgp.my-imcloud.com}. */
  public String backupHost() {
    return backupHost;
  }

  /** {@code https://} + {@link #primaryHost()} + {@code /}; Retrofit requires the final slash. */
  public String baseUrl() {
    return "https://" + primaryHost + "/";
  }

  /** {@code https://} + {@link #backupHost()} + {@code /}. */
  public String backupBaseUrl() {
    return "https://" + backupHost + "/";
  }

  /**
   * The region named {@code name}, ignoring case, surrounding blanks, and whether words are
   * joined by {@code _}, {@code -} or a space: {@code SILICON_VALLEY}, {@code silicon-valley}
   * and {@code Silicon Valley} are the same region.
   *
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException if no region has that name; the message lists the names
   */
  public static Region parse(String name) {
    Objects.requireNonNull(name, "name");
    String key = name.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    for (Region region : values()) {
      if (region.name().equals(key)) {
        return region;
      }
    }
    throw new IllegalArgumentException("region: unknown name '" + name + "'; valid names: "
        + Arrays.stream(values()).map(Region::name).collect(Collectors.joining(", ")));
  }
}
