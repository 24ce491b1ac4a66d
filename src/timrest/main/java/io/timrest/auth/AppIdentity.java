package io.timrest.auth;

import java.util.Objects;

/**
 * The rules every holder of an app's identity applies (the client, the emulator, the signer): an
 * SDKAppID is positive, an account and a secret key are non-empty. One place, one wording.
 */
public final class AppIdentity {
  private AppIdentity() {
  }

  public static long requireSdkAppId(long sdkAppId) {
    if (sdkAppId <= 0) {
      throw new IllegalArgumentException("sdkAppId must be positive, was " + sdkAppId);
    }
    return sdkAppId;
  }

  /** An account (UserID) such as the App admin; {@code name} is the parameter's name for the message. */
  public static String requireAccount(String account, String name) {
    Objects.requireNonNull(account, name);
    if (account.isEmpty()) {
      throw new IllegalArgumentException(name + " must not be empty");
    }
    return account;
  }

  /** The app's secret key; the message never repeats it. */
  public static String requireSecretKey(String secretKey) {
    Objects.requireNonNull(secretKey, "secretKey");
    if (secretKey.isEmpty()) {
      throw new IllegalArgumentException("secretKey must not be empty");
    }
    return secretKey;
  }
}
