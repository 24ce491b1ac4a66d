package io.timrest.auth;

import java.io.IOException;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Adds the five common query parameters to every request: {@code sdkappid}, {@code identifier},
 * {@code usersig}, a fresh unsigned 32-bit {@code random} and {@code contenttype=json}. OkHttp
 * URL-encodes them (a UserSig contains {@code *}, {@code -} and {@code _}, which stay as they are).
 */
public final class QueryAuthentication implements Interceptor {
  /** {@code random} is an unsigned 32-bit integer (0..4294967295). */
  private static final long RANDOM_BOUND = 1L << 32;

  private final String sdkAppId;
  private final String identifier;
  private final CachedUserSig userSig;

  public QueryAuthentication(long sdkAppId, String identifier, CachedUserSig userSig) {
    this.sdkAppId = Long.toString(sdkAppId);
    this.identifier = Objects.requireNonNull(identifier, "identifier");
    this.userSig = Objects.requireNonNull(userSig, "userSig");
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    HttpUrl url = request.url().newBuilder()
        .setQueryParameter("sdkappid", sdkAppId)
        .setQueryParameter("identifier", identifier)
        .setQueryParameter("usersig", userSig.current())
        .setQueryParameter("random", Long.toString(ThreadLocalRandom.current().nextLong(RANDOM_BOUND)))
        .setQueryParameter("contenttype", "json")
        .build();
    return chain.proceed(request.newBuilder().url(url).build());
  }

  /** The UserSig that was sent with {@code request}, so that exactly that one can be renewed. */
  public static String userSigOf(Request request) {
    return request.url().queryParameter("usersig");
  }

  @Override
  public String toString() {
    return "QueryAuthentication[sdkappid=" + sdkAppId + ", identifier=" + identifier + "]";
  }
}
