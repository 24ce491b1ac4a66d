package io.timrest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Removes the client's credentials from text that came from outside: a server's {@code ErrorInfo}
 * or {@code ErrorDisplay}, the message of an I/O failure. A gateway or a misbehaving server may echo
 * the request URL, and with it the UserSig; the secret key is removed as well, in case a UserSig
 * supplier's service echoes it. The one place every exception text passes through.
 */
final class CredentialScrubber {
  /** What a credential is replaced with. */
  static final String REDACTED = "<redacted>";

  /** Shorter values would replace ordinary words; no real UserSig or secret key is this short. */
  private static final int SHORTEST_SECRET = 8;

  private final String secretKey;
  private final CachedUserSig userSig;

  /**
   * @param secretKey the app's secret key, or null when UserSigs are supplied
   * @param userSig the client's UserSigs
   */
  CredentialScrubber(String secretKey, CachedUserSig userSig) {
    this.secretKey = secretKey;
    this.userSig = userSig;
  }

  /** The text without any credential; null stays null. */
  String scrub(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String scrubbed = text;
    for (String secret : secrets()) {
      scrubbed = replace(scrubbed, secret);
      scrubbed = replace(scrubbed, URLEncoder.encode(secret, StandardCharsets.UTF_8));
    }
    return scrubbed;
  }

  private List<String> secrets() {
    List<String> secrets = new ArrayList<>(3);
    if (secretKey != null) {
      secrets.add(secretKey);
    }
    if (userSig != null) {
      secrets.addAll(userSig.known());
    }
    return secrets;
  }

  private static String replace(String text, String secret) {
    return secret.length() < SHORTEST_SECRET ? text : text.replace(secret, REDACTED);
  }

  @Override
  public String toString() {
    return "CredentialScrubber"; // never the credentials
  }
}
