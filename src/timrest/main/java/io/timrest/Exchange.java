package io.timrest;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.Request;
import retrofit2.Call;
import retrofit2.Invocation;
import retrofit2.http.POST;

/**
 * One call of an operation, as both the blocking method and its async twin make it: the Retrofit
 * call, the request model exactly as it is sent (with every value the client filled in), the
 * operation's name, and how an answer becomes the method's result. The HTTP request is built once,
 * here, before anything is sent, so a request that cannot be written fails as a
 * {@link TimValidationException} instead of escaping from the middle of the call path.
 *
 * @param <T> the answer's model
 * @param <R> the method's result
 */
final class Exchange<T, R> {
  /** Turns the answer of the attempt that succeeded into the result (or a transport failure). */
  @FunctionalInterface
  interface Result<T, R> {
    R of(T answer, Attempt attempt);
  }

  /** The facts of the attempt whose answer is being read. */
  record Attempt(String operation, int number, long random) {
    /** The call as its result tells it: the requests sent so far, and this one's random. */
    TimCall call() {
      return new TimCall(number, random);
    }
  }

  /** The operation of each Retrofit method, read from its annotations once. */
  private static final Map<Method, String> OPERATIONS = new ConcurrentHashMap<>();

  final Call<T> call;
  final Object request;
  final String operation;
  /**
   * Whether sending the request twice has the effect of sending it once (the server
   * de-duplicates it, or it overwrites): only such a request is repeated after an attempt whose
   * outcome is unknown.
   */
  final boolean repeatable;
  private final Result<T, R> result;

  private Exchange(Call<T> call, Result<T, R> result) {
    this(call, result, true);
  }

  private Exchange(Call<T> call, Result<T, R> result, boolean repeatable) {
    this.call = call;
    this.result = result;
    this.repeatable = repeatable;
    Invocation invocation = built(call).tag(Invocation.class);
    this.request = invocation.arguments().get(0);
    this.operation = OPERATIONS.computeIfAbsent(invocation.method(), method -> operationOf(method.getAnnotations()));
  }

  /** An exchange whose result is the answer itself, carrying the call that received it. */
  static <T extends TimAnswer<T>> Exchange<T, T> of(Call<T> call) {
    return new Exchange<>(call, (answer, attempt) -> answer.withCall(attempt.call()));
  }

  /** An exchange whose result is read from the answer and the attempt. */
  static <T, R> Exchange<T, R> of(Call<T> call, Result<T, R> result) {
    return new Exchange<>(call, result);
  }

  /**
   * This exchange, repeatable only if {@code repeatable}: a group created without a
   * {@code GroupId} gets a new ID from the server, so sending its request again after an unknown
   * outcome could create a second group.
   */
  Exchange<T, R> repeatableIf(boolean repeatable) {
    return repeatable == this.repeatable ? this : new Exchange<>(call, result, repeatable);
  }

  R resultOf(T answer, Attempt attempt) {
    return result.of(answer, attempt);
  }

  /**
   * The operation's name: the path of its {@code @POST}, as in the spec's error tables (the
   * converter names the operations of its answers by the same annotations).
   */
  static String operationOf(Annotation[] methodAnnotations) {
    for (Annotation annotation : methodAnnotations) {
      if (annotation instanceof POST) {
        return ((POST) annotation).value();
      }
    }
    throw new IllegalArgumentException("every timrest operation is a @POST");
  }

  /**
   * Builds the call's HTTP request (Retrofit keeps it for the first attempt). A model the JSON
   * writer refuses, for example a non-finite number, is the caller's request breaking a rule;
   * the writer's message is not quoted, since it may quote a value of the request.
   */
  private static Request built(Call<?> call) {
    try {
      return call.request();
    } catch (TimRestException e) {
      throw e; // the converter's checks of the serialized body (its size)
    } catch (RuntimeException e) {
      throw new TimValidationException(
          "request", "must be writable as JSON", "the JSON writer refused it: " + e.getClass().getSimpleName());
    }
  }
}
