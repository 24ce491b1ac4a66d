package io.timrest.emulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A {@link Clock} that stands still until it is moved, for tests and demos that need to pass
 * UserSig expiry, the 5-minute de-duplication window or the import time rules without sleeping.
 * Thread-safe. Clocks made by {@link #withZone(ZoneId)} share this clock's time.
 */
public final class MutableClock extends Clock {
  private final AtomicReference<Instant> now;
  private final ZoneId zone;

  private MutableClock(AtomicReference<Instant> now, ZoneId zone) {
    this.now = now;
    this.zone = zone;
  }

  /**
   * A clock standing at {@code instant}, in UTC.
   *
   * @param instant the time to stand at
   * @return the clock
   * @throws NullPointerException if {@code instant} is null
   */
  public static MutableClock at(Instant instant) {
    return new MutableClock(new AtomicReference<>(Objects.requireNonNull(instant, "instant")), ZoneOffset.UTC);
  }

  /**
   * A clock standing at the current system time, in UTC.
   *
   * @return the clock
   */
  public static MutableClock atSystemTime() {
    return at(Instant.now());
  }

  /**
   * Moves the clock forward, or back with a negative duration.
   *
   * @param duration how far to move it
   * @return the new instant
   * @throws NullPointerException if {@code duration} is null
   * @throws java.time.DateTimeException if the result is beyond what an {@link Instant} can hold
   */
  public Instant advance(Duration duration) {
    Objects.requireNonNull(duration, "duration");
    return now.updateAndGet(instant -> instant.plus(duration));
  }

  /**
   * Sets the clock to {@code instant}, forward or back.
   *
   * @param instant the new time
   * @throws NullPointerException if {@code instant} is null
   */
  public void set(Instant instant) {
    now.set(Objects.requireNonNull(instant, "instant"));
  }

  @Override
  public Instant instant() {
    return now.get();
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return new MutableClock(now, Objects.requireNonNull(zone, "zone"));
  }

  @Override
  public String toString() {
    return "MutableClock[" + now.get() + ", " + zone + "]";
  }
}
