package io.timrest;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;

/**
 * Checks a custom base URL before any request is sent to it.
 *
 * <p>Every request carries the UserSig in its query string, so a base URL must not send it in
 * the clear: plain {@code http} is accepted only for loopback hosts (a local emulator).
 */
final class BaseUrls {

  /** An IPv4 literal in 127.0.0.0/8; names other than {@code localhost} are not resolved. */
  private static final Pattern IPV4_LOOPBACK =
      Pattern.compile("127\\.(25[0-5]|2[0-4]\\d|1?\\d?\\d)(\\.(25[0-5]|2[0-4]\\d|1?\\d?\\d)){2}");

  /** RFC 3986 scheme syntax; anything else before "://" is not quoted back. */
  private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*");

  private BaseUrls() {
  }

  /**
   * Parses {@code baseUrl} and returns it with a path ending in {@code /}, as Retrofit requires.
   *
   * <p>The URL must be absolute {@code https}, or {@code http} to {@code localhost},
   * {@code 127.0.0.0/8} or {@code [::1]}; it must not have user info, a query or a fragment (the
   * client adds the query itself). Messages never quote the whole URL, since a pasted one may
   * hold a UserSig or a password.
   *
   * @throws NullPointerException if {@code baseUrl} is null
   * @throws IllegalArgumentException if a rule above is broken; the message says which
   */
  static HttpUrl requireSafe(String baseUrl) {
    Objects.requireNonNull(baseUrl, "baseUrl");
    HttpUrl url = HttpUrl.parse(baseUrl.strip());
    if (url == null) {
      int end = baseUrl.indexOf("://");
      String scheme = end > 0 ? baseUrl.substring(0, end).strip() : "";
      boolean httpScheme = scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https");
      if (!httpScheme && SCHEME.matcher(scheme).matches()) {
        throw new IllegalArgumentException("baseUrl: scheme '" + scheme
            + "' is not supported; use https");
      }
      throw new IllegalArgumentException(
          "baseUrl: not a valid absolute URL; expected e.g. https://adminapisgp.im.qcloud.com/");
    }
    if (!url.isHttps() && !isLoopback(url.host())) {
      throw new IllegalArgumentException("baseUrl: plain http is allowed only for loopback hosts,"
          + " got host '" + url.host() + "'; use https");
    }
    if (!url.encodedUsername().isEmpty() || !url.encodedPassword().isEmpty()) {
      throw new IllegalArgumentException("baseUrl: must not contain user info");
    }
    if (url.encodedQuery() != null) {
      throw new IllegalArgumentException("baseUrl: must not have a query; the client adds"
          + " sdkappid, identifier, usersig, random and contenttype itself");
    }
    if (url.encodedFragment() != null) {
      throw new IllegalArgumentException("baseUrl: must not have a fragment");
    }
    String path = url.encodedPath();
    if (!path.endsWith("/")) {
      url = url.newBuilder().encodedPath(path + "/").build();
    }
    return url;
  }

  /** OkHttp gives hosts in canonical form: lower case, IPv6 without brackets and compressed. */
  private static boolean isLoopback(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    return h.equals("localhost") || h.equals("::1") || IPV4_LOOPBACK.matcher(h).matches();
  }
}
