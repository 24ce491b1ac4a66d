package io.timrest;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import okio.Buffer;

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

  /** The validity the official signing tools use when none is given. */
  public static final Duration DEFAULT_VALIDITY = Duration.ofDays(180);

  private static final String VERSION = "2.0";
  private static final String HMAC = "HmacSHA256";

  /**
   * A genuine UserSig is a few hundred characters; the bounds only keep hostile input (a
   * megabyte-long string, a zip bomb) from costing memory before it is rejected.
   */
  static final int MAX_USERSIG_CHARS = 64 * 1024;
  static final int MAX_INFLATED_BYTES = 64 * 1024;

  private static final JsonReader.Options FIELDS = JsonReader.Options.of(
      "TLS.ver", "TLS.identifier", "TLS.sdkappid", "TLS.time", "TLS.expire", "TLS.sig",
      "TLS.userbuf");
  private static final int VER = 0;
  private static final int IDENTIFIER = 1;
  private static final int SDKAPPID = 2;
  private static final int TIME = 3;
  private static final int EXPIRE = 4;
  private static final int SIG = 5;
  private static final int USERBUF = 6;

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
    new Claims(identifier, sdkAppId, time, expire);

    String sig = hmacBase64(secretKey, contentToSign(identifier, sdkAppId, time, expire, null));
    byte[] json = toJson(identifier, sdkAppId, time, expire, sig);
    return toUrlAlphabet(Base64.getEncoder().encodeToString(deflate(json)));
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
    return parse(userSig).claims;
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
    if (userSig == null) {
      return Verification.failed(Failure.MALFORMED, "malformed UserSig: it is null", null);
    }

    Parsed parsed;
    try {
      parsed = parse(userSig);
    } catch (MalformedException e) {
      return Verification.failed(Failure.MALFORMED, e.getMessage(), null);
    }
    Claims claims = parsed.claims;

    if (claims.sdkAppId() != sdkAppId) {
      return Verification.failed(Failure.SDKAPPID_MISMATCH, "sdkappid mismatch: signed for "
          + claims.sdkAppId() + ", expected " + sdkAppId, claims);
    }
    if (!claims.identifier().equals(identifier)) {
      return Verification.failed(Failure.IDENTIFIER_MISMATCH, "identifier mismatch: signed for '"
          + claims.identifier() + "', expected '" + identifier + "'", claims);
    }
    Instant now = clock.instant();
    if (now.getEpochSecond() > claims.time() + claims.expire()) {
      return Verification.failed(Failure.EXPIRED, "expired at " + claims.expiresAt()
          + ", now is " + Instant.ofEpochSecond(now.getEpochSecond()), claims);
    }

    String expected = hmacBase64(secretKey, contentToSign(
        claims.identifier(), claims.sdkAppId(), claims.time(), claims.expire(), parsed.userbuf));
    // The Base64 text is compared, not the decoded bytes: Base64 decoding ignores the unused
    // low bits of the last character, so comparing bytes would accept altered signatures.
    boolean match = MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.UTF_8), parsed.sig.getBytes(StandardCharsets.UTF_8));
    if (!match) {
      return Verification.failed(Failure.BAD_SIGNATURE, "signature does not match: signed with"
          + " another secret key (another application's?) or altered", claims);
    }
    return new Verification(null, "valid until " + claims.expiresAt(), claims);
  }

  /**
   * The text the HMAC is computed over (docs/server-rules.md §7 step 1). {@code userbuf} is the Base64 text
   * of {@code TLS.userbuf}, or null when the UserSig has none.
   */
  static String contentToSign(
      String identifier, long sdkAppId, long time, long expire, String userbuf) {
    StringBuilder content = new StringBuilder()
        .append("TLS.identifier:").append(identifier).append('\n')
        .append("TLS.sdkappid:").append(sdkAppId).append('\n')
        .append("TLS.time:").append(time).append('\n')
        .append("TLS.expire:").append(expire).append('\n');
    if (userbuf != null) {
      content.append("TLS.userbuf:").append(userbuf).append('\n');
    }
    return content.toString();
  }

  private static String hmacBase64(String secretKey, String content) {
    try {
      Mac mac = Mac.getInstance(HMAC);
      mac.init(new SecretKeySpec(secretKey.getBytes(StandardCharsets.UTF_8), HMAC));
      byte[] digest = mac.doFinal(content.getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(digest);
    } catch (GeneralSecurityException e) {
      // Every Java SE implementation must provide HmacSHA256.
      throw new IllegalStateException(HMAC + " is not available", e);
    }
  }

  private static byte[] toJson(
      String identifier, long sdkAppId, long time, long expire, String sig) {
    Buffer buffer = new Buffer();
    // Key order as the official libraries write it; readers must not depend on it.
    try (JsonWriter writer = JsonWriter.of(buffer)) {
      writer.beginObject()
          .name("TLS.ver").value(VERSION)
          .name("TLS.identifier").value(identifier)
          .name("TLS.sdkappid").value(sdkAppId)
          .name("TLS.expire").value(expire)
          .name("TLS.time").value(time)
          .name("TLS.sig").value(sig)
          .endObject();
    } catch (IOException e) {
      throw new UncheckedIOException("writing to an in-memory buffer cannot fail", e);
    }
    return buffer.readByteArray();
  }

  private static byte[] deflate(byte[] input) {
    // Default level, like the official Java library; the server accepts any level.
    Deflater deflater = new Deflater();
    try {
      deflater.setInput(input);
      deflater.finish();
      ByteArrayOutputStream out = new ByteArrayOutputStream(input.length);
      byte[] chunk = new byte[512];
      while (!deflater.finished()) {
        out.write(chunk, 0, deflater.deflate(chunk));
      }
      return out.toByteArray();
    } finally {
      deflater.end();
    }
  }

  private static Parsed parse(String userSig) {
    if (userSig.isEmpty()) {
      throw new MalformedException("it is empty");
    }
    if (userSig.length() > MAX_USERSIG_CHARS) {
      throw new MalformedException("it is longer than " + MAX_USERSIG_CHARS + " characters");
    }
    for (int i = 0; i < userSig.length(); i++) {
      if (!isUrlAlphabet(userSig.charAt(i))) {
        throw new MalformedException("character at index " + i + " is not in the UserSig"
            + " alphabet (A-Z, a-z, 0-9, '*', '-', '_')");
      }
    }
    byte[] compressed;
    try {
      compressed = Base64.getDecoder().decode(fromUrlAlphabet(userSig));
    } catch (IllegalArgumentException e) {
      // The decoder's message quotes input characters, so it is not passed on.
      throw new MalformedException("it is not valid Base64 (after mapping '*' '-' '_' back to"
          + " '+' '/' '=')");
    }
    return readJson(inflate(compressed));
  }

  private static byte[] inflate(byte[] compressed) {
    Inflater inflater = new Inflater();
    try {
      inflater.setInput(compressed);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] chunk = new byte[1024];
      while (!inflater.finished()) {
        int n = inflater.inflate(chunk);
        if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
          throw new MalformedException("its zlib data is truncated");
        }
        out.write(chunk, 0, n);
        if (out.size() > MAX_INFLATED_BYTES) {
          throw new MalformedException("it inflates to more than " + MAX_INFLATED_BYTES
              + " bytes");
        }
      }
      if (inflater.getRemaining() > 0) {
        throw new MalformedException("it has bytes after the end of its zlib data");
      }
      return out.toByteArray();
    } catch (DataFormatException e) {
      throw new MalformedException("it is not zlib-compressed data");
    } finally {
      inflater.end();
    }
  }

  private static Parsed readJson(byte[] json) {
    JsonReader reader = JsonReader.of(new Buffer().write(json));
    String ver = null;
    String identifier = null;
    Long sdkAppId = null;
    Long time = null;
    Long expire = null;
    String sig = null;
    String userbuf = null;
    try {
      if (reader.peek() != JsonReader.Token.BEGIN_OBJECT) {
        throw new MalformedException("its payload is not a JSON object");
      }
      reader.beginObject();
      while (reader.hasNext()) {
        int field = reader.selectName(FIELDS);
        if (field == -1) {
          // Unknown fields are tolerated, as elsewhere in the API.
          reader.skipName();
          reader.skipValue();
          continue;
        }
        // A second copy of a field could be read one way here and another way by the server.
        boolean seen = switch (field) {
          case VER -> ver != null;
          case IDENTIFIER -> identifier != null;
          case SDKAPPID -> sdkAppId != null;
          case TIME -> time != null;
          case EXPIRE -> expire != null;
          case SIG -> sig != null;
          default -> userbuf != null;
        };
        if (seen) {
          throw new MalformedException("field '" + FIELDS.strings().get(field)
              + "' appears more than once");
        }
        switch (field) {
          case VER -> ver = readString(reader);
          case IDENTIFIER -> identifier = readString(reader);
          case SDKAPPID -> sdkAppId = readLong(reader);
          case TIME -> time = readLong(reader);
          case EXPIRE -> expire = readLong(reader);
          case SIG -> sig = readString(reader);
          case USERBUF -> userbuf = readString(reader);
          default -> throw new AssertionError(field);
        }
      }
      reader.endObject();
      if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
        throw new MalformedException("its payload has data after the JSON object");
      }
    } catch (JsonEncodingException | JsonDataException e) {
      // Moshi's messages can quote values (the signature among them), so only the path is kept.
      throw new MalformedException("its payload is not valid JSON (at " + reader.getPath() + ")");
    } catch (IOException e) {
      throw new MalformedException("its payload is not valid JSON (ends early)");
    }

    requirePresent(ver, "TLS.ver");
    requirePresent(identifier, "TLS.identifier");
    requirePresent(sdkAppId, "TLS.sdkappid");
    requirePresent(time, "TLS.time");
    requirePresent(expire, "TLS.expire");
    requirePresent(sig, "TLS.sig");
    // Other versions (1.0 used ECDSA) are signed differently; this class cannot check them.
    if (!ver.equals(VERSION)) {
      throw new MalformedException("field 'TLS.ver' is not '" + VERSION + "', the only version"
          + " supported");
    }
    if (sig.isEmpty()) {
      throw new MalformedException("field 'TLS.sig' is empty");
    }
    Claims claims;
    try {
      claims = new Claims(identifier, sdkAppId, time, expire);
    } catch (IllegalArgumentException e) {
      throw new MalformedException(e.getMessage());
    }
    return new Parsed(claims, sig, userbuf);
  }

  private static String readString(JsonReader reader) throws IOException {
    if (reader.peek() != JsonReader.Token.STRING) {
      throw new MalformedException("field at " + reader.getPath() + " is not a string");
    }
    return reader.nextString();
  }

  private static long readLong(JsonReader reader) throws IOException {
    if (reader.peek() != JsonReader.Token.NUMBER) {
      throw new MalformedException("field at " + reader.getPath() + " is not a number");
    }
    String path = reader.getPath();
    try {
      return reader.nextLong();
    } catch (JsonDataException e) {
      throw new MalformedException("field at " + path + " is not a whole number in the 64-bit"
          + " range");
    }
  }

  private static void requirePresent(Object value, String name) {
    if (value == null) {
      throw new MalformedException("field '" + name + "' is missing");
    }
  }

  private static boolean isUrlAlphabet(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
        || c == '*' || c == '-' || c == '_';
  }

  private static String toUrlAlphabet(String base64) {
    return base64.replace('+', '*').replace('/', '-').replace('=', '_');
  }

  private static String fromUrlAlphabet(String userSig) {
    return userSig.replace('*', '+').replace('-', '/').replace('_', '=');
  }

  /** What a UserSig says about itself. {@code toString()} shows no credential. */
  private record Parsed(Claims claims, String sig, String userbuf) {
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

    private static Verification failed(Failure failure, String reason, Claims claims) {
      return new Verification(failure, reason, claims);
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
