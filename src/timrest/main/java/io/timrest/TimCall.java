package io.timrest;

/**
 * What the client knows of one call it made: how many requests it sent (1 unless it retried) and
 * the {@code random} query parameter of the last one, by which Tencent support can find that
 * request. Every result ({@link TimAnswer#call()}, {@link TimResult#call()}) and every failure of a
 * call that was sent ({@link TimRestException#call()}) carries one. Only the client makes them.
 */
public final class TimCall {
  private final int attempts;
  private final long random;

  TimCall(int attempts, long random) {
    this.attempts = attempts;
    this.random = random;
  }

  /**
   * How many requests the call sent: 1 without retries, more after retries (a repetition with a
   * renewed UserSig included).
   *
   * @return the count, at least 1
   */
  public int attempts() {
    return attempts;
  }

  /**
   * The {@code random} query parameter of the last request the call sent (the answered one, for a
   * result).
   *
   * @return an unsigned 32-bit number
   */
  public long random() {
    return random;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TimCall && ((TimCall) o).attempts == attempts && ((TimCall) o).random == random;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(random) * 31 + attempts;
  }

  @Override
  public String toString() {
    return "attempts=" + attempts + ", random=" + random;
  }
}
