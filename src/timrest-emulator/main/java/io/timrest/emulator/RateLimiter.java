package io.timrest.emulator;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/**
 * The per-endpoint call limit (docs/server-rules.md §1: 200 calls/s for most endpoints; §9: 100 for
 * multiaccount_import). A fixed window per whole second of the emulator's clock: deterministic
 * under a {@link MutableClock}, which keeps every call of a test in one window until the test
 * moves the clock. Thread-safe.
 *
 * <p>The configured limit applies to every endpoint; an endpoint with a lower documented limit of
 * its own gets the lower of the two, so a test that lowers the configured limit lowers it
 * everywhere, and raising it never lifts an endpoint above its documented limit. A configured
 * limit of 0 switches every limit off.
 */
final class RateLimiter {
  private final int limitPerSecond;
  private final Clock clock;
  private final Map<String, Window> windows = new HashMap<>();

  private static final class Window {
    long second;
    int calls;
  }

  RateLimiter(int limitPerSecond, Clock clock) {
    this.limitPerSecond = limitPerSecond;
    this.clock = clock;
  }

  /** Forgets every call counted so far: the next call of each endpoint starts a new window. */
  synchronized void clear() {
    windows.clear();
  }

  /**
   * Counts a call to {@code endpoint}, whose own documented limit is {@code documentedLimit} calls
   * per second (0 = none of its own); false when the call exceeds the limit of the current second.
   */
  synchronized boolean tryAcquire(String endpoint, int documentedLimit) {
    if (limitPerSecond == 0) {
      return true;
    }
    int limit = documentedLimit > 0 ? Math.min(limitPerSecond, documentedLimit) : limitPerSecond;
    long second = clock.instant().getEpochSecond();
    Window window = windows.computeIfAbsent(endpoint, key -> new Window());
    if (window.second != second) {
      window.second = second;
      window.calls = 0;
    }
    if (window.calls >= limit) {
      return false;
    }
    window.calls++;
    return true;
  }
}
