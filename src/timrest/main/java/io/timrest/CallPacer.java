package io.timrest;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Spaces the calls of each operation by the {@link RateLimit}: every call reserves a start time of
 * its operation and waits until then. Thread-safe. Two rules together:
 *
 * <ul>
 *   <li>One interval ({@code 1 s / limit}) between starts, with a tolerance of
 *       {@link #TOLERANCE_NANOS} (a generic cell rate algorithm): a call that becomes ready while
 *       the operation is below its pace starts at once although the previous call started less
 *       than an interval ago, up to {@code floor(25 ms / interval)} calls ahead of the even pace
 *       (5 at 200/s, 2 at 100/s; none below 40/s, nor above {@value #MAX_WINDOW_CALLS}/s, where
 *       the window below would take too much memory). Without it, calls that happen to become
 *       ready together queue one interval apart although the operation is under its limit on
 *       average, and when the callers are few (a migration whose groups barely cover the limit
 *       times the latency) the time they wait is lost for good.
 *   <li>Never more than {@code floor(limit)} starts in any one second (a sliding window over the
 *       last starts), so the tolerance never lets a second hold more calls than the limit, which
 *       is what a server counting per second accepts. While the last second is full no call
 *       starts ahead of the even pace: an operation kept at its limit is paced evenly, as without
 *       a tolerance.
 * </ul>
 *
 * <p>After an idle stretch no more than that tolerance is saved up: the pace does not catch up
 * the calls an idle operation did not make.
 */
final class CallPacer {
  /** Starts every call at once: the client's default, without a rate limit. */
  static final CallPacer UNLIMITED = new CallPacer(null);

  /** How early a call may start compared with the even pace: 25 ms worth of calls. */
  static final long TOLERANCE_NANOS = 25_000_000L;
  /** The largest limit with a tolerance: the window keeps this many start times, 8 bytes each. */
  static final int MAX_WINDOW_CALLS = 4096;
  private static final long SECOND = 1_000_000_000L;

  private final RateLimit limit;
  private final Map<String, Schedule> schedules = new ConcurrentHashMap<>();

  CallPacer(RateLimit limit) {
    this.limit = limit;
  }

  /** The operation's next start times. */
  private static final class Schedule {
    private final long intervalNanos;
    /** How many calls may start ahead of the even pace. */
    private final long tolerance;
    /** The start of the next call at the even pace; it may start up to the tolerance before. */
    private long nextStart;
    /** The last start reserved: starts never go back in time, even for a caller that read the clock earlier. */
    private long lastStart = Long.MIN_VALUE;
    /** The last {@code floor(limit)} starts, oldest first (a ring); only with a tolerance. */
    private final long[] starts;
    private int oldest;
    private int count;

    Schedule(double perSecond, long now) {
      this.intervalNanos = Math.max(1L, (long) (SECOND / perSecond));
      long calls = (long) perSecond;
      this.tolerance = calls <= MAX_WINDOW_CALLS ? TOLERANCE_NANOS / intervalNanos : 0;
      this.nextStart = now;
      this.starts = new long[tolerance > 0 ? (int) calls : 0];
    }

    synchronized long reserve(long now) {
      long early = tolerance * intervalNanos;
      long start = Math.max(Math.max(now, lastStart), nextStart - early);
      if (starts.length > 0 && count == starts.length && starts[oldest] + SECOND > start) {
        // The last second holds the limit's calls: this one waits until a second after the call
        // as many back, and at least an interval after the last one; the wait is the window's,
        // not idle time, so it leaves no tolerance to spend (which would bunch the next calls and
        // repeat the bunch every second while the operation stays at its limit).
        start = Math.max(Math.max(start, lastStart + intervalNanos), starts[oldest] + SECOND);
        nextStart = start + intervalNanos + early;
      } else {
        nextStart = Math.max(nextStart, start) + intervalNanos;
      }
      if (starts.length > 0) {
        if (count == starts.length) {
          starts[oldest] = start;
          oldest = (oldest + 1) % starts.length;
        } else {
          starts[(oldest + count) % starts.length] = start;
          count++;
        }
      }
      lastStart = start;
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
