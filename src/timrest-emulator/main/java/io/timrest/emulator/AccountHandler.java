package io.timrest.emulator;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/** {@code im_open_login_svc}: account_import (docs/server-rules.md §2). */
final class AccountHandler {
  private final Accounts accounts;

  AccountHandler(Accounts accounts) {
    this.accounts = accounts;
  }

  Service service() {
    // 70402 invalid parameter and 70500 internal error are the public codes of docs/server-rules.md §8.
    return new Service("im_open_login_svc", 70402, 60003, 60003, 70500,
        Map.of("account_import", this::accountImport));
  }

  private Reply accountImport(Call call) {
    Params body = call.body();
    String userId = body.requiredString("UserID");
    int bytes = userId.getBytes(StandardCharsets.UTF_8).length;
    if (bytes == 0 || bytes > Accounts.MAX_USER_ID_BYTES) {
      throw body.invalid("UserID must be 1.." + Accounts.MAX_USER_ID_BYTES + " bytes");
    }
    accounts.importAccount(new Accounts.Account(userId, body.optionalString("Nick"), body.optionalString("FaceUrl")));
    return Reply.ok();
  }
}
