package io.timrest.emulator;

/** One {@code service/command}. Throws {@link ApiError} for a business failure. */
@FunctionalInterface
interface Endpoint {
  Reply handle(Call call);
}
