package io.timrest.emulator;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code im_open_login_svc}: account_import and multiaccount_import (docs/server-rules.md §2, §9). */
final class AccountHandler {
  /** docs/server-rules.md §9: multiaccount_import takes at most 100 accounts per call. */
  static final int MAX_MULTIACCOUNT_IMPORT_ACCOUNTS = 100;

  private final Accounts accounts;

  AccountHandler(Accounts accounts) {
    this.accounts = accounts;
  }

  Service service() {
    // 70402 invalid parameter and 70500 internal error are the public codes of docs/server-rules.md §8.
    return new Service("im_open_login_svc", 70402, 60003, 60003, 70500,
        Map.of(
            "account_import", this::accountImport,
            "multiaccount_import", this::multiaccountImport),
        Map.of("multiaccount_import", EmulatorConfig.MULTIACCOUNT_IMPORT_RATE_LIMIT_PER_SECOND),
        Map.of());
  }

  /** docs/server-rules.md §2: a UserID is 1..32 bytes of UTF-8. */
  static boolean isValidUserId(String userId) {
    int bytes = userId.getBytes(StandardCharsets.UTF_8).length;
    return bytes > 0 && bytes <= Accounts.MAX_USER_ID_BYTES;
  }

  private Reply accountImport(Call call) {
    Params body = call.body();
    String userId = body.requiredString("UserID");
    if (!isValidUserId(userId)) {
      throw body.invalid("UserID must be 1.." + Accounts.MAX_USER_ID_BYTES + " bytes");
    }
    accounts.importAccount(new Accounts.Account(userId, body.optionalString("Nick"), body.optionalString("FaceUrl")));
    return Reply.ok();
  }

  /**
   * docs/server-rules.md §9: the current request shape is {@code AccountList[{UserID, Nick,
   * FaceUrl}]}, the older one {@code Accounts[string]}, which clients still send. An account whose
   * UserID breaks the UserID rules is listed in {@code FailAccounts}; the others are imported.
   */
  private Reply multiaccountImport(Call call) {
    Params body = call.body();
    boolean current = body.has("AccountList");
    boolean older = body.has("Accounts");
    if (current && older) {
      // Two lists that may name different accounts: importing one and ignoring the other would
      // silently lose accounts in a migration.
      throw body.invalid("give AccountList or the older Accounts, not both");
    }
    List<Accounts.Account> requested = new ArrayList<>();
    if (current) {
      for (Params account : body.optionalObjectList("AccountList")) {
        requested.add(new Accounts.Account(
            account.requiredString("UserID"), account.optionalString("Nick"), account.optionalString("FaceUrl")));
      }
    } else if (older) {
      if (!(body.get("Accounts") instanceof List<?> userIds)) {
        throw body.invalid("Accounts must be an array of strings");
      }
      for (int i = 0; i < userIds.size(); i++) {
        if (!(userIds.get(i) instanceof String userId)) {
          throw body.invalid("Accounts[" + i + "] must be a string");
        }
        requested.add(new Accounts.Account(userId, null, null));
      }
    } else {
      throw body.invalid("AccountList (or the older Accounts) is required");
    }
    if (requested.isEmpty() || requested.size() > MAX_MULTIACCOUNT_IMPORT_ACCOUNTS) {
      throw body.invalid("1.." + MAX_MULTIACCOUNT_IMPORT_ACCOUNTS + " accounts per call, got " + requested.size());
    }
    List<String> failed = new ArrayList<>();
    for (Accounts.Account account : requested) {
      if (isValidUserId(account.userId())) {
        accounts.importAccount(account);
      } else {
        failed.add(account.userId());
      }
    }
    return Reply.ok(writer -> {
      writer.name("FailAccounts").beginArray();
      for (String userId : failed) {
        writer.value(userId);
      }
      writer.endArray();
    });
  }
}
