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
 */
record Service(
    String name,
    int invalidParameter,
    int unparsableBody,
    int tooLongBody,
    int internalError,
    Map<String, Endpoint> commands) {}
