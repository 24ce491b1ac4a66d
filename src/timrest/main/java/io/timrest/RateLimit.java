package io.timrest;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How many calls per second a {@link TimRestClient} starts, per operation: the client spaces the
 * calls of each operation evenly (retries included) and shares that pace between every thread
 * that uses the client, so that many workers together stay under the service's cap instead of
 * being refused with 60007. Calls that become ready together while the operation is below its
 * limit may start up to 25 ms of the pace early (5 calls at 200/s), but no second ever holds
 * more starts than the limit. Immutable.
 *
 * <p>{@link #documented()} uses each operation's documented limit (200 calls/s for most,
 * {@code multiaccount_import} 100); an app whose limits differ (Tencent may raise them) sets its
 * own with {@link #perSecond(double)} or {@link #withOperation(String, double)}.
 */
public final class RateLimit {
  private final double defaultPerSecond;
  private final Map<String, Double> perOperation;

  private RateLimit(double defaultPerSecond, Map<String, Double> perOperation) {
    this.defaultPerSecond = defaultPerSecond;
    this.perOperation = Map.copyOf(perOperation);
  }

  /**
   * Each operation's documented limit, from the spec's {@code x-rate-limit-per-second}.
   *
   * @return the documented limits
   */
  public static RateLimit documented() {
    Map<String, Double> limits = new HashMap<>();
    DocumentedRateLimits.PER_SECOND.forEach((operation, limit) -> limits.put(operation, limit.doubleValue()));
    // An operation the spec gives no limit gets the strictest documented one.
    double strictest = DocumentedRateLimits.PER_SECOND.values().stream().mapToInt(Integer::intValue).min().orElse(100);
    return new RateLimit(strictest, limits);
  }

  /**
   * The same limit for every operation.
   *
   * @param callsPerSecond calls per second, positive and finite
   * @return the limit
   * @throws IllegalArgumentException unless {@code callsPerSecond} is positive and finite
   */
  public static RateLimit perSecond(double callsPerSecond) {
    return new RateLimit(requireRate(callsPerSecond), Map.of());
  }

  /**
   * This limit with another one for {@code operation}.
   *
   * @param operation the operation's path, as in {@link TimApiException#operation()} (for example
   *     {@code v4/group_open_http_svc/import_group_msg})
   * @param callsPerSecond its calls per second, positive and finite
   * @return a new limit; this one is unchanged
   * @throws IllegalArgumentException unless {@code callsPerSecond} is positive and finite
   */
  public RateLimit withOperation(String operation, double callsPerSecond) {
    Objects.requireNonNull(operation, "operation");
    Map<String, Double> limits = new HashMap<>(perOperation);
    limits.put(operation, requireRate(callsPerSecond));
    return new RateLimit(defaultPerSecond, limits);
  }

  /**
   * The calls per second allowed for an operation.
   *
   * @param operation the operation's path, for example {@code v4/openim/importmsg}
   * @return its calls per second
   */
  public double perSecond(String operation) {
    return perOperation.getOrDefault(Objects.requireNonNull(operation, "operation"), defaultPerSecond);
  }

  private static double requireRate(double callsPerSecond) {
    if (!(callsPerSecond > 0) || Double.isInfinite(callsPerSecond)) {
      throw new IllegalArgumentException("calls per second must be positive and finite, was " + callsPerSecond);
    }
    return callsPerSecond;
  }

  @Override
  public String toString() {
    return "RateLimit[default " + defaultPerSecond + "/s, " + perOperation + "]";
  }
}
