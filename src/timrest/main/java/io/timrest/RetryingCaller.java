package io.timrest;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.Callback;
import retrofit2.Response;

/**
 * Runs an {@link Exchange} to its end: paces it, sends it, repeats it as the {@link RetryPolicy}
 * allows, turns every failure into a {@link TimRestException}, and reports each step to the
 * {@link CallEvents}. The blocking and the async path share every decision (pacing, the answer's
 * reading into a result, what is retried and after how long), so an async twin fails with exactly
 * the exception the blocking method throws. Each repetition is a {@link Call#clone()} of the same
 * call, so the request body (and with it every {@code Random} of an import) is identical on every
 * attempt; an answer that contradicts the request is a transport failure, retried like one.
 */
final class RetryingCaller {
  private final RetryPolicy policy;
  private final CachedUserSig userSig;
  private final CallPacer pacer;
  private final CredentialScrubber scrubber;
  private final CallEvents events;

  RetryingCaller(RetryPolicy policy, CachedUserSig userSig, CallPacer pacer, CredentialScrubber scrubber, CallEvents events) {
    this.policy = policy;
    this.userSig = userSig;
    this.pacer = pacer;
    this.scrubber = scrubber;
    this.events = events;
  }

  /** One call's progress: what the next attempt is, and what the last one sent. */
  private final class Progress<T, R> {
    final Exchange<T, R> exchange;
    final long startedNanos = System.nanoTime();
    Call<T> call;
    /** The policy's attempt number (a repetition with a renewed UserSig does not count). */
    int attempt = 1;
    boolean renewedUserSig;
    /** Requests sent, and the random of the last one. */
    int sent;
    long lastRandom = -1;

    Progress(Exchange<T, R> exchange) {
      this.exchange = exchange;
      this.call = exchange.call;
      if (events.wanted()) {
        events.callStarted(new TimRestListener.CallStarted(exchange.operation));
      }
    }

    /** Counts the attempt about to be sent and reports it. */
    void sending() {
      sent++;
      lastRandom = RequestStamp.randomOf(call.request());
      if (events.wanted()) {
        events.attemptStarted(new TimRestListener.AttemptStarted(exchange.operation, sent, lastRandom));
      }
    }

    R resultOf(Response<T> response) {
      T answer = bodyOf(response, exchange.operation);
      return exchange.resultOf(answer, new Exchange.Attempt(exchange.operation, sent, lastRandom));
    }

    /**
     * After a failed attempt: the delay before the next one (and the call prepared for it), or
     * null when the failure is final.
     */
    Duration retryAfter(TimRestException failure, String userSigUsed) {
      if (!exchange.repeatable && failure instanceof TimTransportException
          && ((TimTransportException) failure).outcomeUnknown()) {
        return null; // the server may have acted on it, and would act again
      }
      Duration delay = retryDelay(failure, attempt, renewedUserSig);
      if (delay == null) {
        return null;
      }
      if (renewsUserSig(failure, renewedUserSig)) {
        userSig.renewAfterRejection(userSigUsed);
        renewedUserSig = true;
      } else {
        attempt++;
      }
      if (events.wanted()) {
        events.retryScheduled(new TimRestListener.RetryScheduled(exchange.operation, sent, delay, failure));
      }
      call = call.clone();
      return delay;
    }

    R succeeded(R result) {
      ended(TimRestListener.Outcome.SUCCESS, OptionalLong.empty());
      return result;
    }

    TimRestException failed(TimRestException failure) {
      failure.recordCall(sent, lastRandom);
      ended(failure instanceof TimApiException ? TimRestListener.Outcome.API_ERROR : TimRestListener.Outcome.TRANSPORT_ERROR,
          failure instanceof TimApiException ? OptionalLong.of(((TimApiException) failure).errorCode()) : OptionalLong.empty());
      return failure;
    }

    private void ended(TimRestListener.Outcome outcome, OptionalLong errorCode) {
      if (!events.wanted()) {
        return;
      }
      events.callEnded(new TimRestListener.CallEnded(
          exchange.operation, Duration.ofNanos(System.nanoTime() - startedNanos), sent,
          sent == 0 ? OptionalLong.empty() : OptionalLong.of(lastRandom), outcome, errorCode));
    }
  }

  <T, R> R call(Exchange<T, R> exchange) {
    Progress<T, R> progress = new Progress<>(exchange);
    TimRestException failure = null;
    while (true) {
      sleep(Duration.ofNanos(pacer.reserve(exchange.operation)), progress, failure);
      String userSigUsed;
      try {
        userSigUsed = userSig.current();
      } catch (RuntimeException e) {
        throw progress.failed(userSigFailure(exchange, e));
      }
      progress.sending();
      try {
        return progress.succeeded(progress.resultOf(progress.call.execute()));
      } catch (Throwable e) {
        failure = failureOf(e, exchange);
      }
      Duration delay = progress.retryAfter(failure, userSigUsed);
      if (delay == null) {
        throw progress.failed(failure);
      }
      sleep(delay, progress, failure);
    }
  }

  /**
   * The async twin of {@link #call}: the exchange is made by {@code start} (which validates the
   * request), so that a refusal before I/O fails the future as well.
   */
  <T, R> CompletableFuture<R> callAsync(Supplier<Exchange<T, R>> start) {
    Exchange<T, R> exchange;
    try {
      exchange = start.get();
    } catch (TimRestException e) {
      return CompletableFuture.failedFuture(e);
    }
    CompletableFuture<R> result = new CompletableFuture<>();
    attemptAsync(new Progress<>(exchange), result);
    return result;
  }

  /** Starts an attempt when the pacer allows it: at once, or after its wait on the shared delayed executor. */
  private <T, R> void attemptAsync(Progress<T, R> progress, CompletableFuture<R> result) {
    long wait = pacer.reserve(progress.exchange.operation);
    if (wait <= 0) {
      startAttemptAsync(progress, result);
    } else {
      CompletableFuture.delayedExecutor(wait, TimeUnit.NANOSECONDS).execute(() -> startAttemptAsync(progress, result));
    }
  }

  private <T, R> void startAttemptAsync(Progress<T, R> progress, CompletableFuture<R> result) {
    Exchange<T, R> exchange = progress.exchange;
    String userSigUsed;
    try {
      userSigUsed = userSig.current();
    } catch (RuntimeException e) { // a failing UserSig supplier must fail the future, not a pool thread
      result.completeExceptionally(progress.failed(userSigFailure(exchange, e)));
      return;
    }
    Call<T> call = progress.call;
    result.whenComplete((value, error) -> {
      if (result.isCancelled()) {
        call.cancel();
      }
    });
    progress.sending();
    call.enqueue(new Callback<T>() {
      @Override
      public void onResponse(Call<T> done, Response<T> response) {
        R value;
        try {
          value = progress.resultOf(response);
        } catch (Throwable e) {
          onFailed(e);
          return;
        }
        result.complete(progress.succeeded(value));
      }

      @Override
      public void onFailure(Call<T> done, Throwable error) {
        onFailed(error);
      }

      /** An Error of the JVM fails the future too (nobody would complete it), then goes on up. */
      private void onFailed(Throwable error) {
        TimRestException failure;
        try {
          failure = failureOf(error, exchange);
        } catch (Error fatal) {
          result.completeExceptionally(fatal);
          throw fatal;
        }
        onFailed(failure);
      }

      private void onFailed(TimRestException failure) {
        Duration delay = result.isDone() ? null : progress.retryAfter(failure, userSigUsed);
        if (delay == null) {
          result.completeExceptionally(progress.failed(failure));
          return;
        }
        CompletableFuture.delayedExecutor(delay.toNanos(), TimeUnit.NANOSECONDS).execute(() ->
            attemptAsync(progress, result));
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
  private TimRestException failureOf(Throwable error, Exchange<?, ?> exchange) {
    String operation = exchange.operation;
    Object request = exchange.request;
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
  private static TimTransportException userSigFailure(Exchange<?, ?> exchange, RuntimeException e) {
    return new TimTransportException(
        exchange.operation, "no UserSig: " + e.getClass().getSimpleName(), 0, false, exchange.request, e);
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

  private static void sleep(Duration delay, Progress<?, ?> progress, TimRestException previous) {
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
      throw progress.failed(new TimTransportException(
          progress.exchange.operation, "interrupted while waiting to retry", 0, outcomeUnknown, progress.exchange.request, e));
    }
  }
}
