package io.timrest;

import java.util.Objects;

/**
 * What happened to one account of a {@code multiaccount_import} call: imported, unless the server
 * listed it in {@code FailAccounts}.
 *
 * @param index the account's position in the request's {@code AccountList} (or {@code Accounts})
 * @param userId the account's UserID
 * @param isImported whether the server imported it (re-importing an existing account counts as imported)
 */
public record AccountImportOutcome(int index, String userId, boolean isImported) implements ImportOutcome {
  /**
   * Pairs an account with its outcome; {@link TimRestClient#multiaccountImport} makes these.
   *
   * @param index the account's position in the request
   * @param userId the account's UserID
   * @param isImported whether the server imported it
   * @throws NullPointerException if {@code userId} is null
   */
  public AccountImportOutcome {
    Objects.requireNonNull(userId, "userId");
  }

  @Override
  public String toString() {
    return "account[" + index + "] (" + userId + "): " + (isImported ? "IMPORTED" : "FAILED");
  }
}
