package io.timrest;

import java.util.Optional;

/**
 * The server answered {@code ActionStatus} FAIL or a non-zero {@code ErrorCode}. Whether a retry can
 * help comes from the spec's error-code tables ({@code x-error-codes}, {@code x-public-error-codes}).
 */
public final class TimApiException extends TimRestException {
  private static final long serialVersionUID = 1L;

  /** The response's {@code ErrorCode}. */
  private final long errorCode;
  /** The response's {@code ErrorInfo}, {@code ""} when it had none. */
  private final String errorInfo;
  /** The response's {@code ErrorDisplay}, or null. */
  private final String errorDisplay;
  /** The operation's path, for example {@code v4/openim/modify_c2c_msg}. */
  private final String operation;

  TimApiException(String operation, long errorCode, String errorInfo, String errorDisplay) {
    super(message(operation, errorCode, errorInfo, TimErrorCodes.lookup(operation, errorCode)), null);
    this.operation = operation;
    this.errorCode = errorCode;
    this.errorInfo = errorInfo == null ? "" : errorInfo;
    this.errorDisplay = errorDisplay;
  }

  /** Looked up, not stored: the tables are generated constants, and an exception stays serializable. */
  private Optional<TimErrorCodes.Entry> documented() {
    return TimErrorCodes.lookup(operation, errorCode);
  }

  private static String message(
      String operation, long code, String info, Optional<TimErrorCodes.Entry> documented) {
    StringBuilder text = new StringBuilder(operation).append(" failed with ErrorCode ").append(code);
    if (info != null && !info.isEmpty()) {
      text.append(": ").append(info);
    }
    documented.ifPresent(entry -> text.append(" (").append(entry.meaning()).append(')'));
    return text.toString();
  }

  /**
   * The {@code ErrorCode} of the response.
   *
   * @return the code; 0 only when the server answered {@code ActionStatus} FAIL without one
   */
  public long errorCode() {
    return errorCode;
  }

  /**
   * The {@code ErrorInfo} of the response, the server's description of the failure.
   *
   * @return the text; empty if the response had none
   */
  public String errorInfo() {
    return errorInfo;
  }

  /**
   * The {@code ErrorDisplay} of the response, detail text that some operations add.
   *
   * @return the text, or empty when the server sent none
   */
  public Optional<String> errorDisplay() {
    return Optional.ofNullable(errorDisplay);
  }

  /**
   * The operation that failed, named by its path as in the spec's error tables.
   *
   * @return the path, for example {@code v4/openim/modify_c2c_msg}
   */
  public String operation() {
    return operation;
  }

  /**
   * The meaning the spec documents for the code: the operation's own entry, else the public one.
   *
   * @return the meaning, or empty for an undocumented code
   */
  public Optional<String> documentedMeaning() {
    return documented().map(TimErrorCodes.Entry::meaning);
  }

  /**
   * Whether the same request may succeed later: transient server errors, rate limits, and an expired
   * or invalidated UserSig (after signing a new one). Undocumented codes are not retryable. The
   * client has already retried as its {@link RetryPolicy} allows when this exception reaches the
   * caller.
   *
   * @return true when the spec's advice for the code is to retry
   */
  public boolean isRetryable() {
    return documented().map(entry -> entry.retry() != TimErrorCodes.Retry.NO).orElse(false);
  }

  /**
   * Whether the server asks for a newly signed UserSig (70001, 70052, 20002). The client renews its
   * UserSig and repeats the call once by itself; this reaches the caller only if that failed too.
   *
   * @return true for a code whose advice is to renew the UserSig
   */
  public boolean needsNewUserSig() {
    return documented().map(entry -> entry.retry() == TimErrorCodes.Retry.RENEW_USERSIG).orElse(false);
  }

  boolean isRateLimit() {
    return documented().map(entry -> entry.retry() == TimErrorCodes.Retry.BACKOFF).orElse(false);
  }
}
