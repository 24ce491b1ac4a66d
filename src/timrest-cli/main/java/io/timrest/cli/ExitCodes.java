package io.timrest.cli;

/** The exit codes of every {@code timrest} command; {@link #HELP} is how {@code --help} lists them. */
final class ExitCodes {
  static final int OK = 0;
  /** The server answered an error code, or some messages of an import were not imported. */
  static final int API_ERROR = 1;
  /** Bad command line, settings or input file, or a request the client refused before sending. */
  static final int USAGE = 2;
  /** No trustworthy answer arrived: refused connection, timeout, HTTP error status, not the API's JSON. */
  static final int TRANSPORT = 3;

  static final String HELP = String.join("\n",
      "Exit codes:",
      "  0  success",
      "  1  API error: the server answered an ErrorCode (printed with its ErrorInfo), some messages",
      "     of an import were not imported, demo's read-back did not show its modifications, or an",
      "     unexpected failure (its exception is printed)",
      "  2  usage or validation error: unknown command or option, missing or malformed value,",
      "     missing connection setting, unreadable or malformed JSON file (named with the JSON path),",
      "     or a request that breaks a documented rule (the field and the rule are printed)",
      "  3  transport error: connection refused, timeout, HTTP error status or a body that is not",
      "     the API's JSON; the request may or may not have been carried out");

  private ExitCodes() {
  }
}
