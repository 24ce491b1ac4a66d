package io.timrest.cli;

/**
 * The command line, a setting or an input file is wrong; the command exits with
 * {@link ExitCodes#USAGE}. The message is printed after {@code error: } and never quotes a secret.
 */
final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}
