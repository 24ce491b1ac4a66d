package io.timrest;

import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Sends to the region's backup host when the primary cannot be reached: its name does not resolve
 * or no connection can be made, so nothing was sent and nothing can be done twice. The backup stays
 * preferred for {@link #STAY_ON_BACKUP}, then the primary is tried again. Any failure after a
 * connection was made is left to the retry policy.
 */
final class HostFailover implements Interceptor {
  /** Long enough not to probe a dead primary on every call, short enough to come back soon. */
  static final Duration STAY_ON_BACKUP = Duration.ofMinutes(1);

  private final HttpUrl primary;
  private final HttpUrl backup;
  private final Clock clock;
  private final CallEvents events;
  private volatile Instant backupPreferredUntil = Instant.MIN;

  HostFailover(HttpUrl primary, HttpUrl backup, Clock clock, CallEvents events) {
    this.primary = primary;
    this.backup = backup;
    this.clock = clock;
    this.events = events;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    if (!sameHost(request.url(), primary)) {
      return chain.proceed(request);
    }
    boolean backupFirst = clock.instant().isBefore(backupPreferredUntil);
    HttpUrl first = backupFirst ? backup : primary;
    HttpUrl second = backupFirst ? primary : backup;
    try {
      return chain.proceed(onHost(request, first));
    } catch (UnknownHostException | ConnectException unreachable) {
      backupPreferredUntil = backupFirst ? Instant.MIN : clock.instant().plus(STAY_ON_BACKUP);
      events.failedOver(new TimRestListener.FailedOver(first.host() + ":" + first.port(), second.host() + ":" + second.port()));
      try {
        return chain.proceed(onHost(request, second));
      } catch (IOException alsoUnreachable) {
        alsoUnreachable.addSuppressed(unreachable);
        throw alsoUnreachable;
      }
    }
  }

  private static boolean sameHost(HttpUrl url, HttpUrl base) {
    return url.host().equals(base.host()) && url.port() == base.port() && url.scheme().equals(base.scheme());
  }

  private static Request onHost(Request request, HttpUrl base) {
    HttpUrl url = request.url().newBuilder().scheme(base.scheme()).host(base.host()).port(base.port()).build();
    return request.newBuilder().url(url).build();
  }

  @Override
  public String toString() {
    return "HostFailover[" + primary.host() + " -> " + backup.host() + "]";
  }
}
