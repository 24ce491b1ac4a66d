package io.timrest;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Spaces the calls of each operation by the {@link RateLimit}: every call reserves the next free
 * start time of its operation, one interval after the previous call's, and waits until then. No
 * burst: {@code n} workers together start at most the limit's calls per second, evenly, which is
 * also what a server counting per second accepts. Thread-safe.
 */
final class CallPacer {
  /** Starts every call at once: the client's default, without a rate limit. */
  static final CallPacer UNLIMITED = new CallPacer(null);

  private final RateLimit limit;
  private final Map<String, Schedule> schedules = new ConcurrentHashMap<>();

  CallPacer(RateLimit limit) {
    this.limit = limit;
  }

  /** The operation's next free start times. */
  private static final class Schedule {
    private final long intervalNanos;
    private long nextStart;

    Schedule(double perSecond, long now) {
      this.intervalNanos = Math.max(1L, (long) (1_000_000_000L / perSecond));
      this.nextStart = now;
    }

    synchronized long reserve(long now) {
      long start = Math.max(now, nextStart);
      nextStart = start + intervalNanos;
      return start - now;
    }
  }

  /** Reserves a start for a call of {@code operation}; returns how many nanoseconds to wait before starting it. */
  long reserve(String operation) {
    return reserve(operation, System.nanoTime());
  }

  /** {@link #reserve(String)} at the given {@link System#nanoTime()}. */
  long reserve(String operation, long now) {
    if (limit == null) {
      return 0;
    }
    return schedules.computeIfAbsent(operation, key -> new Schedule(limit.perSecond(key), now)).reserve(now);
  }
}
