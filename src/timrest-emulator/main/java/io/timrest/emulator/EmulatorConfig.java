package io.timrest.emulator;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Immutable settings of a {@link TimEmulator}. Build with {@link #builder()}; every setting has a
 * default, so {@code EmulatorConfig.builder().build()} is a working configuration.
 *
 * <p>The fault settings here are only the initial values of the emulator's live {@link Faults}
 * ({@link TimEmulator#faults()}), which tests may change at run time. {@link #toString()} never
 * prints the secret key.
 */
public final class EmulatorConfig {
  /** The SDKAppID used when none is set. */
  public static final long DEFAULT_SDK_APP_ID = 1_400_000_000L;
  /** The App admin used when none is set. */
  public static final String DEFAULT_ADMIN_IDENTIFIER = "administrator";
  /** docs/server-rules.md §1: 200 calls per second per endpoint, the limit most endpoints document. */
  public static final int DEFAULT_RATE_LIMIT_PER_SECOND = 200;
  /**
   * docs/server-rules.md §9: multiaccount_import documents 100 calls per second, below the common
   * limit; it gets the lower of this and {@link #rateLimitPerSecond()}.
   */
  public static final int MULTIACCOUNT_IMPORT_RATE_LIMIT_PER_SECOND = 100;
  /**
   * docs/server-rules.md §9: import_group_member takes at most 20 members per call on the newest
   * page (https://cloud.tencent.com/document/product/269/1636); older pages say 100, 300 or 500.
   * More is answered with 10005. {@link Builder#importGroupMemberLimit(int)} sets another figure.
   */
  public static final int DEFAULT_IMPORT_GROUP_MEMBER_LIMIT = 20;
  /** The default number of request threads. */
  public static final int DEFAULT_THREADS = 8;
  /** The default seed of the fault generator, fixed so that runs are reproducible. */
  public static final long DEFAULT_FAULT_SEED = 20_200_913L;

  private final long sdkAppId;
  private final String adminIdentifier;
  private final String secretKey;
  private final int port;
  private final Clock clock;
  private final int rateLimitPerSecond;
  private final int importGroupMemberLimit;
  private final int threads;
  private final long latencyMillis;
  private final double gatewayErrorRate;
  private final double retryableErrorRate;
  private final int retryableErrorCode;
  private final double dropAfterCommitRate;
  private final long faultSeed;

  private EmulatorConfig(Builder b) {
    this.sdkAppId = b.sdkAppId;
    this.adminIdentifier = b.adminIdentifier;
    this.secretKey = b.secretKey != null ? b.secretKey : randomSecretKey();
    this.port = b.port;
    this.clock = b.clock;
    this.rateLimitPerSecond = b.rateLimitPerSecond;
    this.importGroupMemberLimit = b.importGroupMemberLimit;
    this.threads = b.threads;
    this.latencyMillis = b.latencyMillis;
    this.gatewayErrorRate = b.gatewayErrorRate;
    this.retryableErrorRate = b.retryableErrorRate;
    this.retryableErrorCode = b.retryableErrorCode;
    this.dropAfterCommitRate = b.dropAfterCommitRate;
    this.faultSeed = b.faultSeed;
  }

  /**
   * A builder with every setting at its default.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The SDKAppID the emulator serves; any other {@code sdkappid} is answered with 60006.
   *
   * @return the SDKAppID, greater than 0
   */
  public long sdkAppId() {
    return sdkAppId;
  }

  /**
   * The one App admin account; only its UserSig may call the API. It exists from the start; other
   * accounts must be imported.
   *
   * @return the admin's UserID
   */
  public String adminIdentifier() {
    return adminIdentifier;
  }

  /**
   * The key UserSigs are verified with. Never printed by {@link #toString()}.
   *
   * @return the secret key: the one configured, or 64 random hex characters
   */
  public String secretKey() {
    return secretKey;
  }

  /**
   * The port asked for.
   *
   * @return the port, or 0 for any free port (see {@link TimEmulator#port()} for the one chosen)
   */
  public int port() {
    return port;
  }

  /**
   * The clock for UserSig expiry, message times, de-duplication and rate-limit windows.
   *
   * @return the clock
   */
  public Clock clock() {
    return clock;
  }

  /**
   * Calls per second allowed per endpoint before 60007. An endpoint with a lower documented limit
   * of its own (multiaccount_import: {@value #MULTIACCOUNT_IMPORT_RATE_LIMIT_PER_SECOND}) gets the
   * lower of the two.
   *
   * @return the limit, or 0 when it is switched off
   */
  public int rateLimitPerSecond() {
    return rateLimitPerSecond;
  }

  /**
   * The most members one import_group_member call may carry before the emulator answers 10005.
   *
   * @return at least 1
   */
  public int importGroupMemberLimit() {
    return importGroupMemberLimit;
  }

  /**
   * The number of threads that serve requests.
   *
   * @return at least 1
   */
  public int threads() {
    return threads;
  }

  /**
   * The initial {@link Faults#latencyMillis()}.
   *
   * @return milliseconds, not negative
   */
  public long latencyMillis() {
    return latencyMillis;
  }

  /**
   * The initial {@link Faults#gatewayErrorRate()}.
   *
   * @return a rate from 0.0 to 1.0
   */
  public double gatewayErrorRate() {
    return gatewayErrorRate;
  }

  /**
   * The initial {@link Faults#retryableErrorRate()}.
   *
   * @return a rate from 0.0 to 1.0
   */
  public double retryableErrorRate() {
    return retryableErrorRate;
  }

  /**
   * The initial {@link Faults#retryableErrorCode()}.
   *
   * @return the code, or 0 for the service's own internal-error code
   */
  public int retryableErrorCode() {
    return retryableErrorCode;
  }

  /**
   * The initial {@link Faults#dropAfterCommitRate()}.
   *
   * @return a rate from 0.0 to 1.0
   */
  public double dropAfterCommitRate() {
    return dropAfterCommitRate;
  }

  /**
   * The seed of the fault generator.
   *
   * @return the seed
   */
  public long faultSeed() {
    return faultSeed;
  }

  @Override
  public String toString() {
    return "EmulatorConfig{sdkAppId=" + sdkAppId
        + ", adminIdentifier=" + adminIdentifier
        + ", secretKey=(hidden)"
        + ", port=" + port
        + ", clock=" + clock
        + ", rateLimitPerSecond=" + rateLimitPerSecond
        + ", importGroupMemberLimit=" + importGroupMemberLimit
        + ", threads=" + threads
        + ", latencyMillis=" + latencyMillis
        + ", gatewayErrorRate=" + gatewayErrorRate
        + ", retryableErrorRate=" + retryableErrorRate
        + ", retryableErrorCode=" + retryableErrorCode
        + ", dropAfterCommitRate=" + dropAfterCommitRate
        + ", faultSeed=" + faultSeed
        + "}";
  }

  private static String randomSecretKey() {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    return HexFormat.of().formatHex(key);
  }

  /**
   * Builds an {@link EmulatorConfig}. Each setter checks its argument at once and throws
   * {@link IllegalArgumentException}, naming the setting, for a value out of range. Not thread-safe.
   */
  public static final class Builder {
    private long sdkAppId = DEFAULT_SDK_APP_ID;
    private String adminIdentifier = DEFAULT_ADMIN_IDENTIFIER;
    private String secretKey;
    private int port;
    private Clock clock = Clock.systemUTC();
    private int rateLimitPerSecond = DEFAULT_RATE_LIMIT_PER_SECOND;
    private int importGroupMemberLimit = DEFAULT_IMPORT_GROUP_MEMBER_LIMIT;
    private int threads = DEFAULT_THREADS;
    private long latencyMillis;
    private double gatewayErrorRate;
    private double retryableErrorRate;
    private int retryableErrorCode;
    private double dropAfterCommitRate;
    private long faultSeed = DEFAULT_FAULT_SEED;

    private Builder() {}

    /**
     * The SDKAppID the emulator serves (default {@value EmulatorConfig#DEFAULT_SDK_APP_ID}).
     *
     * @param sdkAppId the SDKAppID, greater than 0
     * @return this builder
     * @throws IllegalArgumentException if {@code sdkAppId} is not positive
     */
    public Builder sdkAppId(long sdkAppId) {
      if (sdkAppId <= 0) {
        throw new IllegalArgumentException("sdkAppId must be positive, was " + sdkAppId);
      }
      this.sdkAppId = sdkAppId;
      return this;
    }

    /**
     * The App admin account (default {@value EmulatorConfig#DEFAULT_ADMIN_IDENTIFIER}).
     *
     * @param adminIdentifier the admin's UserID, not empty
     * @return this builder
     * @throws NullPointerException if {@code adminIdentifier} is null
     * @throws IllegalArgumentException if {@code adminIdentifier} is empty
     */
    public Builder adminIdentifier(String adminIdentifier) {
      this.adminIdentifier = requireNotEmpty(adminIdentifier, "adminIdentifier");
      return this;
    }

    /**
     * The key UserSigs must be signed with (default: 64 random hex characters, new for every
     * {@link #build()}).
     *
     * @param secretKey the key, not empty
     * @return this builder
     * @throws NullPointerException if {@code secretKey} is null
     * @throws IllegalArgumentException if {@code secretKey} is empty
     */
    public Builder secretKey(String secretKey) {
      this.secretKey = requireNotEmpty(secretKey, "secretKey"); // the message never repeats the key
      return this;
    }

    /**
     * The port to listen on, on 127.0.0.1 (default 0: any free port).
     *
     * @param port 0 to 65535
     * @return this builder
     * @throws IllegalArgumentException if {@code port} is out of range
     */
    public Builder port(int port) {
      if (port < 0 || port > 65_535) {
        throw new IllegalArgumentException("port must be 0..65535, was " + port);
      }
      this.port = port;
      return this;
    }

    /**
     * The emulator's clock (default {@link Clock#systemUTC()}); tests pass a {@link MutableClock}
     * to move time without sleeping.
     *
     * @param clock the clock
     * @return this builder
     * @throws NullPointerException if {@code clock} is null
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Calls per second allowed per endpoint before 60007 (default
     * {@value EmulatorConfig#DEFAULT_RATE_LIMIT_PER_SECOND}, the documented limit).
     *
     * @param rateLimitPerSecond the limit, or 0 to switch it off
     * @return this builder
     * @throws IllegalArgumentException if {@code rateLimitPerSecond} is negative
     */
    public Builder rateLimitPerSecond(int rateLimitPerSecond) {
      if (rateLimitPerSecond < 0) {
        throw new IllegalArgumentException("rateLimitPerSecond must be >= 0, was " + rateLimitPerSecond);
      }
      this.rateLimitPerSecond = rateLimitPerSecond;
      return this;
    }

    /**
     * The most members one import_group_member call may carry before 10005 (default
     * {@value EmulatorConfig#DEFAULT_IMPORT_GROUP_MEMBER_LIMIT}, the newest documentation page's
     * figure); an app that relies on an older page's limit (100, 300, 500) may set it here.
     *
     * @param importGroupMemberLimit at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code importGroupMemberLimit} is less than 1
     */
    public Builder importGroupMemberLimit(int importGroupMemberLimit) {
      if (importGroupMemberLimit < 1) {
        throw new IllegalArgumentException("importGroupMemberLimit must be >= 1, was " + importGroupMemberLimit);
      }
      this.importGroupMemberLimit = importGroupMemberLimit;
      return this;
    }

    /**
     * The number of threads that serve requests (default {@value EmulatorConfig#DEFAULT_THREADS}).
     *
     * @param threads at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code threads} is less than 1
     */
    public Builder threads(int threads) {
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be >= 1, was " + threads);
      }
      this.threads = threads;
      return this;
    }

    /**
     * The initial latency (default 0); see {@link Faults#setLatencyMillis(long)}.
     *
     * @param latencyMillis milliseconds, not negative
     * @return this builder
     * @throws IllegalArgumentException if {@code latencyMillis} is negative
     */
    public Builder latencyMillis(long latencyMillis) {
      this.latencyMillis = Faults.checkLatency(latencyMillis);
      return this;
    }

    /**
     * The initial gateway error rate (default 0.0); see {@link Faults#setGatewayErrorRate(double)}.
     *
     * @param rate 0.0 to 1.0
     * @return this builder
     * @throws IllegalArgumentException if {@code rate} is out of range or NaN
     */
    public Builder gatewayErrorRate(double rate) {
      this.gatewayErrorRate = Faults.checkRate(rate, "gatewayErrorRate");
      return this;
    }

    /**
     * The initial retryable error rate (default 0.0); see
     * {@link Faults#setRetryableErrorRate(double)}.
     *
     * @param rate 0.0 to 1.0
     * @return this builder
     * @throws IllegalArgumentException if {@code rate} is out of range or NaN
     */
    public Builder retryableErrorRate(double rate) {
      this.retryableErrorRate = Faults.checkRate(rate, "retryableErrorRate");
      return this;
    }

    /**
     * The initial retryable error code (default 0, the service's own code); see
     * {@link Faults#setRetryableErrorCode(int)}.
     *
     * @param code the code, or 0
     * @return this builder
     * @throws IllegalArgumentException if {@code code} is negative
     */
    public Builder retryableErrorCode(int code) {
      this.retryableErrorCode = Faults.checkCode(code);
      return this;
    }

    /**
     * The initial rate of responses dropped after the state changed (default 0.0); see
     * {@link Faults#setDropAfterCommitRate(double)}.
     *
     * @param rate 0.0 to 1.0
     * @return this builder
     * @throws IllegalArgumentException if {@code rate} is out of range or NaN
     */
    public Builder dropAfterCommitRate(double rate) {
      this.dropAfterCommitRate = Faults.checkRate(rate, "dropAfterCommitRate");
      return this;
    }

    /**
     * The seed of the fault generator (default {@value EmulatorConfig#DEFAULT_FAULT_SEED}); see
     * {@link Faults#setSeed(long)}.
     *
     * @param seed any value
     * @return this builder
     */
    public Builder faultSeed(long seed) {
      this.faultSeed = seed;
      return this;
    }

    /**
     * Builds the configuration; every setting not given has its default.
     *
     * @return the new configuration
     */
    public EmulatorConfig build() {
      return new EmulatorConfig(this);
    }

    private static String requireNotEmpty(String value, String name) {
      Objects.requireNonNull(value, name);
      if (value.isEmpty()) {
        throw new IllegalArgumentException(name + " must not be empty");
      }
      return value;
    }
  }
}
