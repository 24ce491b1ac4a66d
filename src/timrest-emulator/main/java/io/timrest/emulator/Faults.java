package io.timrest.emulator;

import java.util.SplittableRandom;

/**
 * The live fault settings of a {@link TimEmulator}: all off by default, set initially from
 * {@link EmulatorConfig} and changeable at any time (for example between two steps of a test).
 * Thread-safe.
 *
 * <p>Each fault fires with a probability (a rate from 0.0 to 1.0) drawn from one {@link
 * SplittableRandom} seeded by {@link EmulatorConfig#faultSeed()} or {@link #setSeed(long)}. A rate
 * of 0.0 never fires and 1.0 always fires, both without drawing, so a test that uses only those
 * two values is deterministic whatever the seed; rates in between are reproducible for the same
 * seed and the same order of requests.
 *
 * <p>Order within one request: latency, then the gateway error (before anything else, like a
 * failing proxy), then authentication and the rate limit, then the retryable error (before the
 * state changes), then the endpoint, then the dropped response (after the state changed).
 */
public final class Faults {
  private long latencyMillis;
  private double gatewayErrorRate;
  private double retryableErrorRate;
  private int retryableErrorCode;
  private double dropAfterCommitRate;
  private SplittableRandom random;

  private final EmulatorConfig config;

  Faults(EmulatorConfig config) {
    this.config = config;
    restoreConfigured();
  }

  /**
   * Back to the settings the emulator was started with, the fault generator restarted from the
   * configured seed: what {@link TimEmulatorExtension} does between two tests that share an
   * emulator, so that one test's faults never reach the next.
   */
  synchronized void restoreConfigured() {
    latencyMillis = config.latencyMillis();
    gatewayErrorRate = config.gatewayErrorRate();
    retryableErrorRate = config.retryableErrorRate();
    retryableErrorCode = config.retryableErrorCode();
    dropAfterCommitRate = config.dropAfterCommitRate();
    random = new SplittableRandom(config.faultSeed());
  }

  /**
   * The delay added before every request is handled.
   *
   * @return milliseconds; 0 when switched off
   */
  public synchronized long latencyMillis() {
    return latencyMillis;
  }

  /**
   * Adds {@code millis} of delay before every request is handled, for example to test a client's
   * read timeout.
   *
   * @param millis milliseconds, not negative; 0 switches it off
   * @return these faults, for chaining
   * @throws IllegalArgumentException if {@code millis} is negative
   */
  public synchronized Faults setLatencyMillis(long millis) {
    this.latencyMillis = checkLatency(millis);
    return this;
  }

  /**
   * The probability of answering HTTP 502 with an HTML body, as a failing gateway would.
   *
   * @return a rate from 0.0 to 1.0
   */
  public synchronized double gatewayErrorRate() {
    return gatewayErrorRate;
  }

  /**
   * Answers this share of requests with HTTP 502 and an HTML body (docs/server-rules.md §1: non-200 only on
   * network or gateway failure). Nothing is authenticated or changed.
   *
   * @param rate 0.0 (never) to 1.0 (always)
   * @return these faults, for chaining
   * @throws IllegalArgumentException if {@code rate} is out of range or NaN
   */
  public synchronized Faults setGatewayErrorRate(double rate) {
    this.gatewayErrorRate = checkRate(rate, "gatewayErrorRate");
    return this;
  }

  /**
   * The probability of answering a retryable error code without changing any state.
   *
   * @return a rate from 0.0 to 1.0
   */
  public synchronized double retryableErrorRate() {
    return retryableErrorRate;
  }

  /**
   * Answers this share of authenticated requests with {@link #retryableErrorCode()} in an HTTP 200
   * envelope, before the endpoint runs, so nothing changes.
   *
   * @param rate 0.0 (never) to 1.0 (always)
   * @return these faults, for chaining
   * @throws IllegalArgumentException if {@code rate} is out of range or NaN
   */
  public synchronized Faults setRetryableErrorRate(double rate) {
    this.retryableErrorRate = checkRate(rate, "retryableErrorRate");
    return this;
  }

  /**
   * The code of the retryable error.
   *
   * @return the code, or 0 for the service's own internal-error code
   */
  public synchronized int retryableErrorCode() {
    return retryableErrorCode;
  }

  /**
   * Sets the retryable error code. 0 (the default) picks the service's documented internal error
   * (docs/server-rules.md §8): 10002 for {@code group_open_http_svc}, 20005 for {@code openim} (91000
   * for its {@code importmsg}, whose page lists no 20005), 70500 for {@code im_open_login_svc}.
   *
   * @param code the code to answer, or 0
   * @return these faults, for chaining
   * @throws IllegalArgumentException if {@code code} is negative
   */
  public synchronized Faults setRetryableErrorCode(int code) {
    this.retryableErrorCode = checkCode(code);
    return this;
  }

  /**
   * The probability of performing a request and then closing the connection unanswered.
   *
   * @return a rate from 0.0 to 1.0
   */
  public synchronized double dropAfterCommitRate() {
    return dropAfterCommitRate;
  }

  /**
   * Performs this share of requests, state change included, and then closes the connection
   * without writing any response, so the client sees a broken connection although the call took
   * effect: the case a retrying client must make idempotent.
   *
   * <p>Beware: OkHttp's default {@code retryOnConnectionFailure(true)} silently re-sends a POST
   * whose pooled connection broke, so one call can commit several times (a sendmsg without
   * MsgSeq, which is never de-duplicated, is then stored more than once). Tests of this fault
   * should build their client with {@code retryOnConnectionFailure(false)}.
   *
   * @param rate 0.0 (never) to 1.0 (always)
   * @return these faults, for chaining
   * @throws IllegalArgumentException if {@code rate} is out of range or NaN
   */
  public synchronized Faults setDropAfterCommitRate(double rate) {
    this.dropAfterCommitRate = checkRate(rate, "dropAfterCommitRate");
    return this;
  }

  /**
   * Restarts the fault generator from {@code seed}, so that the rates in between 0.0 and 1.0 fire
   * for the same requests as in an earlier run with that seed.
   *
   * @param seed any value
   * @return these faults, for chaining
   */
  public synchronized Faults setSeed(long seed) {
    this.random = new SplittableRandom(seed);
    return this;
  }

  /**
   * Switches every fault off: no latency, every rate 0.0, the retryable code back to 0. The seed's
   * sequence is not restarted.
   *
   * @return these faults, for chaining
   */
  public synchronized Faults reset() {
    latencyMillis = 0;
    gatewayErrorRate = 0;
    retryableErrorRate = 0;
    retryableErrorCode = 0;
    dropAfterCommitRate = 0;
    return this;
  }

  synchronized boolean rollGatewayError() {
    return roll(gatewayErrorRate);
  }

  synchronized boolean rollRetryableError() {
    return roll(retryableErrorRate);
  }

  synchronized boolean rollDropAfterCommit() {
    return roll(dropAfterCommitRate);
  }

  private boolean roll(double rate) {
    if (rate <= 0.0) {
      return false;
    }
    if (rate >= 1.0) {
      return true;
    }
    return random.nextDouble() < rate;
  }

  @Override
  public synchronized String toString() {
    return "Faults{latencyMillis=" + latencyMillis
        + ", gatewayErrorRate=" + gatewayErrorRate
        + ", retryableErrorRate=" + retryableErrorRate
        + ", retryableErrorCode=" + retryableErrorCode
        + ", dropAfterCommitRate=" + dropAfterCommitRate
        + "}";
  }

  static double checkRate(double rate, String name) {
    if (!(rate >= 0.0 && rate <= 1.0)) {
      throw new IllegalArgumentException(name + " must be 0.0..1.0, was " + rate);
    }
    return rate;
  }

  static long checkLatency(long millis) {
    if (millis < 0) {
      throw new IllegalArgumentException("latencyMillis must be >= 0, was " + millis);
    }
    return millis;
  }

  static int checkCode(int code) {
    if (code < 0) {
      throw new IllegalArgumentException("retryableErrorCode must be >= 0, was " + code);
    }
    return code;
  }
}
