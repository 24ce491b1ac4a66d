package io.timrest;

import java.util.Optional;

/**
 * The root of every failure timrest reports: {@link TimApiException} (the server answered with an
 * error code), {@link TimTransportException} (no trustworthy answer arrived) and
 * {@link TimValidationException} (the request was refused before any I/O). No message of any of
 * them contains a UserSig or a secret key. A failure of a call that was sent says how many
 * requests were sent and the {@code random} query parameter of the last one, by which Tencent
 * support can find it.
 */
public abstract class TimRestException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Requests sent, set once when the failure leaves the call; 0 while unknown or none was sent. */
  private volatile int attempts;
  /** The last request's {@code random}, or -1. */
  private volatile long random = -1;

  TimRestException(String message, Throwable cause) {
    super(message, cause);
  }

  /** Records how the call that failed went, before the failure reaches the caller. */
  final void recordCall(int sent, long lastRandom) {
    this.attempts = sent;
    this.random = lastRandom;
  }

  /** The message without the call's facts. */
  final String rawMessage() {
    return super.getMessage();
  }

  /**
   * The call that failed: how many requests it sent (1 without retries, more after retries, a
   * repetition with a renewed UserSig included) and the {@code random} query parameter of the
   * last one, which identifies it to Tencent support.
   *
   * @return the call; empty when nothing was sent (a {@link TimValidationException}, or no
   *     UserSig could be obtained)
   */
  public Optional<TimCall> call() {
    return attempts == 0 ? Optional.empty() : Optional.of(new TimCall(attempts, random));
  }

  /**
   * The failure, and for a call that was sent, after how many attempts and with which last
   * {@code random}.
   *
   * @return the message
   */
  @Override
  public String getMessage() {
    String message = super.getMessage();
    return attempts == 0 ? message : message + " [attempts=" + attempts + ", random=" + random + "]";
  }
}
