package io.timrest;

import java.util.Optional;

/**
 * A model of what the server answers (its schema has {@code x-timrest-answer} in the spec), which
 * carries the {@link TimCall} that received it when the client returns it.
 *
 * @param <T> the model itself
 */
public interface TimAnswer<T extends TimAnswer<T>> {
  /**
   * The call that received this answer.
   *
   * @return the call; empty when the value was built, or read from JSON, by other code than the
   *     client
   */
  Optional<TimCall> call();

  /**
   * This answer, as received by {@code call}.
   *
   * @param call the call that received the answer
   * @return a copy of this value that carries {@code call}
   * @throws NullPointerException if {@code call} is null
   */
  T withCall(TimCall call);
}
