package io.timrest;

import io.timrest.model.AccountImportRequest;
import io.timrest.model.MultiaccountImportRequest;
import io.timrest.model.MultiaccountImportResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The checked outcome of {@code multiaccount_import}: one {@link AccountImportOutcome} per account
 * sent, in request order; an account is imported unless the server lists it in {@code FailAccounts}.
 */
public final class AccountImportResult extends TimResult {
  private final MultiaccountImportRequest request;
  private final MultiaccountImportResponse response;
  private final List<AccountImportOutcome> outcomes;

  private AccountImportResult(Exchange.Attempt attempt, MultiaccountImportRequest request, MultiaccountImportResponse response, List<AccountImportOutcome> outcomes) {
    super(attempt);
    this.request = request;
    this.response = response;
    this.outcomes = outcomes;
  }

  /**
   * Pairs {@code FailAccounts} with the accounts sent. A failed UserID that was not sent
   * contradicts the request and is a {@link TimTransportException}.
   */
  static AccountImportResult of(Exchange.Attempt attempt, MultiaccountImportRequest request, MultiaccountImportResponse response) {
    List<String> sent = userIds(request);
    Set<String> failed = new HashSet<>(response.failAccounts().orElse(List.of()));
    if (!sent.containsAll(failed)) {
      failed.removeAll(sent);
      throw new TimTransportException(
          attempt.operation(), "FailAccounts names " + failed.size() + " account(s) that were not sent", 0, null);
    }
    List<AccountImportOutcome> outcomes = new ArrayList<>(sent.size());
    for (int i = 0; i < sent.size(); i++) {
      outcomes.add(new AccountImportOutcome(i, sent.get(i), !failed.contains(sent.get(i))));
    }
    return new AccountImportResult(attempt, request, response, Collections.unmodifiableList(outcomes));
  }

  /** The UserIDs of a request, from whichever of its two shapes it uses. */
  static List<String> userIds(MultiaccountImportRequest request) {
    return request.accountList()
        .map(list -> list.stream().map(AccountImportRequest::userID).collect(Collectors.toList()))
        .orElseGet(() -> request.accounts().orElse(List.of()));
  }

  /**
   * Every account's outcome, in request order.
   *
   * @return an unmodifiable list with one outcome per account sent
   */
  public List<AccountImportOutcome> outcomes() {
    return outcomes;
  }

  /**
   * The accounts the server did not import.
   *
   * @return an unmodifiable list in request order; empty when every account was imported
   */
  public List<AccountImportOutcome> failed() {
    return outcomes.stream().filter(o -> !o.isImported()).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Whether every account was imported.
   *
   * @return true when {@link #failed()} is empty
   */
  public boolean allImported() {
    return outcomes.stream().allMatch(AccountImportOutcome::isImported);
  }

  /**
   * Returns this result if every account was imported.
   *
   * @return this result
   * @throws TimImportException if an account was not imported; it lists exactly the failed ones
   */
  public AccountImportResult requireAllImported() {
    List<AccountImportOutcome> failed = failed();
    if (!failed.isEmpty()) {
      throw new TimImportException(failed.size() + " account(s) not imported", failed);
    }
    return this;
  }

  /**
   * The request as sent.
   *
   * @return the request
   */
  public MultiaccountImportRequest request() {
    return request;
  }

  /**
   * The server's response, as received.
   *
   * @return the response, its {@code FailAccounts} included
   */
  public MultiaccountImportResponse response() {
    return response;
  }

  @Override
  public String toString() {
    return "AccountImportResult[" + outcomes + "]";
  }
}
