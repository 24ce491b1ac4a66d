package io.timrest;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of a UserSig (TLS signature version 2, docs/server-rules.md §7): an HMAC-SHA256,
 * keyed with the application's secret key, over the claims written as newline-terminated
 * {@code name:value} lines, in Base64. Signing ({@link UserSig#generate}) and checking
 * ({@link UserSigVerifier}) compute it here, the one place that knows the signed text.
 */
final class UserSigSigner {
  private static final String HMAC = "HmacSHA256";

  private UserSigSigner() {
  }

  /**
   * The text the HMAC is computed over (docs/server-rules.md §7 step 1). {@code userbuf} is the
   * Base64 text of {@code TLS.userbuf}, or null when the UserSig has none.
   */
  static String contentToSign(String identifier, long sdkAppId, long time, long expire, String userbuf) {
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

  /** The signature ({@code TLS.sig}) of {@code content}, in standard Base64. */
  static String sign(String secretKey, String content) {
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
}
