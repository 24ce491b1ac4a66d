package io.timrest;

import com.squareup.moshi.JsonDataException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.Callback;
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

  CallExecutor(RetryPolicy policy, CachedUserSig userSig, CallPacer pacer) {
    this.policy = policy;
    this.userSig = userSig;
    this.pacer = pacer;
  }

  <T> T execute(Call<T> call, String operation) {
    Call<T> attemptCall = call;
    int attempt = 1;
    boolean renewedUserSig = false;
    while (true) {
      sleep(Duration.ofNanos(pacer.reserve(operation)), operation);
      String userSigUsed = userSig.current();
      TimRestException failure;
      try {
        return bodyOf(attemptCall.execute(), operation);
      } catch (IOException e) {
        failure = transportFailure(operation, e);
      } catch (JsonDataException e) {
        failure = malformedResponse(operation, e);
      } catch (TimRestException e) {
        failure = e;
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
      sleep(delay, operation);
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
      result.completeExceptionally(e);
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
        try {
          result.complete(bodyOf(response, operation));
        } catch (TimRestException e) {
          onFailed(e);
        }
      }

      @Override
      public void onFailure(Call<T> done, Throwable error) {
        if (error instanceof TimRestException) {
          onFailed((TimRestException) error);
        } else if (error instanceof IOException) {
          onFailed(transportFailure(operation, (IOException) error));
        } else if (error instanceof JsonDataException) {
          onFailed(malformedResponse(operation, (JsonDataException) error));
        } else {
          result.completeExceptionally(error);
        }
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

  private static TimTransportException transportFailure(String operation, IOException e) {
    String what = e instanceof InterruptedIOException ? "timed out or was interrupted" : "failed";
    return new TimTransportException(
        operation, "the call " + what + ": " + e.getClass().getSimpleName() + ": " + e.getMessage(), 0, e);
  }

  private static TimTransportException malformedResponse(String operation, JsonDataException e) {
    return new TimTransportException(operation, "malformed response: " + e.getMessage(), 0, e);
  }

  private static void sleep(Duration delay, String operation) {
    if (delay.isZero()) {
      return;
    }
    try {
      Thread.sleep(delay.toMillis(), delay.toNanosPart() % 1_000_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TimTransportException(operation, "interrupted while waiting to retry", 0, e);
    }
  }
}
