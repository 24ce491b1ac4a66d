package io.timrest.emulator;

/**
 * A business failure answered as {@code ActionStatus: "FAIL"} with HTTP 200 (docs/server-rules.md §1).
 * Thrown inside the handlers; the message becomes {@code ErrorInfo}, so it must never contain a
 * UserSig or key.
 */
final class ApiError extends RuntimeException {
  private final int code;

  ApiError(int code, String info) {
    super(info, null, false, false);
    this.code = code;
  }

  int code() {
    return code;
  }
}
