package io.timrest;

import java.io.IOException;
import java.util.Objects;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Adds the common query parameters to every request: {@code sdkappid}, {@code identifier},
 * {@code usersig}, the {@code random} that {@link RequestStamp} chose for the attempt, and
 * {@code contenttype=json}. OkHttp URL-encodes them (a UserSig contains {@code *}, {@code -} and
 * {@code _}, which stay as they are).
 */
final class QueryAuthentication implements Interceptor {
  private final String sdkAppId;
  private final String identifier;
  private final CachedUserSig userSig;
  /** {@code sdkappid=...&identifier=...&usersig=}, encoded once: only the UserSig and random vary. */
  private final String encodedPrefix;

  QueryAuthentication(long sdkAppId, String identifier, CachedUserSig userSig) {
    this.sdkAppId = Long.toString(sdkAppId);
    this.identifier = Objects.requireNonNull(identifier, "identifier");
    this.userSig = Objects.requireNonNull(userSig, "userSig");
    this.encodedPrefix = encodedQuery("sdkappid", this.sdkAppId) + "&" + encodedQuery("identifier", identifier) + "&usersig=";
  }

  private static String encodedQuery(String name, String value) {
    return new HttpUrl.Builder().scheme("http").host("localhost")
        .addQueryParameter(name, value).build().encodedQuery();
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    String currentUserSig = userSig.current();
    String random = Long.toString(RequestStamp.randomOf(request));
    if (request.url().encodedQuery() != null || !isQuerySafe(currentUserSig)) {
      // The general path: a request with a query of its own, or a supplied UserSig that needs encoding.
      HttpUrl url = request.url().newBuilder()
          .setQueryParameter("sdkappid", sdkAppId)
          .setQueryParameter("identifier", identifier)
          .setQueryParameter("usersig", currentUserSig)
          .setQueryParameter("random", random)
          .setQueryParameter("contenttype", "json")
          .build();
      return chain.proceed(request.newBuilder().url(url).build());
    }
    String query = encodedPrefix + currentUserSig + "&random=" + random + "&contenttype=json";
    return chain.proceed(request.newBuilder().url(request.url().newBuilder().encodedQuery(query).build()).build());
  }

  /** A UserSig is Base64 with '*', '-' and '_' for '+', '/' and '=': nothing in it needs encoding. */
  private static boolean isQuerySafe(String value) {
    for (int i = 0; i < value.length(); i++) {
      if (!UserSigToken.isUrlAlphabet(value.charAt(i))) {
        return false;
      }
    }
    return true;
  }


  @Override
  public String toString() {
    return "QueryAuthentication[sdkappid=" + sdkAppId + ", identifier=" + identifier + "]";
  }
}
