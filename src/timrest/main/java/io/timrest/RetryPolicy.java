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

  /**
   * The default policy: 3 attempts, backoff from 200 ms doubling up to 2 s, at least 500 ms after a
   * rate limit.
   *
   * @return the default policy
   */
  public static RetryPolicy defaults() {
    return DEFAULTS;
  }

  /**
   * One attempt only; a rejected UserSig is still renewed and the call repeated once.
   *
   * @return the policy without retries
   */
  public static RetryPolicy none() {
    return NONE;
  }

  /**
   * A policy with {@code maxAttempts} attempts and the given backoff bounds, waiting at least
   * 500 ms after a rate limit (see {@link #withRateLimitDelay(Duration)}). The wait before attempt
   * {@code n + 1} is random between zero and {@code initialBackoff} doubled {@code n - 1} times, at
   * most {@code maxBackoff}.
   *
   * @param maxAttempts how many attempts in all, at least 1 (1 means no retry)
   * @param initialBackoff the upper bound of the first wait, not negative
   * @param maxBackoff the upper bound of any wait, not shorter than {@code initialBackoff}
   * @return the policy
   * @throws NullPointerException if a duration is null
   * @throws IllegalArgumentException if an argument breaks a rule above
   */
  public static RetryPolicy of(int maxAttempts, Duration initialBackoff, Duration maxBackoff) {
    return new RetryPolicy(maxAttempts, initialBackoff, maxBackoff, DEFAULTS.rateLimitDelay);
  }

  /**
   * This policy with a different minimum wait after a rate-limit answer (60007 and the like).
   *
   * @param rateLimitDelay the minimum wait, not negative
   * @return a new policy; this one is unchanged
   * @throws NullPointerException if {@code rateLimitDelay} is null
   * @throws IllegalArgumentException if {@code rateLimitDelay} is negative
   */
  public RetryPolicy withRateLimitDelay(Duration rateLimitDelay) {
    return new RetryPolicy(maxAttempts, initialBackoff, maxBackoff, rateLimitDelay);
  }

  /**
   * How many attempts a call gets in all.
   *
   * @return at least 1
   */
  public int maxAttempts() {
    return maxAttempts;
  }

  /**
   * The upper bound of the first wait.
   *
   * @return the duration, not negative
   */
  public Duration initialBackoff() {
    return initialBackoff;
  }

  /**
   * The upper bound of any wait.
   *
   * @return the duration, not shorter than {@link #initialBackoff()}
   */
  public Duration maxBackoff() {
    return maxBackoff;
  }

  /**
   * The minimum wait after a rate-limit answer.
   *
   * @return the duration, not negative
   */
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
