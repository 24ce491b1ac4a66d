package io.timrest.emulator;

import java.util.Map;

/**
 * One service of the API ({@code /v4/{service}/...}): its commands and the codes it answers for
 * the failures every command shares (docs/server-rules.md §8 and the spec).
 *
 * @param invalidParameter a field missing or of the wrong type
 * @param unparsableBody the body empty or not a JSON object
 * @param tooLongBody the body longer than {@link TimEmulator#MAX_REQUEST_BYTES}
 * @param internalError the retryable code {@link Faults} injects unless told another
 * @param commands the service's commands by name
 * @param rateLimits the documented calls-per-second limit of each command whose limit is lower
 *     than the one every endpoint shares (docs/server-rules.md §1, §9); absent = no own limit
 * @param internalErrors the internal error of each command whose page documents another one than
 *     the service's (docs/server-rules.md §8); absent = {@code internalError}
 */
record Service(
    String name,
    int invalidParameter,
    int unparsableBody,
    int tooLongBody,
    int internalError,
    Map<String, Endpoint> commands,
    Map<String, Integer> rateLimits,
    Map<String, Integer> internalErrors) {

  /** A service whose commands all share the common rate limit and internal error. */
  Service(String name, int invalidParameter, int unparsableBody, int tooLongBody, int internalError,
      Map<String, Endpoint> commands) {
    this(name, invalidParameter, unparsableBody, tooLongBody, internalError, commands, Map.of(), Map.of());
  }

  /** The retryable code {@link Faults} injects into {@code command} unless told another. */
  int internalErrorOf(String command) {
    return internalErrors.getOrDefault(command, internalError);
  }

  /** The documented limit of {@code command} in calls per second, or 0 when it has none of its own. */
  int rateLimitOf(String command) {
    return rateLimits.getOrDefault(command, 0);
  }
}
