package io.timrest;

import java.time.Duration;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * Observes a client's calls: each call's start and end, every attempt, every retry with its delay
 * and reason, UserSig renewals and failovers to the backup host. Register one with
 * {@link TimRestClient.Builder#listener(TimRestListener)}; every method has an empty default, so
 * an implementation overrides only what it needs. No event carries a UserSig or the secret key.
 *
 * <p>Methods are called on the thread doing the work: the caller's for a blocking method, an
 * OkHttp or timer thread for an async twin, so they must be quick and thread-safe. An exception
 * a method throws does not change the call's outcome: it is logged (logger {@code io.timrest},
 * level WARNING) and the call goes on.
 *
 * <pre>{@code
 * TimRestClient.builder()
 *     .listener(new TimRestListener() {
 *       public void callEnded(CallEnded call) {
 *         Timer.builder("timrest.calls").tag("operation", call.operation())
 *             .tag("outcome", call.outcome().name()).register(registry).record(call.duration());
 *       }
 *     })
 * }</pre>
 */
public interface TimRestListener {
  /**
   * A call was validated and is about to make its first attempt (after any wait of the rate limit).
   *
   * @param event the operation
   */
  default void callStarted(CallStarted event) {}

  /**
   * An attempt is about to be sent.
   *
   * @param event the operation, the attempt's number and its {@code random} query parameter
   */
  default void attemptStarted(AttemptStarted event) {}

  /**
   * An attempt failed and will be repeated after a delay.
   *
   * @param event the operation, the failed attempt, the delay and the failure
   */
  default void retryScheduled(RetryScheduled event) {}

  /**
   * A new UserSig was signed or supplied.
   *
   * @param event why
   */
  default void userSigRenewed(UserSigRenewed event) {}

  /**
   * The primary host could not be reached and the request went to the region's backup host (or
   * the backup could not be reached and it went back to the primary).
   *
   * @param event the two hosts
   */
  default void failedOver(FailedOver event) {}

  /**
   * A call ended: with its result, an error code of the server, or a transport failure.
   *
   * @param event the operation, how long the call took, its attempts and outcome
   */
  default void callEnded(CallEnded event) {}

  /**
   * A call is about to make its first attempt.
   *
   * @param operation the operation's path, for example {@code v4/openim/modify_c2c_msg}
   */
  record CallStarted(String operation) {
    /**
     * The event.
     *
     * @param operation the operation's path
     * @throws NullPointerException if {@code operation} is null
     */
    public CallStarted {
      Objects.requireNonNull(operation, "operation");
    }
  }

  /**
   * An attempt is about to be sent.
   *
   * @param operation the operation's path
   * @param attempt the attempt's number, from 1; a repetition with a renewed UserSig counts too
   * @param random the request's {@code random} query parameter, which Tencent support can trace
   */
  record AttemptStarted(String operation, int attempt, long random) {
    /**
     * The event.
     *
     * @param operation the operation's path
     * @param attempt the attempt's number
     * @param random the request's {@code random}
     * @throws NullPointerException if {@code operation} is null
     */
    public AttemptStarted {
      Objects.requireNonNull(operation, "operation");
    }
  }

  /**
   * An attempt failed and the call will try again.
   *
   * @param operation the operation's path
   * @param attempt the number of the attempt that failed
   * @param delay how long the client waits before the next attempt
   * @param reason the attempt's failure: a {@link TimTransportException}, or a
   *     {@link TimApiException} with a retryable code or a rejected UserSig
   */
  record RetryScheduled(String operation, int attempt, Duration delay, TimRestException reason) {
    /**
     * The event.
     *
     * @param operation the operation's path
     * @param attempt the number of the attempt that failed
     * @param delay the wait before the next attempt
     * @param reason the failure
     * @throws NullPointerException if an argument is null
     */
    public RetryScheduled {
      Objects.requireNonNull(operation, "operation");
      Objects.requireNonNull(delay, "delay");
      Objects.requireNonNull(reason, "reason");
    }
  }

  /**
   * A new UserSig was obtained.
   *
   * @param reason why
   */
  record UserSigRenewed(RenewalReason reason) {
    /**
     * The event.
     *
     * @param reason why
     * @throws NullPointerException if {@code reason} is null
     */
    public UserSigRenewed {
      Objects.requireNonNull(reason, "reason");
    }
  }

  /** Why a UserSig was renewed. */
  enum RenewalReason {
    /** The client had none yet. */
    FIRST,
    /** 90% of the cached UserSig's validity had passed. */
    EXPIRING,
    /** The server refused the cached UserSig (70001, 70052 or 20002). */
    REJECTED
  }

  /**
   * A request went to another host than planned because the planned one could not be reached.
   *
   * @param from the host that could not be reached, as {@code host:port}
   * @param to the host the request went to, as {@code host:port}
   */
  record FailedOver(String from, String to) {
    /**
     * The event.
     *
     * @param from the unreachable host
     * @param to the host used instead
     * @throws NullPointerException if an argument is null
     */
    public FailedOver {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
    }
  }

  /**
   * A call ended.
   *
   * @param operation the operation's path
   * @param duration from the call's start (after validation) to its end, waits and retries included
   * @param attempts how many requests were sent, 0 when none was (no UserSig could be obtained)
   * @param random the {@code random} query parameter of the last request sent; empty when none was
   * @param outcome how it ended
   * @param errorCode the server's {@code ErrorCode} for {@link Outcome#API_ERROR}, else empty
   */
  record CallEnded(
      String operation, Duration duration, int attempts, OptionalLong random, Outcome outcome, OptionalLong errorCode) {
    /**
     * The event.
     *
     * @param operation the operation's path
     * @param duration how long the call took
     * @param attempts how many requests were sent
     * @param random the last request's {@code random}
     * @param outcome how it ended
     * @param errorCode the server's code of an API error
     * @throws NullPointerException if an argument is null
     */
    public CallEnded {
      Objects.requireNonNull(operation, "operation");
      Objects.requireNonNull(duration, "duration");
      Objects.requireNonNull(random, "random");
      Objects.requireNonNull(outcome, "outcome");
      Objects.requireNonNull(errorCode, "errorCode");
    }
  }

  /** How a call ended. */
  enum Outcome {
    /** The server carried the request out (an import's result may still list refused messages). */
    SUCCESS,
    /** The server answered an error code: a {@link TimApiException}. */
    API_ERROR,
    /** No trustworthy answer: a {@link TimTransportException}. */
    TRANSPORT_ERROR
  }
}
