package io.timrest;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How often and how patiently a call is repeated after a transport failure or a retryable error
 * code: at most {@link #maxAttempts()} attempts, waiting an exponentially growing, fully jittered
 * delay between them. Rate-limit answers wait at least {@link #rateLimitDelay()}. An expired or
 * invalidated UserSig is renewed and retried once regardless of this policy. Immutable.
 */
public final class RetryPolicy {
  private static final RetryPolicy DEFAULTS =
      new RetryPolicy(3, Duration.ofMillis(200), Duration.ofSeconds(2), Duration.ofMillis(500));
  private static final RetryPolicy NONE =
      new RetryPolicy(1, Duration.ZERO, Duration.ZERO, Duration.ZERO);

  private final int maxAttempts;
  private final Duration initialBackoff;
  private final Duration maxBackoff;
  private final Duration rateLimitDelay;

  private RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration rateLimitDelay) {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
    }
    requireNotNegative(initialBackoff, "initialBackoff");
    requireNotNegative(maxBackoff, "maxBackoff");
    requireNotNegative(rateLimitDelay, "rateLimitDelay");
    if (maxBackoff.compareTo(initialBackoff) < 0) {
      throw new IllegalArgumentException("maxBackoff must not be shorter than initialBackoff");
    }
    this.maxAttempts = maxAttempts;
    this.initialBackoff = initialBackoff;
    this.maxBackoff = maxBackoff;
    this.rateLimitDelay = rateLimitDelay;
  }

  private static void requireNotNegative(Duration duration, String name) {
    Objects.requireNonNull(duration, name);
    if (duration.isNegative()) {
      throw new IllegalArgumentException(name + " must not be negative, was " + duration);
    }
  }

  /** 3 attempts, backoff from 200 ms doubling up to 2 s, at least 500 ms after a rate limit. */
  public static RetryPolicy defaults() {
    return DEFAULTS;
  }

  /** One attempt only (a rejected UserSig is still renewed once). */
  public static RetryPolicy none() {
    return NONE;
  }

  /** A policy with {@code maxAttempts} attempts and the given backoff bounds. */
  public static RetryPolicy of(int maxAttempts, Duration initialBackoff, Duration maxBackoff) {
    return new RetryPolicy(maxAttempts, initialBackoff, maxBackoff, DEFAULTS.rateLimitDelay);
  }

  /** This policy with a different minimum delay after a rate-limit answer. */
  public RetryPolicy withRateLimitDelay(Duration rateLimitDelay) {
    return new RetryPolicy(maxAttempts, initialBackoff, maxBackoff, rateLimitDelay);
  }

  public int maxAttempts() {
    return maxAttempts;
  }

  public Duration initialBackoff() {
    return initialBackoff;
  }

  public Duration maxBackoff() {
    return maxBackoff;
  }

  public Duration rateLimitDelay() {
    return rateLimitDelay;
  }

  /** The delay before attempt {@code attempt + 1}, after {@code attempt} (1-based) failed. */
  Duration delayAfter(int attempt, boolean rateLimited) {
    long ceiling = initialBackoff.toNanos();
    for (int i = 1; i < attempt && ceiling < maxBackoff.toNanos(); i++) {
      ceiling *= 2;
    }
    ceiling = Math.min(ceiling, maxBackoff.toNanos());
    // Full jitter: concurrent clients that failed together do not retry together.
    long delay = ceiling == 0 ? 0 : ThreadLocalRandom.current().nextLong(ceiling + 1);
    if (rateLimited) {
      delay = Math.max(delay, rateLimitDelay.toNanos());
    }
    return Duration.ofNanos(delay);
  }

  @Override
  public String toString() {
    return "RetryPolicy[maxAttempts=" + maxAttempts + ", initialBackoff=" + initialBackoff
        + ", maxBackoff=" + maxBackoff + ", rateLimitDelay=" + rateLimitDelay + "]";
  }
}
