package io.timrest;

import java.util.Objects;
import okhttp3.Call;
import okhttp3.OkHttpClient;
import okhttp3.Request;

/**
 * Makes each attempt's OkHttp call, stamping its request with a fresh unsigned 32-bit
 * {@code random} query parameter and the {@code User-Agent} {@code timrest/VERSION}. The random is
 * chosen here, where the call is made, rather than in an interceptor, so that the client can tell
 * which random each attempt carried (it identifies a request to Tencent support);
 * {@link QueryAuthentication} adds the other common parameters.
 */
final class RequestStamp implements Call.Factory {
  static final String USER_AGENT = "timrest/" + Version.VERSION;

  private final OkHttpClient http;

  RequestStamp(OkHttpClient http) {
    this.http = Objects.requireNonNull(http, "http");
  }

  @Override
  public Call newCall(Request request) {
    String random = Long.toString(Uint32.random());
    return http.newCall(request.newBuilder()
        .url(request.url().newBuilder().setQueryParameter("random", random).build())
        .header("User-Agent", USER_AGENT)
        .build());
  }

  /** The {@code random} of a request this factory stamped, or -1. */
  static long randomOf(Request request) {
    String random = request.url().queryParameter("random");
    return random == null ? -1 : Long.parseLong(random);
  }
}
