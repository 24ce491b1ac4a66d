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
  /** China: {@code console.tim.qq.com}, backup {@code adminapi.my-imcloud.com}. */
  CHINA("console.tim.qq.com", "adminapi.my-imcloud.com"),
  /** Singapore: {@code adminapisgp.im.qcloud.com}, backup {@code adminapisgp.my-imcloud.com}. */
  SINGAPORE("adminapisgp.im.qcloud.com", "adminapisgp.my-imcloud.com"),
  /** Seoul: {@code adminapikr.im.qcloud.com}, backup {@code adminapikr.my-imcloud.com}. */
  SEOUL("adminapikr.im.qcloud.com", "adminapikr.my-imcloud.com"),
  /** Tokyo: {@code adminapijpn.im.qcloud.com}, backup {@code adminapijpn.my-imcloud.com}. */
  TOKYO("adminapijpn.im.qcloud.com", "adminapijpn.my-imcloud.com"),
  /** Frankfurt: {@code adminapiger.im.qcloud.com}, backup {@code adminapiger.my-imcloud.com}. */
  FRANKFURT("adminapiger.im.qcloud.com", "adminapiger.my-imcloud.com"),
  /** Mumbai: {@code adminapiind.im.qcloud.com}, backup {@code adminapiind.my-imcloud.com}. */
  MUMBAI("adminapiind.im.qcloud.com", "adminapiind.my-imcloud.com"),
  /** Silicon Valley: {@code adminapiusa.im.qcloud.com}, backup {@code adminapiusa.my-imcloud.com}. */
  SILICON_VALLEY("adminapiusa.im.qcloud.com", "adminapiusa.my-imcloud.com"),
  /** Jakarta: {@code adminapiidn.im.qcloud.com}, backup {@code adminapiidn.my-imcloud.com}. */
  JAKARTA("adminapiidn.im.qcloud.com", "adminapiidn.my-imcloud.com");

  private final String primaryHost;
  private final String backupHost;

  Region(String primaryHost, String backupHost) {
    this.primaryHost = primaryHost;
    this.backupHost = backupHost;
  }

  /**
   * The host to call normally.
   *
   * @return the host name, for example {@code adminapisgp.im.qcloud.com}
   */
  public String primaryHost() {
    return primaryHost;
  }

  /**
   * The host of the same data centre to fall back to while the primary cannot be reached.
   *
   * @return the host name, for example {@code adminapisgp.my-imcloud.com}
   */
  public String backupHost() {
    return backupHost;
  }

  /**
   * The base URL of the primary host.
   *
   * @return {@code https://} + {@link #primaryHost()} + {@code /}
   */
  public String baseUrl() {
    return "https://" + primaryHost + "/";
  }

  /**
   * The base URL of the backup host.
   *
   * @return {@code https://} + {@link #backupHost()} + {@code /}
   */
  public String backupBaseUrl() {
    return "https://" + backupHost + "/";
  }

  /**
   * The region named {@code name}, ignoring case, surrounding blanks, and whether words are
   * joined by {@code _}, {@code -} or a space: {@code SILICON_VALLEY}, {@code silicon-valley}
   * and {@code Silicon Valley} are the same region.
   *
   * @param name the region's name
   * @return the region
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
