package io.timrest;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * No trustworthy answer arrived: an I/O failure or timeout, a status other than HTTP 200 (the
 * gateway's 502, a redirect, a 202), or a body that is not the API's JSON (HTML, truncated, empty,
 * too large, or a response that contradicts the request). Whether the request may have been
 * carried out is told by {@link #outcomeUnknown()}; {@link #request()} is the request exactly as
 * it was sent. Sending it again is safe for every operation (modifications overwrite, imports and
 * messages are de-duplicated by their {@code Random}/{@code MsgSeq}) except creating a group
 * without a {@code GroupId} ({@code create_group}, {@code import_group}), which the server would
 * do twice: the client does not retry those after an unknown outcome, and neither should the
 * caller without first looking for the group.
 */
public final class TimTransportException extends TimRestException {
  private static final long serialVersionUID = 1L;

  /** The operation's path, for example {@code v4/group_open_http_svc/import_group_msg}. */
  private final String operation;
  /** The HTTP status of a non-200 answer, or 0. */
  private final int httpStatus;
  /** False only when the request cannot have reached the server. */
  private final boolean outcomeUnknown;
  /** The request as sent; not serialized, since the models are not. */
  private final transient Object request;

  TimTransportException(String operation, String message, int httpStatus, Throwable cause) {
    this(operation, message, httpStatus, true, null, cause);
  }

  TimTransportException(
      String operation, String message, int httpStatus, boolean outcomeUnknown, Object request, Throwable cause) {
    super(operation + ": " + message, cause);
    this.operation = operation;
    this.httpStatus = httpStatus;
    this.outcomeUnknown = outcomeUnknown;
    this.request = request;
  }

  /** The same failure, carrying the request as sent. */
  TimTransportException withRequest(Object sent) {
    TimTransportException copy = new TimTransportException(
        operation, rawMessage().substring(operation.length() + 2), httpStatus, outcomeUnknown, sent, getCause());
    copy.setStackTrace(getStackTrace());
    call().ifPresent(facts -> copy.recordCall(facts.attempts(), facts.random()));
    return copy;
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
   * The HTTP status when the failure is a status other than 200.
   *
   * @return the status, for example 502; empty for I/O failures and for 200 responses whose body
   *     is not the API's JSON
   */
  public OptionalInt httpStatus() {
    return httpStatus > 0 ? OptionalInt.of(httpStatus) : OptionalInt.empty();
  }

  /**
   * Whether the request may have reached the server and been carried out. It is false only when
   * it certainly did not: the connection could not be made (refused, name not resolved), or the
   * call failed before any byte of the request was written (a UserSig could not be obtained, the
   * wait for a retry was interrupted before the first attempt). After the request was written,
   * whatever went wrong (a timeout, a broken connection, a non-200 status, an answer that is not
   * the API's JSON), the server may have acted on it: send {@link #request()} again, unchanged, to
   * find out without doing it twice.
   *
   * @return true when the server may have carried out the request
   */
  public boolean outcomeUnknown() {
    return outcomeUnknown;
  }

  /**
   * The request as the client sent it (or would have), with every value the client filled in: the
   * {@code Random} of each imported group message, the {@code MsgSeq} and {@code MsgRandom} of an
   * imported one-to-one message, the {@code MsgSeq} of {@code sendmsg}. Sending exactly this
   * request again is de-duplicated by the server, where a new request with new values would import
   * twice.
   *
   * @return the request model, for example an {@link io.timrest.model.ImportGroupMsgRequest}; empty
   *     after deserialization
   */
  public Optional<Object> request() {
    return Optional.ofNullable(request);
  }

  /**
   * The request as sent, if it is of the given model type.
   *
   * @param <T> the model type
   * @param type the model class, for example {@code ImportGroupMsgRequest.class}
   * @return the request, or empty when it is of another type or unknown
   * @throws NullPointerException if {@code type} is null
   */
  public <T> Optional<T> request(Class<T> type) {
    java.util.Objects.requireNonNull(type, "type");
    return type.isInstance(request) ? Optional.of(type.cast(request)) : Optional.empty();
  }
}
