package io.timrest.cli;

import io.timrest.TimRestListener;
import java.io.PrintStream;

/**
 * {@code --verbose}: one line on standard error per attempt, retry, UserSig renewal, failover and
 * call end. The events hold no credential, and a retry's reason is the client's scrubbed message.
 */
final class VerboseListener implements TimRestListener {
  private final PrintStream err;

  VerboseListener(PrintStream err) {
    this.err = err;
  }

  @Override
  public void attemptStarted(AttemptStarted event) {
    err.println("timrest: " + event.operation() + ": attempt " + event.attempt() + " (random " + event.random() + ")");
  }

  @Override
  public void retryScheduled(RetryScheduled event) {
    err.println("timrest: " + event.operation() + ": attempt " + event.attempt() + " failed ("
        + event.reason().getMessage() + "); retrying in " + event.delay().toMillis() + " ms");
  }

  @Override
  public void userSigRenewed(UserSigRenewed event) {
    if (event.reason() != RenewalReason.FIRST) {
      err.println("timrest: UserSig renewed (" + event.reason().name().toLowerCase(java.util.Locale.ROOT) + ")");
    }
  }

  @Override
  public void failedOver(FailedOver event) {
    err.println("timrest: " + event.from() + " unreachable, sent to " + event.to());
  }

  @Override
  public void callEnded(CallEnded event) {
    err.println("timrest: " + event.operation() + ": " + event.outcome().name().toLowerCase(java.util.Locale.ROOT)
        + (event.errorCode().isPresent() ? " " + event.errorCode().getAsLong() : "")
        + " after " + event.attempts() + " attempt(s), " + event.duration().toMillis() + " ms");
  }
}
