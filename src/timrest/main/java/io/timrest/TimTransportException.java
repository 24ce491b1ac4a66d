package io.timrest;

import java.util.OptionalInt;

/**
 * No trustworthy answer arrived: an I/O failure or timeout, a non-200 HTTP status (the gateway's
 * 502, for example), or a body that is not the API's JSON (HTML, truncated, empty, or a response
 * that contradicts the request). The request may or may not have been carried out; every timrest
 * operation is safe to retry (modifications overwrite, imports are de-duplicated by
 * {@code Random}).
 */
public final class TimTransportException extends TimRestException {
  private static final long serialVersionUID = 1L;

  /** The operation's path, for example {@code v4/group_open_http_svc/import_group_msg}. */
  private final String operation;
  /** The HTTP status of a non-200 answer, or 0. */
  private final int httpStatus;

  TimTransportException(String operation, String message, int httpStatus, Throwable cause) {
    super(operation + ": " + message, cause);
    this.operation = operation;
    this.httpStatus = httpStatus;
  }

  /**
   * The operation that failed, named by its path.
   *
   * @return the path, for example {@code v4/group_open_http_svc/import_group_msg}
   */
  public String operation() {
    return operation;
  }

  /**
   * The HTTP status when the failure is a non-200 status.
   *
   * @return the status, for example 502; empty for I/O failures and for 200 responses whose body
   *     is not the API's JSON
   */
  public OptionalInt httpStatus() {
    return httpStatus > 0 ? OptionalInt.of(httpStatus) : OptionalInt.empty();
  }
}
