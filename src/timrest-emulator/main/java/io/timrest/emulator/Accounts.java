package io.timrest.emulator;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Imported accounts (docs/server-rules.md §2, account_import). The App admin always exists. Thread-safe.
 */
final class Accounts {
  /** docs/server-rules.md §2: a UserID is at most 32 bytes. */
  static final int MAX_USER_ID_BYTES = 32;

  record Account(String userId, String nick, String faceUrl) {}

  private final String admin;
  private final Map<String, Account> accounts = new ConcurrentHashMap<>();

  Accounts(String admin) {
    this.admin = admin;
  }

  /** Imports or re-imports an account; a re-import replaces Nick and FaceUrl (idempotent). */
  void importAccount(Account account) {
    accounts.put(account.userId(), account);
  }

  boolean exists(String userId) {
    return userId.equals(admin) || accounts.containsKey(userId);
  }

  String admin() {
    return admin;
  }
}
