package io.timrest;

import java.util.Objects;

/**
 * The rules the client's builder and the UserSig signer apply to an app's identity: an SDKAppID is
 * positive, an account and a secret key are non-empty. One place, one wording.
 */
final class AppIdentity {
  private AppIdentity() {
  }

  static long requireSdkAppId(long sdkAppId) {
    if (sdkAppId <= 0) {
      throw new IllegalArgumentException("sdkAppId must be positive, was " + sdkAppId);
    }
    return sdkAppId;
  }

  /** An account (UserID) such as the App admin; {@code name} is the parameter's name for the message. */
  static String requireAccount(String account, String name) {
    Objects.requireNonNull(account, name);
    if (account.isEmpty()) {
      throw new IllegalArgumentException(name + " must not be empty");
    }
    return account;
  }

  /** The app's secret key; the message never repeats it. */
  static String requireSecretKey(String secretKey) {
    Objects.requireNonNull(secretKey, "secretKey");
    if (secretKey.isEmpty()) {
      throw new IllegalArgumentException("secretKey must not be empty");
    }
    return secretKey;
  }
}
