package io.timrest;

import java.util.Optional;

/**
 * The server answered {@code ActionStatus} FAIL or a non-zero {@code ErrorCode}. Whether a retry can
 * help comes from the spec's error-code tables ({@code x-error-codes}, {@code x-public-error-codes}).
 */
public final class TimApiException extends TimRestException {
  private static final long serialVersionUID = 1L;

  private final long errorCode;
  private final String errorInfo;
  private final String errorDisplay;
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

  /** The {@code ErrorCode} of the response. */
  public long errorCode() {
    return errorCode;
  }

  /** The {@code ErrorInfo} of the response; empty if it had none. */
  public String errorInfo() {
    return errorInfo;
  }

  /** The {@code ErrorDisplay} of the response, when the server sent one. */
  public Optional<String> errorDisplay() {
    return Optional.ofNullable(errorDisplay);
  }

  /** The operation's path, for example {@code v4/openim/modify_c2c_msg}. */
  public String operation() {
    return operation;
  }

  /** The documented meaning of the code, when the spec documents it. */
  public Optional<String> documentedMeaning() {
    return documented().map(TimErrorCodes.Entry::meaning);
  }

  /**
   * Whether the same request may succeed later: transient server errors, rate limits, and an expired
   * or invalidated UserSig (after signing a new one). Undocumented codes are not retryable.
   */
  public boolean isRetryable() {
    return documented().map(entry -> entry.retry() != TimErrorCodes.Retry.NO).orElse(false);
  }

  /** Whether the server asks for a newly signed UserSig (70001, 70052, 20002). */
  public boolean needsNewUserSig() {
    return documented().map(entry -> entry.retry() == TimErrorCodes.Retry.RENEW_USERSIG).orElse(false);
  }

  boolean isRateLimit() {
    return documented().map(entry -> entry.retry() == TimErrorCodes.Retry.BACKOFF).orElse(false);
  }
}
