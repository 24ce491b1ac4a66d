package io.timrest.emulator;

import io.timrest.auth.AppIdentity;
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

  /** A builder with every setting at its default. */
  public static Builder builder() {
    return new Builder();
  }

  /** The SDKAppID the emulator serves; any other {@code sdkappid} is answered with 60006. */
  public long sdkAppId() {
    return sdkAppId;
  }

  /** The one App admin account; only its UserSig may call the API. */
  public String adminIdentifier() {
    return adminIdentifier;
  }

  /** The key UserSigs are verified with. Never printed by {@link #toString()}. */
  public String secretKey() {
    return secretKey;
  }

  /** The port asked for; 0 means any free port (see {@link TimEmulator#port()}). */
  public int port() {
    return port;
  }

  /** The clock for UserSig expiry, message times, de-duplication and rate-limit windows. */
  public Clock clock() {
    return clock;
  }

  /**
   * Calls per second allowed per endpoint before 60007; 0 switches the limit off. An endpoint with
   * a lower documented limit of its own (multiaccount_import: {@value
   * #MULTIACCOUNT_IMPORT_RATE_LIMIT_PER_SECOND}) gets the lower of the two.
   */
  public int rateLimitPerSecond() {
    return rateLimitPerSecond;
  }

  /** The most members one import_group_member call may carry before 10005. */
  public int importGroupMemberLimit() {
    return importGroupMemberLimit;
  }

  /** The number of threads that serve requests. */
  public int threads() {
    return threads;
  }

  /** Initial {@link Faults#latencyMillis()}. */
  public long latencyMillis() {
    return latencyMillis;
  }

  /** Initial {@link Faults#gatewayErrorRate()}. */
  public double gatewayErrorRate() {
    return gatewayErrorRate;
  }

  /** Initial {@link Faults#retryableErrorRate()}. */
  public double retryableErrorRate() {
    return retryableErrorRate;
  }

  /** Initial {@link Faults#retryableErrorCode()}; 0 means the service's own code. */
  public int retryableErrorCode() {
    return retryableErrorCode;
  }

  /** Initial {@link Faults#dropAfterCommitRate()}. */
  public double dropAfterCommitRate() {
    return dropAfterCommitRate;
  }

  /** The seed of the fault generator. */
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

  /** Builds an {@link EmulatorConfig}. Not thread-safe. */
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

    /** Default {@value EmulatorConfig#DEFAULT_SDK_APP_ID}. */
    public Builder sdkAppId(long sdkAppId) {
      this.sdkAppId = AppIdentity.requireSdkAppId(sdkAppId);
      return this;
    }

    /** Default {@value EmulatorConfig#DEFAULT_ADMIN_IDENTIFIER}. */
    public Builder adminIdentifier(String adminIdentifier) {
      this.adminIdentifier = AppIdentity.requireAccount(adminIdentifier, "adminIdentifier");
      return this;
    }

    /** Default: 64 random hex characters, new for every {@link #build()}. */
    public Builder secretKey(String secretKey) {
      this.secretKey = AppIdentity.requireSecretKey(secretKey);
      return this;
    }

    /** Default 0: any free port. */
    public Builder port(int port) {
      if (port < 0 || port > 65_535) {
        throw new IllegalArgumentException("port must be 0..65535, was " + port);
      }
      this.port = port;
      return this;
    }

    /** Default {@link Clock#systemUTC()}; tests pass a {@link MutableClock}. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** Default {@value EmulatorConfig#DEFAULT_RATE_LIMIT_PER_SECOND}; 0 switches it off. */
    public Builder rateLimitPerSecond(int rateLimitPerSecond) {
      if (rateLimitPerSecond < 0) {
        throw new IllegalArgumentException("rateLimitPerSecond must be >= 0, was " + rateLimitPerSecond);
      }
      this.rateLimitPerSecond = rateLimitPerSecond;
      return this;
    }

    /**
     * Default {@value EmulatorConfig#DEFAULT_IMPORT_GROUP_MEMBER_LIMIT}, the newest page's figure;
     * an app that relies on an older page's limit (100, 300, 500) may set it here.
     */
    public Builder importGroupMemberLimit(int importGroupMemberLimit) {
      if (importGroupMemberLimit < 1) {
        throw new IllegalArgumentException("importGroupMemberLimit must be >= 1, was " + importGroupMemberLimit);
      }
      this.importGroupMemberLimit = importGroupMemberLimit;
      return this;
    }

    /** Default {@value EmulatorConfig#DEFAULT_THREADS}. */
    public Builder threads(int threads) {
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be >= 1, was " + threads);
      }
      this.threads = threads;
      return this;
    }

    /** Default 0. See {@link Faults#setLatencyMillis(long)}. */
    public Builder latencyMillis(long latencyMillis) {
      this.latencyMillis = Faults.checkLatency(latencyMillis);
      return this;
    }

    /** Default 0.0. See {@link Faults#setGatewayErrorRate(double)}. */
    public Builder gatewayErrorRate(double rate) {
      this.gatewayErrorRate = Faults.checkRate(rate, "gatewayErrorRate");
      return this;
    }

    /** Default 0.0. See {@link Faults#setRetryableErrorRate(double)}. */
    public Builder retryableErrorRate(double rate) {
      this.retryableErrorRate = Faults.checkRate(rate, "retryableErrorRate");
      return this;
    }

    /** Default 0 (the service's own code). See {@link Faults#setRetryableErrorCode(int)}. */
    public Builder retryableErrorCode(int code) {
      this.retryableErrorCode = Faults.checkCode(code);
      return this;
    }

    /** Default 0.0. See {@link Faults#setDropAfterCommitRate(double)}. */
    public Builder dropAfterCommitRate(double rate) {
      this.dropAfterCommitRate = Faults.checkRate(rate, "dropAfterCommitRate");
      return this;
    }

    /** Default {@value EmulatorConfig#DEFAULT_FAULT_SEED}. See {@link Faults#setSeed(long)}. */
    public Builder faultSeed(long seed) {
      this.faultSeed = seed;
      return this;
    }

    public EmulatorConfig build() {
      return new EmulatorConfig(this);
    }
  }
}
