package io.timrest;

import java.util.Objects;
import okhttp3.Call;
import okhttp3.OkHttpClient;
import okhttp3.Request;

/**
 * Makes each attempt's OkHttp call, stamping its request with a fresh unsigned 32-bit
 * {@code random} (a tag, which {@link QueryAuthentication} writes into the query) and the
 * {@code User-Agent} {@code timrest/VERSION}. The random is
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
    return http.newCall(request.newBuilder()
        .tag(Random.class, new Random(Uint32.random()))
        .header("User-Agent", USER_AGENT)
        .build());
  }

  /** An attempt's {@code random}, carried as a tag of its request until it is written into the query. */
  private record Random(long value) {}

  /** The {@code random} of a request this factory stamped; a fresh one for a request it did not. */
  static long randomOf(Request request) {
    Random random = request.tag(Random.class);
    return random != null ? random.value() : Uint32.random();
  }
}
