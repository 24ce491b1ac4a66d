package io.timrest;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.Callback;
import retrofit2.Invocation;
import retrofit2.Response;

/**
 * Runs a Retrofit call, turns every failure into a {@link TimRestException}, and repeats it as the
 * {@link RetryPolicy} allows. Each repetition is a {@link Call#clone()} of the same call, so the
 * request body (and with it every {@code Random} of an import) is identical on every attempt.
 */
final class CallExecutor {
  private final RetryPolicy policy;
  private final CachedUserSig userSig;
  private final CallPacer pacer;
  private final CredentialScrubber scrubber;

  CallExecutor(RetryPolicy policy, CachedUserSig userSig, CallPacer pacer, CredentialScrubber scrubber) {
    this.policy = policy;
    this.userSig = userSig;
    this.pacer = pacer;
    this.scrubber = scrubber;
  }

  <T> T execute(Call<T> call, String operation) {
    Call<T> attemptCall = call;
    int attempt = 1;
    boolean renewedUserSig = false;
    TimRestException failure = null;
    while (true) {
      sleep(Duration.ofNanos(pacer.reserve(operation)), operation, call, failure);
      String userSigUsed;
      try {
        userSigUsed = userSig.current();
      } catch (RuntimeException e) {
        throw userSigFailure(operation, e, call);
      }
      try {
        return bodyOf(attemptCall.execute(), operation);
      } catch (Throwable e) {
        failure = failureOf(e, operation, call);
      }
      Duration delay = retryDelay(failure, attempt, renewedUserSig);
      if (delay == null) {
        throw failure;
      }
      if (renewsUserSig(failure, renewedUserSig)) {
        userSig.renewAfterRejection(userSigUsed);
        renewedUserSig = true;
      } else {
        attempt++;
      }
      sleep(delay, operation, call, failure);
      attemptCall = attemptCall.clone();
    }
  }

  <T> CompletableFuture<T> executeAsync(Call<T> call, String operation) {
    CompletableFuture<T> result = new CompletableFuture<>();
    attemptAsync(call, operation, 1, false, result);
    return result;
  }

  /** Starts an attempt when the pacer allows it: at once, or after its wait on the shared delayed executor. */
  private <T> void attemptAsync(
      Call<T> call, String operation, int attempt, boolean renewedUserSig, CompletableFuture<T> result) {
    long wait = pacer.reserve(operation);
    if (wait <= 0) {
      startAttemptAsync(call, operation, attempt, renewedUserSig, result);
    } else {
      CompletableFuture.delayedExecutor(wait, TimeUnit.NANOSECONDS).execute(() ->
          startAttemptAsync(call, operation, attempt, renewedUserSig, result));
    }
  }

  private <T> void startAttemptAsync(
      Call<T> call, String operation, int attempt, boolean renewedUserSig, CompletableFuture<T> result) {
    String userSigUsed;
    try {
      userSigUsed = userSig.current();
    } catch (RuntimeException e) { // a failing UserSig supplier must fail the future, not a pool thread
      result.completeExceptionally(userSigFailure(operation, e, call));
      return;
    }
    result.whenComplete((value, error) -> {
      if (result.isCancelled()) {
        call.cancel();
      }
    });
    call.enqueue(new Callback<T>() {
      @Override
      public void onResponse(Call<T> done, Response<T> response) {
        T body;
        try {
          body = bodyOf(response, operation);
        } catch (Throwable e) {
          onFailed(failureOf(e, operation, call));
          return;
        }
        result.complete(body);
      }

      @Override
      public void onFailure(Call<T> done, Throwable error) {
        onFailed(failureOf(error, operation, call));
      }

      private void onFailed(TimRestException failure) {
        Duration delay = retryDelay(failure, attempt, renewedUserSig);
        if (delay == null || result.isDone()) {
          result.completeExceptionally(failure);
          return;
        }
        boolean renew = renewsUserSig(failure, renewedUserSig);
        if (renew) {
          userSig.renewAfterRejection(userSigUsed);
        }
        CompletableFuture.delayedExecutor(delay.toNanos(), TimeUnit.NANOSECONDS).execute(() ->
            attemptAsync(call.clone(), operation, renew ? attempt : attempt + 1, renewedUserSig || renew, result));
      }
    });
  }

  /**
   * How long to wait before trying again, or null to give up. A rejected UserSig is renewed and
   * retried once without counting as an attempt; otherwise only transport failures and retryable
   * codes are retried, up to the policy's attempts.
   */
  private Duration retryDelay(TimRestException failure, int attempt, boolean renewedUserSig) {
    if (renewsUserSig(failure, renewedUserSig)) {
      return Duration.ZERO;
    }
    if (attempt >= policy.maxAttempts()) {
      return null;
    }
    if (failure instanceof TimTransportException) {
      return policy.delayAfter(attempt, false);
    }
    if (failure instanceof TimApiException) {
      TimApiException api = (TimApiException) failure;
      if (api.isRetryable() && !api.needsNewUserSig()) {
        return policy.delayAfter(attempt, api.isRateLimit());
      }
    }
    return null;
  }

  private static boolean renewsUserSig(TimRestException failure, boolean renewedUserSig) {
    return !renewedUserSig
        && failure instanceof TimApiException
        && ((TimApiException) failure).needsNewUserSig();
  }

  /**
   * Every failure of an attempt as one of the exception root's: a {@link TimRestException} as it
   * is, an I/O failure, malformed JSON or any other exception from OkHttp, Okio or Moshi as a
   * {@link TimTransportException} carrying the request as sent. Errors of the JVM stay errors.
   */
  private TimRestException failureOf(Throwable error, String operation, Call<?> call) {
    Object request = requestOf(call);
    if (error instanceof TimTransportException) {
      TimTransportException transport = (TimTransportException) error;
      return transport.request().isPresent() ? transport : transport.withRequest(request);
    }
    if (error instanceof TimRestException) {
      return (TimRestException) error;
    }
    if (error instanceof IOException) {
      return transportFailure(operation, (IOException) error, request);
    }
    if (error instanceof JsonDataException) {
      return malformedResponse(operation, error, true, request);
    }
    if (error instanceof Error) {
      throw (Error) error;
    }
    return new TimTransportException(
        operation, "the call failed: " + error.getClass().getSimpleName(), 0, true, request, error);
  }

  /** No UserSig could be signed or supplied: nothing was sent. The supplier's message is not quoted. */
  private static TimTransportException userSigFailure(String operation, RuntimeException e, Call<?> call) {
    return new TimTransportException(
        operation, "no UserSig: " + e.getClass().getSimpleName(), 0, false, requestOf(call), e);
  }

  /** The argument of the Retrofit method: the request model, with any value the client filled in. */
  private static Object requestOf(Call<?> call) {
    Invocation invocation = call.request().tag(Invocation.class);
    return invocation == null || invocation.arguments().isEmpty() ? null : invocation.arguments().get(0);
  }

  private static <T> T bodyOf(Response<T> response, String operation) {
    if (!response.isSuccessful()) {
      String contentType;
      try (ResponseBody errorBody = response.errorBody()) {
        contentType = errorBody == null || errorBody.contentType() == null
            ? "no content type" : errorBody.contentType().toString();
      }
      // The body is not quoted: a gateway page may echo the request URL, UserSig included.
      throw new TimTransportException(
          operation, "HTTP " + response.code() + " (" + contentType + ") instead of the API's JSON",
          response.code(), null);
    }
    T body = response.body();
    if (body == null) {
      throw new TimTransportException(operation, "HTTP " + response.code() + " without a body", response.code(), null);
    }
    return body;
  }

  private TimTransportException transportFailure(String operation, IOException e, Object request) {
    boolean outcomeUnknown = true;
    IOException cause = e;
    if (e instanceof ResponseGuard.NotSent) {
      outcomeUnknown = false;
      cause = (IOException) e.getCause();
    }
    if (cause instanceof ResponseGuard.UnexpectedStatus) {
      ResponseGuard.UnexpectedStatus status = (ResponseGuard.UnexpectedStatus) cause;
      // The body is not quoted: a gateway page may echo the request URL, UserSig included.
      return new TimTransportException(operation, status.getMessage(), status.code, true, request, null);
    }
    if (cause instanceof JsonEncodingException) {
      return malformedResponse(operation, cause, outcomeUnknown, request);
    }
    String what = cause instanceof InterruptedIOException ? "timed out or was interrupted" : "failed";
    return new TimTransportException(
        operation, "the call " + what + ": " + cause.getClass().getSimpleName() + ": " + scrubber.scrub(cause.getMessage()),
        0, outcomeUnknown, request, cause);
  }

  /**
   * Moshi's messages quote the value they could not read ("Expected an int but was ..."), which may
   * be an echoed UserSig: only where in the document it happened is kept.
   */
  private static TimTransportException malformedResponse(
      String operation, Throwable e, boolean outcomeUnknown, Object request) {
    return new TimTransportException(
        operation, "malformed response (" + e.getClass().getSimpleName() + ")" + pathOf(e.getMessage()),
        0, outcomeUnknown, request, new MalformedJson(e));
  }

  /** The JSON path a Moshi message ends with, as " at $.a.b", or "". */
  static String pathOf(String message) {
    if (message == null) {
      return "";
    }
    int at = message.lastIndexOf(" at ");
    String tail = at < 0 ? "" : message.substring(at + 4);
    if (tail.startsWith("path ")) {
      tail = tail.substring(5);
    }
    return tail.matches("\\$[A-Za-z0-9_.\\[\\]]*") ? " at " + tail : "";
  }

  /**
   * Moshi's exception, whose message may quote an offending value, kept out of every message: the
   * cause of a malformed response names the exception type only, and carries no stack of text.
   */
  static final class MalformedJson extends IOException {
    private static final long serialVersionUID = 1L;

    MalformedJson(Throwable moshi) {
      super(moshi.getClass().getName() + pathOf(moshi.getMessage()));
      setStackTrace(moshi.getStackTrace());
    }
  }

  private static void sleep(Duration delay, String operation, Call<?> call, TimRestException previous) {
    if (delay.isZero()) {
      return;
    }
    try {
      Thread.sleep(delay.toMillis(), delay.toNanosPart() % 1_000_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      // Before the first attempt nothing was sent; after one, its outcome is what it was.
      boolean outcomeUnknown = previous != null
          && (!(previous instanceof TimTransportException) || ((TimTransportException) previous).outcomeUnknown());
      throw new TimTransportException(
          operation, "interrupted while waiting to retry", 0, outcomeUnknown, requestOf(call), e);
    }
  }
}
