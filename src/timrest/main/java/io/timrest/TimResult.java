package io.timrest;

/**
 * A result the client composes from an answer and the request (an import's outcomes, for
 * example), with the {@link TimCall} that received the answer, like every answer model
 * ({@link TimAnswer}) and every failure of a call that was sent ({@link TimRestException#call()}).
 */
public abstract class TimResult {
  private final TimCall call;

  TimResult(Exchange.Attempt attempt) {
    this.call = attempt.call();
  }

  /**
   * The call that received the answer: how many requests it sent and the {@code random} of the
   * one answered, by which Tencent support can find it.
   *
   * @return the call
   */
  public final TimCall call() {
    return call;
  }
}
