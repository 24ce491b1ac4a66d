package io.timrest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.timrest.UserSig.Claims;
import io.timrest.UserSig.Failure;
import io.timrest.UserSig.MalformedException;
import io.timrest.UserSig.Verification;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class UserSigTest {

  // The test vector of docs/server-rules.md §7.
  private static final String KEY =
      "5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e";
  private static final long APP = 1400000000L;
  private static final String ADMIN = "admin";
  private static final long TIME = 1600000000L;
  private static final long EXPIRE = 86400L;
  private static final String VECTOR_SIG = "B0EiGEtv8jlwtFr54eCo5sR1MRR0HRBlR9ykTMYskM8=";
  private static final String VECTOR_CONTENT = "TLS.identifier:admin\nTLS.sdkappid:1400000000\n"
      + "TLS.time:1600000000\nTLS.expire:86400\n";

  private static final Clock AT_TIME = clockAt(TIME);

  // ---------------------------------------------------------------- generate

  @Test
  void signatureMatchesPublishedVector() throws Exception {
    String userSig = UserSig.generate(APP, KEY, ADMIN, Duration.ofSeconds(EXPIRE), AT_TIME);

    String json = inflateToString(userSig);
    assertEquals(VECTOR_SIG, jsonField(json, "TLS.sig"));
    assertEquals("\"2.0\"", jsonRaw(json, "TLS.ver"));
  }

  @Test
  void contentToSignIsTheFourLinesOfTheVector() {
    String content = UserSigSigner.contentToSign(ADMIN, APP, TIME, EXPIRE, null);

    assertEquals(VECTOR_CONTENT, content);
    // The four lines are 21 + 24 + 20 + 17 = 82 bytes, and the HMAC of docs/server-rules.md §7
    // (hex and TLS.sig) is the one of these 82 bytes.
    assertEquals(82, content.getBytes(StandardCharsets.UTF_8).length);
  }

  @Test
  void contentToSignAddsUserbufAsFifthLine() {
    String content = UserSigSigner.contentToSign(ADMIN, APP, TIME, EXPIRE, "YWJj");

    assertEquals(VECTOR_CONTENT + "TLS.userbuf:YWJj\n", content);
  }

  @Test
  void generatedSigDecodesToItsClaims() {
    String userSig = UserSig.generate(APP, KEY, ADMIN, Duration.ofSeconds(EXPIRE), AT_TIME);

    Claims claims = UserSig.decode(userSig);

    assertEquals(new Claims(ADMIN, APP, TIME, EXPIRE), claims);
    assertEquals(Instant.ofEpochSecond(TIME), claims.issuedAt());
    assertEquals(Instant.ofEpochSecond(TIME + EXPIRE), claims.expiresAt());
  }

  @Test
  void generatedSigUsesOnlyUrlSafeCharacters() {
    String userSig = UserSig.generate(APP, KEY, ADMIN, Duration.ofSeconds(EXPIRE), AT_TIME);

    assertTrue(userSig.matches("[A-Za-z0-9*_-]+"), userSig);
  }

  @Test
  void generatedSigVerifies() {
    String userSig = UserSig.generate(APP, KEY, ADMIN, Duration.ofSeconds(EXPIRE), AT_TIME);

    Verification v = UserSig.verify(userSig, APP, KEY, ADMIN, AT_TIME);

    assertTrue(v.isValid(), v.reason());
    assertEquals(Optional.empty(), v.failure());
    assertEquals(Optional.of(new Claims(ADMIN, APP, TIME, EXPIRE)), v.claims());
  }

  @Test
  void generateDropsFractionsOfASecond() {
    String userSig = UserSig.generate(APP, KEY, ADMIN, Duration.ofMillis(1999),
        Clock.fixed(Instant.ofEpochSecond(TIME, 999_999_999), ZoneOffset.UTC));

    assertEquals(new Claims(ADMIN, APP, TIME, 1), UserSig.decode(userSig));
  }

  @Test
  void generateWithSystemClockIsValidNow() {
    String userSig = UserSig.generate(APP, KEY, ADMIN, UserSig.DEFAULT_VALIDITY);

    assertTrue(UserSig.verify(userSig, APP, KEY, ADMIN, Clock.systemUTC()).isValid());
    assertEquals(180L * 24 * 3600, UserSig.decode(userSig).expire());
  }

  @Test
  void generateNamesTheBadParameter() {
    Duration day = Duration.ofDays(1);
    assertMessage("secretKey", assertThrows(NullPointerException.class,
        () -> UserSig.generate(APP, null, ADMIN, day, AT_TIME)));
    assertMessage("identifier", assertThrows(NullPointerException.class,
        () -> UserSig.generate(APP, KEY, null, day, AT_TIME)));
    assertMessage("validity", assertThrows(NullPointerException.class,
        () -> UserSig.generate(APP, KEY, ADMIN, null, AT_TIME)));
    assertMessage("clock", assertThrows(NullPointerException.class,
        () -> UserSig.generate(APP, KEY, ADMIN, day, null)));
    assertMessage("sdkAppId", assertThrows(IllegalArgumentException.class,
        () -> UserSig.generate(0, KEY, ADMIN, day, AT_TIME)));
    assertMessage("sdkAppId", assertThrows(IllegalArgumentException.class,
        () -> UserSig.generate(-1, KEY, ADMIN, day, AT_TIME)));
    assertMessage("secretKey", assertThrows(IllegalArgumentException.class,
        () -> UserSig.generate(APP, "", ADMIN, day, AT_TIME)));
    assertMessage("identifier", assertThrows(IllegalArgumentException.class,
        () -> UserSig.generate(APP, KEY, "", day, AT_TIME)));
    assertMessage("identifier", assertThrows(IllegalArgumentException.class,
        () -> UserSig.generate(APP, KEY, "ad\nmin", day, AT_TIME)));
    assertMessage("validity", assertThrows(IllegalArgumentException.class,
        () -> UserSig.generate(APP, KEY, ADMIN, Duration.ofMillis(999), AT_TIME)));
    assertMessage("validity", assertThrows(IllegalArgumentException.class,
        () -> UserSig.generate(APP, KEY, ADMIN, Duration.ofSeconds(-5), AT_TIME)));
  }

  @Test
  void generateRejectsValidityBeyondInstantRange() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> UserSig.generate(APP, KEY, ADMIN, Duration.ofSeconds(Long.MAX_VALUE), AT_TIME));
    assertFalse(e.getMessage().contains(KEY));
  }

  // ---------------------------------------------------------------- decode / verify independents

  @Test
  void verifyAcceptsIndependentlyBuiltSig() throws Exception {
    // Other key order, extra spaces, best compression: what a non-Java signer may produce.
    String json = "{ \"TLS.sig\" : \"" + VECTOR_SIG + "\" ,\n \"TLS.time\": 1600000000,"
        + " \"TLS.expire\":86400, \"TLS.sdkappid\" :1400000000,"
        + "  \"TLS.identifier\": \"admin\", \"TLS.ver\": \"2.0\" }";
    String userSig = pack(json, Deflater.BEST_COMPRESSION);

    Verification v = UserSig.verify(userSig, APP, KEY, ADMIN, AT_TIME);

    assertTrue(v.isValid(), v.reason());
    assertEquals(new Claims(ADMIN, APP, TIME, EXPIRE), UserSig.decode(userSig));
  }

  @Test
  void verifyAcceptsSigWithUserbufInTheSignedContent() throws Exception {
    String userbuf = Base64.getEncoder().encodeToString("room:42".getBytes(StandardCharsets.UTF_8));
    String sig = hmac(KEY, VECTOR_CONTENT + "TLS.userbuf:" + userbuf + "\n");
    String userSig = pack(json(ADMIN, APP, TIME, EXPIRE, sig)
        .replace("}", ",\"TLS.userbuf\":\"" + userbuf + "\"}"), Deflater.DEFAULT_COMPRESSION);

    assertTrue(UserSig.verify(userSig, APP, KEY, ADMIN, AT_TIME).isValid());
  }

  @Test
  void verifyIgnoresUnknownFields() throws Exception {
    String userSig = pack(json(ADMIN, APP, TIME, EXPIRE, VECTOR_SIG)
        .replace("}", ",\"TLS.future\":{\"a\":[1,2]}}"), Deflater.DEFAULT_COMPRESSION);

    assertTrue(UserSig.verify(userSig, APP, KEY, ADMIN, AT_TIME).isValid());
  }

  // ---------------------------------------------------------------- MALFORMED

  @Test
  void garbageIsMalformed() {
    assertMalformed("this is not a UserSig!");
    assertMalformed("");
  }

  @Test
  void nullIsMalformedForVerify() {
    Verification v = UserSig.verify(null, APP, KEY, ADMIN, AT_TIME);

    assertEquals(Optional.of(Failure.MALFORMED), v.failure());
    assertThrows(NullPointerException.class, () -> UserSig.decode(null));
  }

  @Test
  void badBase64IsMalformed() {
    // Alphabet is fine, but a single character cannot be a Base64 unit.
    assertMalformed("eJzLSM3JyQcABiwCFQ_A");
    assertMalformed("A");
  }

  @Test
  void notZlibIsMalformed() {
    String raw = urlAlphabet(Base64.getEncoder().encodeToString(
        json(ADMIN, APP, TIME, EXPIRE, VECTOR_SIG).getBytes(StandardCharsets.UTF_8)));
    assertMalformed(raw);
  }

  @Test
  void truncatedZlibIsMalformed() throws Exception {
    byte[] full = deflate(json(ADMIN, APP, TIME, EXPIRE, VECTOR_SIG)
        .getBytes(StandardCharsets.UTF_8), Deflater.DEFAULT_COMPRESSION);
    byte[] half = Arrays.copyOf(full, full.length / 2);
    assertMalformed(urlAlphabet(Base64.getEncoder().encodeToString(half)));
  }

  @Test
  void jsonThatIsNotAnObjectIsMalformed() throws Exception {
    assertMalformed(pack("[\"TLS.ver\",\"2.0\"]", Deflater.DEFAULT_COMPRESSION));
    assertMalformed(pack("\"" + VECTOR_SIG + "\"", Deflater.DEFAULT_COMPRESSION));
    assertMalformed(pack("{\"TLS.ver\":", Deflater.DEFAULT_COMPRESSION));
    assertMalformed(pack(json(ADMIN, APP, TIME, EXPIRE, VECTOR_SIG) + "{}",
        Deflater.DEFAULT_COMPRESSION));
  }

  @Test
  void missingFieldIsMalformed() throws Exception {
    for (String field : new String[] {
        "TLS.ver", "TLS.identifier", "TLS.sdkappid", "TLS.time", "TLS.expire", "TLS.sig"}) {
      String json = json(ADMIN, APP, TIME, EXPIRE, VECTOR_SIG)
          .replaceFirst("\"" + Pattern.quote(field) + "\":(\"[^\"]*\"|\\d+),?", "")
          .replace(",}", "}");
      MalformedException e = assertMalformed(pack(json, Deflater.DEFAULT_COMPRESSION));
      assertTrue(e.getMessage().contains(field), e.getMessage());
    }
  }

  @Test
  void wrongFieldTypesAreMalformed() throws Exception {
    assertMalformed(pack(json(ADMIN, APP, TIME, EXPIRE, VECTOR_SIG)
        .replace("1600000000", "\"1600000000\""), Deflater.DEFAULT_COMPRESSION));
    assertMalformed(pack(json(ADMIN, APP, TIME, EXPIRE, VECTOR_SIG)
        .replace("86400", "864.5"), Deflater.DEFAULT_COMPRESSION));
    assertMalformed(pack(json(ADMIN, APP, TIME, EXPIRE, VECTOR_SIG)
        .replace("\"admin\"", "42"), Deflater.DEFAULT_COMPRESSION));
    assertMalformed(pack(json(ADMIN, APP, TIME, EXPIRE, VECTOR_SIG)
        .replace("86400", "-1"), Deflater.DEFAULT_COMPRESSION));
    assertMalformed(pack(json(ADMIN, APP, TIME, EXPIRE, VECTOR_SIG)
        .replace("\"2.0\"", "\"1.0\""), Deflater.DEFAULT_COMPRESSION));
  }

  @Test
  void duplicateFieldIsMalformed() throws Exception {
    String json = json(ADMIN, APP, TIME, EXPIRE, VECTOR_SIG)
        .replace("}", ",\"TLS.identifier\":\"bob\"}");

    MalformedException e = assertMalformed(pack(json, Deflater.DEFAULT_COMPRESSION));
    assertTrue(e.getMessage().contains("TLS.identifier"), e.getMessage());
  }

  @Test
  void zipBombIsMalformed() throws Exception {
    // 1 MiB of spaces is valid JSON whitespace and compresses to about 1 KiB.
    String json = "{" + " ".repeat(1 << 20) + "}";
    String userSig = pack(json, Deflater.BEST_COMPRESSION);
    assertTrue(userSig.length() < 4096, "bomb should be small: " + userSig.length());

    MalformedException e = assertMalformed(userSig);
    assertTrue(e.getMessage().contains(String.valueOf(UserSigToken.MAX_INFLATED_BYTES)),
        e.getMessage());
  }

  @Test
  void overlongInputIsMalformed() {
    assertMalformed("A".repeat(UserSigToken.MAX_USERSIG_CHARS + 4));
  }

  @Test
  void verifyNeverThrowsForCorruptedTokens() throws Exception {
    // Fixed seed: the same corruptions on every run.
    Random random = new Random(20200913L);
    byte[] json = json(ADMIN, APP, TIME, EXPIRE, VECTOR_SIG).getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < 3000; i++) {
      byte[] corrupted = i % 2 == 0 ? json.clone()
          : deflate(json, Deflater.DEFAULT_COMPRESSION);
      for (int flips = 1 + random.nextInt(3); flips > 0; flips--) {
        corrupted[random.nextInt(corrupted.length)] = (byte) random.nextInt(256);
      }
      String userSig = i % 2 == 0
          ? urlAlphabet(Base64.getEncoder().encodeToString(
              deflate(corrupted, Deflater.DEFAULT_COMPRESSION)))
          : urlAlphabet(Base64.getEncoder().encodeToString(corrupted));

      Verification v = UserSig.verify(userSig, APP, KEY, ADMIN, AT_TIME);

      assertTrue(v.failure().isPresent() || v.isValid());
    }
  }

  // ---------------------------------------------------------------- other failures

  @Test
  void otherSdkAppIdIsSdkAppIdMismatch() {
    String userSig = UserSig.generate(APP + 1, KEY, ADMIN, Duration.ofSeconds(EXPIRE), AT_TIME);

    Verification v = UserSig.verify(userSig, APP, KEY, ADMIN, AT_TIME);

    assertEquals(Optional.of(Failure.SDKAPPID_MISMATCH), v.failure());
    assertEquals("sdkappid mismatch: signed for 1400000001, expected 1400000000", v.reason());
    assertEquals(APP + 1, v.claims().orElseThrow().sdkAppId());
  }

  @Test
  void sdkAppIdIsCheckedBeforeIdentifier() {
    String userSig = UserSig.generate(APP + 1, KEY, "bob", Duration.ofSeconds(EXPIRE), AT_TIME);

    assertEquals(Optional.of(Failure.SDKAPPID_MISMATCH),
        UserSig.verify(userSig, APP, KEY, ADMIN, clockAt(TIME + EXPIRE + 1)).failure());
  }

  @Test
  void otherIdentifierIsIdentifierMismatch() {
    String userSig = UserSig.generate(APP, KEY, "bob", Duration.ofSeconds(EXPIRE), AT_TIME);

    Verification v = UserSig.verify(userSig, APP, KEY, ADMIN, AT_TIME);

    assertEquals(Optional.of(Failure.IDENTIFIER_MISMATCH), v.failure());
    assertEquals("identifier mismatch: signed for 'bob', expected 'admin'", v.reason());
  }

  @Test
  void identifierIsCheckedBeforeExpiry() {
    String userSig = UserSig.generate(APP, KEY, "bob", Duration.ofSeconds(EXPIRE), AT_TIME);

    assertEquals(Optional.of(Failure.IDENTIFIER_MISMATCH),
        UserSig.verify(userSig, APP, KEY, ADMIN, clockAt(TIME + EXPIRE + 1)).failure());
  }

  @Test
  void oneSecondAfterTimePlusExpireIsExpired() {
    String userSig = UserSig.generate(APP, KEY, ADMIN, Duration.ofSeconds(EXPIRE), AT_TIME);

    Verification v = UserSig.verify(userSig, APP, KEY, ADMIN, clockAt(TIME + EXPIRE + 1));

    assertEquals(Optional.of(Failure.EXPIRED), v.failure());
    assertTrue(v.reason().contains("2020-09-14T12:26:40Z"), v.reason());
  }

  @Test
  void exactlyTimePlusExpireIsStillValid() {
    String userSig = UserSig.generate(APP, KEY, ADMIN, Duration.ofSeconds(EXPIRE), AT_TIME);

    assertTrue(UserSig.verify(userSig, APP, KEY, ADMIN, clockAt(TIME + EXPIRE)).isValid());
    // Sub-second parts of "now" do not push it over: the server counts whole seconds.
    assertTrue(UserSig.verify(userSig, APP, KEY, ADMIN, Clock.fixed(
        Instant.ofEpochSecond(TIME + EXPIRE, 999_999_999), ZoneOffset.UTC)).isValid());
  }

  @Test
  void expiryIsCheckedBeforeSignature() {
    String userSig = UserSig.generate(APP, "another key", ADMIN, Duration.ofSeconds(1), AT_TIME);

    assertEquals(Optional.of(Failure.EXPIRED),
        UserSig.verify(userSig, APP, KEY, ADMIN, clockAt(TIME + 2)).failure());
  }

  @Test
  void flippedSignatureCharacterIsBadSignature() throws Exception {
    // Every position, including the last data character whose low bits Base64 ignores.
    for (int i = 0; i < VECTOR_SIG.length() - 1; i++) {
      char c = VECTOR_SIG.charAt(i);
      String flipped = VECTOR_SIG.substring(0, i) + (c == 'A' ? 'B' : 'A')
          + VECTOR_SIG.substring(i + 1);
      String userSig = pack(json(ADMIN, APP, TIME, EXPIRE, flipped), Deflater.DEFAULT_COMPRESSION);

      Verification v = UserSig.verify(userSig, APP, KEY, ADMIN, AT_TIME);

      assertEquals(Optional.of(Failure.BAD_SIGNATURE), v.failure(), "position " + i);
    }
  }

  @Test
  void sigDifferingOnlyInIgnoredBase64BitsIsBadSignature() throws Exception {
    // '8' and '9' share the 4 bits the last unit carries; decoded bytes would be equal.
    String malleated = VECTOR_SIG.replace("M8=", "M9=");
    assertEquals(Arrays.toString(Base64.getDecoder().decode(VECTOR_SIG)),
        Arrays.toString(Base64.getDecoder().decode(malleated)));
    String userSig = pack(json(ADMIN, APP, TIME, EXPIRE, malleated), Deflater.DEFAULT_COMPRESSION);

    assertEquals(Optional.of(Failure.BAD_SIGNATURE),
        UserSig.verify(userSig, APP, KEY, ADMIN, AT_TIME).failure());
  }

  @Test
  void otherKeyIsBadSignature() {
    String userSig = UserSig.generate(APP, "0123456789abcdef", ADMIN, Duration.ofSeconds(EXPIRE),
        AT_TIME);

    Verification v = UserSig.verify(userSig, APP, KEY, ADMIN, AT_TIME);

    assertEquals(Optional.of(Failure.BAD_SIGNATURE), v.failure());
    assertTrue(v.claims().isPresent());
  }

  @Test
  void alteredClaimIsBadSignature() throws Exception {
    // Claims longer than signed, but the signature is the vector's.
    String userSig = pack(json(ADMIN, APP, TIME, EXPIRE * 365, VECTOR_SIG),
        Deflater.DEFAULT_COMPRESSION);

    assertEquals(Optional.of(Failure.BAD_SIGNATURE),
        UserSig.verify(userSig, APP, KEY, ADMIN, AT_TIME).failure());
  }

  @Test
  void verifyChecksItsConfiguration() {
    String userSig = UserSig.generate(APP, KEY, ADMIN, Duration.ofSeconds(EXPIRE), AT_TIME);

    assertMessage("secretKey", assertThrows(NullPointerException.class,
        () -> UserSig.verify(userSig, APP, null, ADMIN, AT_TIME)));
    assertMessage("secretKey", assertThrows(IllegalArgumentException.class,
        () -> UserSig.verify(userSig, APP, "", ADMIN, AT_TIME)));
    assertMessage("identifier", assertThrows(NullPointerException.class,
        () -> UserSig.verify(userSig, APP, KEY, null, AT_TIME)));
    assertMessage("clock", assertThrows(NullPointerException.class,
        () -> UserSig.verify(userSig, APP, KEY, ADMIN, null)));
  }

  // ---------------------------------------------------------------- no credential leaks

  @Test
  void noReasonOrToStringContainsTheSigOrKey() throws Exception {
    String good = UserSig.generate(APP, KEY, ADMIN, Duration.ofSeconds(EXPIRE), AT_TIME);
    String[] userSigs = {
        good,
        good.substring(0, good.length() - 3),
        good + "!",
        UserSig.generate(APP, "another key", ADMIN, Duration.ofSeconds(EXPIRE), AT_TIME),
        pack(json(ADMIN, APP, TIME, EXPIRE, VECTOR_SIG).replace("1600000000", "\"x\""),
            Deflater.DEFAULT_COMPRESSION),
        pack(json(ADMIN, APP, TIME, EXPIRE, VECTOR_SIG).replace("\"TLS.sig\":\"", "\"TLS.sig\":"),
            Deflater.DEFAULT_COMPRESSION),
        pack("{\"TLS.sig\":" + 5 + ",\"TLS.ver\":\"" + VECTOR_SIG + "\"}",
            Deflater.DEFAULT_COMPRESSION),
    };
    Clock[] clocks = {AT_TIME, clockAt(TIME + EXPIRE + 1)};
    for (String userSig : userSigs) {
      for (Clock clock : clocks) {
        Verification v = UserSig.verify(userSig, APP, KEY, ADMIN, clock);
        assertNoCredential(v.reason(), userSig);
        assertNoCredential(v.toString(), userSig);
        assertNoCredential(String.valueOf(v.claims()), userSig);
      }
      try {
        assertNoCredential(String.valueOf(UserSig.decode(userSig)), userSig);
      } catch (MalformedException e) {
        assertNoCredential(e.getMessage(), userSig);
        assertNoCredential(e.toString(), userSig);
      }
    }
  }

  // ---------------------------------------------------------------- helpers

  private static Clock clockAt(long epochSecond) {
    return Clock.fixed(Instant.ofEpochSecond(epochSecond), ZoneOffset.UTC);
  }

  private static void assertMessage(String expectedPart, Exception e) {
    assertTrue(e.getMessage() != null && e.getMessage().contains(expectedPart),
        "expected '" + expectedPart + "' in: " + e.getMessage());
    assertFalse(e.getMessage().contains(KEY));
  }

  private static MalformedException assertMalformed(String userSig) {
    Verification v = UserSig.verify(userSig, APP, KEY, ADMIN, AT_TIME);
    assertEquals(Optional.of(Failure.MALFORMED), v.failure(), v.reason());
    assertFalse(v.isValid());
    assertEquals(Optional.empty(), v.claims());
    MalformedException e = assertThrows(MalformedException.class, () -> UserSig.decode(userSig));
    assertEquals(e.getMessage(), v.reason());
    if (!userSig.isEmpty()) {
      assertNoCredential(e.getMessage(), userSig);
    }
    return e;
  }

  private static void assertNoCredential(String text, String userSig) {
    assertFalse(text.contains(KEY), text);
    assertFalse(text.contains(VECTOR_SIG), text);
    // The signature may sit in any JSON field of a hostile token; its first chars are telling.
    assertFalse(text.contains(VECTOR_SIG.substring(0, 12)), text);
    if (userSig.length() > 8) {
      assertFalse(text.contains(userSig), text);
      assertFalse(text.contains(userSig.substring(0, 8)), text);
    }
  }

  private static String json(String identifier, long app, long time, long expire, String sig) {
    return "{\"TLS.ver\":\"2.0\",\"TLS.identifier\":\"" + identifier + "\",\"TLS.sdkappid\":" + app
        + ",\"TLS.expire\":" + expire + ",\"TLS.time\":" + time + ",\"TLS.sig\":\"" + sig + "\"}";
  }

  /** zlib + Base64 + URL alphabet, written without UserSig so the two can disagree. */
  private static String pack(String json, int level) {
    byte[] compressed = deflate(json.getBytes(StandardCharsets.UTF_8), level);
    return urlAlphabet(Base64.getEncoder().encodeToString(compressed));
  }

  private static byte[] deflate(byte[] input, int level) {
    Deflater deflater = new Deflater(level);
    deflater.setInput(input);
    deflater.finish();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] chunk = new byte[4096];
    while (!deflater.finished()) {
      out.write(chunk, 0, deflater.deflate(chunk));
    }
    deflater.end();
    return out.toByteArray();
  }

  private static String urlAlphabet(String base64) {
    return base64.replace('+', '*').replace('/', '-').replace('=', '_');
  }

  private static String inflateToString(String userSig) throws Exception {
    byte[] compressed = Base64.getDecoder().decode(
        userSig.replace('*', '+').replace('-', '/').replace('_', '='));
    Inflater inflater = new Inflater();
    inflater.setInput(compressed);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] chunk = new byte[4096];
    while (!inflater.finished()) {
      out.write(chunk, 0, inflater.inflate(chunk));
    }
    inflater.end();
    return out.toString(StandardCharsets.UTF_8);
  }

  private static String jsonRaw(String json, String field) {
    Matcher m = Pattern.compile("\"" + Pattern.quote(field) + "\"\\s*:\\s*(\"[^\"]*\"|-?\\d+)")
        .matcher(json);
    assertTrue(m.find(), field + " in " + json);
    return m.group(1);
  }

  private static String jsonField(String json, String field) {
    String raw = jsonRaw(json, field);
    return raw.startsWith("\"") ? raw.substring(1, raw.length() - 1) : raw;
  }

  private static String hmac(String key, String content) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return Base64.getEncoder().encodeToString(
        mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
  }
}
