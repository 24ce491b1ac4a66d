package io.timrest;

/**
 * What every result of a call made by the client says about the call: how many requests it sent
 * and the {@code random} query parameter of the one that succeeded, by which Tencent support can
 * find it. (The same facts of a failed call are on its {@link TimRestException}.)
 */
public abstract class TimResult {
  private final int attempts;
  private final long random;

  TimResult(Exchange.Attempt attempt) {
    this.attempts = attempt.number();
    this.random = attempt.random();
  }

  /**
   * How many requests the call sent: 1 unless it was retried.
   *
   * @return the count, at least 1
   */
  public final int attempts() {
    return attempts;
  }

  /**
   * The {@code random} query parameter of the request whose answer this is.
   *
   * @return an unsigned 32-bit number
   */
  public final long random() {
    return random;
  }
}
