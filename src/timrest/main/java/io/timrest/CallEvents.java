package io.timrest;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.function.Supplier;

/**
 * Where the client reports what it does: a DEBUG line on the {@code io.timrest}
 * {@link System.Logger} (so any logging backend picks it up without a dependency) and the
 * builder's {@link TimRestListener}. The events hold no credential: operations, numbers, hosts,
 * and failures whose messages are scrubbed where they are made.
 */
final class CallEvents {
  private static final Logger LOG = System.getLogger("io.timrest");

  static final CallEvents NONE = new CallEvents(new NoListener());

  private final TimRestListener listener;
  /** No listener of the caller's: events that the logger does not want cost nothing. */
  private final boolean noListener;

  CallEvents(TimRestListener listener) {
    this.listener = listener;
    this.noListener = listener.getClass() == NoListener.class;
  }

  /** The builder's default: a listener that overrides nothing. */
  static final class NoListener implements TimRestListener {}

  /** Whether events are wanted at all, by the caller's listener or the DEBUG log. */
  boolean wanted() {
    return !noListener || LOG.isLoggable(Level.DEBUG);
  }

  void callStarted(TimRestListener.CallStarted event) {
    deliver("callStarted", () -> event.operation() + ": call started", () -> listener.callStarted(event));
  }

  void attemptStarted(TimRestListener.AttemptStarted event) {
    deliver("attemptStarted", () -> event.operation() + ": attempt " + event.attempt() + ", random=" + event.random(),
        () -> listener.attemptStarted(event));
  }

  void retryScheduled(TimRestListener.RetryScheduled event) {
    deliver("retryScheduled",
        () -> event.operation() + ": attempt " + event.attempt() + " failed, retrying in " + event.delay().toMillis()
            + " ms: " + event.reason().getMessage(),
        () -> listener.retryScheduled(event));
  }

  void userSigRenewed(TimRestListener.UserSigRenewed event) {
    deliver("userSigRenewed", () -> "UserSig renewed (" + event.reason() + ")", () -> listener.userSigRenewed(event));
  }

  void failedOver(TimRestListener.FailedOver event) {
    deliver("failedOver", () -> event.from() + " unreachable, request sent to " + event.to(),
        () -> listener.failedOver(event));
  }

  void callEnded(TimRestListener.CallEnded event) {
    deliver("callEnded",
        () -> event.operation() + ": call ended " + event.outcome()
            + (event.errorCode().isPresent() ? " " + event.errorCode().getAsLong() : "")
            + " after " + event.attempts() + " attempt(s) in " + event.duration().toMillis() + " ms"
            + (event.random().isPresent() ? ", last random=" + event.random().getAsLong() : ""),
        () -> listener.callEnded(event));
  }

  /** Logs the event, then hands it to the listener, whose failure must not change the call's outcome. */
  private void deliver(String method, Supplier<String> line, Runnable toListener) {
    if (LOG.isLoggable(Level.DEBUG)) {
      LOG.log(Level.DEBUG, line.get());
    }
    try {
      toListener.run();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "TimRestListener." + method + " threw " + e.getClass().getName() + "; the call goes on", e);
    }
  }
}
