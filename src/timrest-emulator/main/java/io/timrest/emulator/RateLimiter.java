package io.timrest.emulator;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/**
 * The per-endpoint call limit (docs/server-rules.md §1: 200 calls/s for every endpoint served here). A fixed
 * window per whole second of the emulator's clock: deterministic under a {@link MutableClock},
 * which keeps every call of a test in one window until the test moves the clock. Thread-safe.
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

  /** Counts a call to {@code endpoint}; false when it exceeds the limit of the current second. */
  synchronized boolean tryAcquire(String endpoint) {
    if (limitPerSecond == 0) {
      return true;
    }
    long second = clock.instant().getEpochSecond();
    Window window = windows.computeIfAbsent(endpoint, key -> new Window());
    if (window.second != second) {
      window.second = second;
      window.calls = 0;
    }
    if (window.calls >= limitPerSecond) {
      return false;
    }
    window.calls++;
    return true;
  }
}
