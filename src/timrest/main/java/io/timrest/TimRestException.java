package io.timrest;

/**
 * The root of every failure timrest reports: {@link TimApiException} (the server answered with an
 * error code), {@link TimTransportException} (no trustworthy answer arrived) and
 * {@link TimValidationException} (the request was refused before any I/O). No message of any of
 * them contains a UserSig or a secret key.
 */
public abstract class TimRestException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  TimRestException(String message, Throwable cause) {
    super(message, cause);
  }
}
