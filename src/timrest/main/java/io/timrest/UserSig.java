package io.timrest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * UserSig, the credential Tencent Cloud Chat expects in the {@code usersig} query parameter: a
 * TLS signature version 2, i.e. an HMAC-SHA256 over the claims, packed with the claims into a
 * zlib-compressed JSON object and encoded in a URL-safe Base64 variant.
 *
 * <p>The REST API must be called with a UserSig signed for an App admin account; the server
 * answers 70001 when it has expired and 70003/70005/70009/70013/70014 when it does not match.
 * {@link #verify} performs the server's checks locally, in the server's order, so a bad
 * credential can be explained before a call is made (and so the local emulator can check it).
 *
 * <p>No method of this class puts a UserSig or a secret key in an exception message, a
 * {@code toString()} or a {@link Verification#reason() reason}.
 *
 * @see <a href="https://www.tencentcloud.com/document/product/1047/34385">Generating UserSig</a>
 */
public final class UserSig {
  // The public face only. The parts, one file each: the signed text and its HMAC (UserSigSigner),
  // the JSON payload (UserSigJson), its packing into the string (UserSigToken), the server's
  // checks (UserSigVerifier).

  /** The validity the official signing tools use when none is given. */
  public static final Duration DEFAULT_VALIDITY = Duration.ofDays(180);

  private UserSig() {
  }

  /**
   * Signs a UserSig for {@code identifier}, valid from {@code clock}'s current second for
   * {@code validity}.
   *
   * @param sdkAppId the application's SDKAppID, greater than 0
   * @param secretKey the application's secret key (console: Application &gt; Basic config), not
   *     empty
   * @param identifier the account the signature is for; REST calls need an App admin account
   * @param validity how long the signature is accepted, at least one second; fractions of a
   *     second are dropped. The documentation recommends at least 24 hours
   * @param clock gives the issue time ({@code TLS.time}), in epoch seconds
   * @return the UserSig, safe to put in a URL query without further encoding
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if an argument breaks a rule above; the message names it
   */
  public static String generate(
      long sdkAppId, String secretKey, String identifier, Duration validity, Clock clock) {
    AppIdentity.requireSecretKey(secretKey);
    AppIdentity.requireAccount(identifier, "identifier");
    Objects.requireNonNull(validity, "validity");
    Objects.requireNonNull(clock, "clock");
    AppIdentity.requireSdkAppId(sdkAppId);
    // The signed content is newline-separated; a newline in the identifier would blur where
    // its line ends.
    if (identifier.indexOf('\n') >= 0) {
      throw new IllegalArgumentException("identifier must not contain a line feed");
    }
    long expire = validity.getSeconds();
    if (expire < 1) {
      throw new IllegalArgumentException("validity must be at least 1 second, got " + validity);
    }
    long time = clock.instant().getEpochSecond();
    // Checked before signing so that decode() can always read back what generate() wrote.
    Claims claims = new Claims(identifier, sdkAppId, time, expire);

    String sig = UserSigSigner.sign(secretKey, UserSigSigner.contentToSign(identifier, sdkAppId, time, expire, null));
    return UserSigToken.pack(UserSigJson.write(claims, sig));
  }

  /**
   * Signs like {@link #generate(long, String, String, Duration, Clock)}, valid from the system
   * clock's current second.
   *
   * @param sdkAppId the application's SDKAppID, greater than 0
   * @param secretKey the application's secret key, not empty
   * @param identifier the account the signature is for, not empty, without a line feed
   * @param validity how long the signature is accepted, at least one second
   * @return the UserSig, safe to put in a URL query without further encoding
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if an argument breaks a rule above; the message names it
   */
  public static String generate(
      long sdkAppId, String secretKey, String identifier, Duration validity) {
    return generate(sdkAppId, secretKey, identifier, validity, Clock.systemUTC());
  }

  /**
   * Reads the claims of a UserSig <em>without</em> checking its signature, e.g. to learn when a
   * UserSig supplied by someone else expires. Never trust the result for access decisions; use
   * {@link #verify} for that.
   *
   * @param userSig the UserSig, untrusted
   * @return its claims
   * @throws NullPointerException if {@code userSig} is null
   * @throws MalformedException if it is not a well-formed version 2 UserSig; the message says
   *     what is wrong without repeating the UserSig
   */
  public static Claims decode(String userSig) {
    Objects.requireNonNull(userSig, "userSig");
    return UserSigJson.read(UserSigToken.unpack(userSig)).claims();
  }

  /**
   * Checks a UserSig the way the server does (steps in this order): that it is well formed, that
   * it was signed for {@code sdkAppId}, then for {@code identifier}, that it has not expired at
   * {@code clock}'s current second ({@code now > time + expire} is expired), and finally that its
   * HMAC matches {@code secretKey}, compared in constant time.
   *
   * <p>The UserSig is untrusted input: whatever it contains, including null, the outcome is a
   * {@link Verification}, not an exception. The other arguments are the caller's configuration
   * and are checked like {@link #generate(long, String, String, Duration, Clock)}'s.
   *
   * @param userSig the UserSig to check, untrusted; may be null
   * @param sdkAppId the SDKAppID it must have been signed for
   * @param secretKey the application's secret key, not empty
   * @param identifier the account it must have been signed for
   * @param clock gives the current second for the expiry check
   * @return the outcome: valid, or the first check that failed and why
   * @throws NullPointerException if {@code secretKey}, {@code identifier} or {@code clock} is
   *     null
   * @throws IllegalArgumentException if {@code secretKey} is empty
   */
  public static Verification verify(
      String userSig, long sdkAppId, String secretKey, String identifier, Clock clock) {
    AppIdentity.requireSecretKey(secretKey);
    Objects.requireNonNull(identifier, "identifier");
    Objects.requireNonNull(clock, "clock");
    return UserSigVerifier.verify(userSig, sdkAppId, secretKey, identifier, clock.instant());
  }

  /**
   * The claims a UserSig carries: who it is for and when it expires. {@link #decode} and
   * {@link Verification#claims()} give them; a caller may build one to compare with.
   *
   * @param identifier the account it was signed for ({@code TLS.identifier}), not empty
   * @param sdkAppId the application it was signed for ({@code TLS.sdkappid}), greater than 0
   * @param time when it was signed, epoch seconds ({@code TLS.time}), not negative
   * @param expire its validity in seconds from {@code time} ({@code TLS.expire}), not negative
   */
  public record Claims(String identifier, long sdkAppId, long time, long expire) {

    /**
     * Checks the components.
     *
     * @param identifier the account it was signed for, not empty
     * @param sdkAppId the application it was signed for, greater than 0
     * @param time when it was signed, epoch seconds, not negative
     * @param expire its validity in seconds from {@code time}, not negative
     * @throws NullPointerException if {@code identifier} is null
     * @throws IllegalArgumentException if a component breaks a rule above, or {@code time +
     *     expire} is beyond what an {@link Instant} can hold
     */
    public Claims {
      Objects.requireNonNull(identifier, "identifier");
      if (identifier.isEmpty()) {
        throw new IllegalArgumentException("identifier must not be empty");
      }
      if (sdkAppId <= 0) {
        throw new IllegalArgumentException("sdkappid must be greater than 0, got " + sdkAppId);
      }
      if (time < 0) {
        throw new IllegalArgumentException("time must not be negative, got " + time);
      }
      if (expire < 0) {
        throw new IllegalArgumentException("expire must not be negative, got " + expire);
      }
      if (time > Instant.MAX.getEpochSecond() - expire) {
        throw new IllegalArgumentException("time + expire is out of range, got " + time + " + "
            + expire);
      }
    }

    /**
     * When it was signed.
     *
     * @return {@code time} as an instant
     */
    public Instant issuedAt() {
      return Instant.ofEpochSecond(time);
    }

    /**
     * The last second at which it is still accepted; one second later it has expired.
     *
     * @return {@code time + expire} as an instant
     */
    public Instant expiresAt() {
      return Instant.ofEpochSecond(time + expire);
    }
  }

  /** Why {@link #verify} rejected a UserSig, in the order the checks run. */
  public enum Failure {
    /** Not a well-formed version 2 UserSig (server: 70003/70005). */
    MALFORMED,
    /** Signed for another SDKAppID (server: 70014). */
    SDKAPPID_MISMATCH,
    /** Signed for another account (server: 70013). */
    IDENTIFIER_MISMATCH,
    /** Past {@code time + expire} (server: 70001). */
    EXPIRED,
    /** The HMAC does not match the secret key (server: 70003/70009). */
    BAD_SIGNATURE
  }

  /** The outcome of {@link #verify}. Immutable; its text never contains a UserSig or a key. */
  public static final class Verification {
    private final Failure failure;
    private final String reason;
    private final Claims claims;

    private Verification(Failure failure, String reason, Claims claims) {
      this.failure = failure;
      this.reason = reason;
      this.claims = claims;
    }

    static Verification failed(Failure failure, String reason, Claims claims) {
      return new Verification(failure, reason, claims);
    }

    static Verification valid(String reason, Claims claims) {
      return new Verification(null, reason, claims);
    }

    /**
     * Whether every check passed.
     *
     * @return true for a valid UserSig
     */
    public boolean isValid() {
      return failure == null;
    }

    /**
     * The first check that failed.
     *
     * @return the failure, or empty when valid
     */
    public Optional<Failure> failure() {
      return Optional.ofNullable(failure);
    }

    /**
     * What was found, for people. It never contains the UserSig or the key.
     *
     * @return for example {@code identifier mismatch: signed for 'bob', expected 'admin'}, or
     *     {@code valid until ...} when valid
     */
    public String reason() {
      return reason;
    }

    /**
     * The decoded claims, whether or not the UserSig is valid.
     *
     * @return the claims; empty only when the UserSig was {@link Failure#MALFORMED}
     */
    public Optional<Claims> claims() {
      return Optional.ofNullable(claims);
    }

    @Override
    public String toString() {
      return "Verification[" + (failure == null ? "VALID" : failure.name()) + ": " + reason + "]";
    }
  }

  /**
   * Thrown by {@link #decode} for a string that is not a well-formed version 2 UserSig. The
   * message says what is wrong; it never repeats the UserSig.
   */
  public static final class MalformedException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    MalformedException(String problem) {
      super("malformed UserSig: " + problem);
    }
  }
}
