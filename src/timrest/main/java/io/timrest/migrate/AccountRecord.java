package io.timrest.migrate;

import io.timrest.model.AccountImportRequest;
import java.util.Objects;

/**
 * An {@code account} record.
 *
 * @param line the record's line, from 1
 * @param account the account, as {@code account_import} takes it
 */
record AccountRecord(long line, AccountImportRequest account) implements HistoryRecord {
  AccountRecord {
    Objects.requireNonNull(account, "account");
  }

  @Override
  public RecordType type() {
    return RecordType.ACCOUNT;
  }
}
