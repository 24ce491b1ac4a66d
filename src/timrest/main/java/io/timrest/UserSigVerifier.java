package io.timrest;

import io.timrest.UserSig.Claims;
import io.timrest.UserSig.Failure;
import io.timrest.UserSig.MalformedException;
import io.timrest.UserSig.Verification;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;

/**
 * The server's checks of a UserSig, in the server's order (docs/server-rules.md §7): well formed,
 * signed for the SDKAppID, then for the identifier, not expired, and finally an HMAC that matches
 * the secret key, compared in constant time. What the emulator answers 70001/70003/70013/70014
 * with, and what {@link UserSig#verify} gives.
 */
final class UserSigVerifier {
  private UserSigVerifier() {
  }

  /** The arguments other than {@code userSig} have been checked by the caller. */
  static Verification verify(String userSig, long sdkAppId, String secretKey, String identifier, Instant now) {
    if (userSig == null) {
      return Verification.failed(Failure.MALFORMED, "malformed UserSig: it is null", null);
    }
    UserSigJson.Payload payload;
    try {
      payload = UserSigJson.read(UserSigToken.unpack(userSig));
    } catch (MalformedException e) {
      return Verification.failed(Failure.MALFORMED, e.getMessage(), null);
    }
    Claims claims = payload.claims();

    if (claims.sdkAppId() != sdkAppId) {
      return Verification.failed(Failure.SDKAPPID_MISMATCH, "sdkappid mismatch: signed for "
          + claims.sdkAppId() + ", expected " + sdkAppId, claims);
    }
    if (!claims.identifier().equals(identifier)) {
      return Verification.failed(Failure.IDENTIFIER_MISMATCH, "identifier mismatch: signed for '"
          + claims.identifier() + "', expected '" + identifier + "'", claims);
    }
    if (now.getEpochSecond() > claims.time() + claims.expire()) {
      return Verification.failed(Failure.EXPIRED, "expired at " + claims.expiresAt()
          + ", now is " + Instant.ofEpochSecond(now.getEpochSecond()), claims);
    }

    String expected = UserSigSigner.sign(secretKey, UserSigSigner.contentToSign(
        claims.identifier(), claims.sdkAppId(), claims.time(), claims.expire(), payload.userbuf()));
    // The Base64 text is compared, not the decoded bytes: Base64 decoding ignores the unused
    // low bits of the last character, so comparing bytes would accept altered signatures.
    boolean match = MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.UTF_8), payload.sig().getBytes(StandardCharsets.UTF_8));
    if (!match) {
      return Verification.failed(Failure.BAD_SIGNATURE, "signature does not match: signed with"
          + " another secret key (another application's?) or altered", claims);
    }
    return Verification.valid("valid until " + claims.expiresAt(), claims);
  }
}
