// Generated from spec/openapi.yaml by templates/model.mustache. Do not edit: change the spec or
// the template and run mvn generate-sources.
package io.timrest.model;

import io.timrest.TimValidationException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Up to 100 accounts, as {@code AccountList} (current) or as {@code Accounts} (older clients); one of the two.
 *
 * <p>Immutable and thread-safe: create one with {@link #builder()}, derive a changed copy with
 * {@link #toBuilder()}. Optional properties are {@link Optional}; lists are unmodifiable and hold no
 * null. {@link #equals(Object)} compares every property. {@link Builder#build()} checks that the
 * required properties are set and numbers are finite; {@link #validate()} checks the spec's
 * other constraints, which the client does before sending a request (an answer from the server
 * is not held to them).
 */
public final class MultiaccountImportRequest {
  /** The fewest elements of {@code AccountList}: the spec's {@code minItems}. */
  public static final int ACCOUNT_LIST_MIN_ITEMS = 1;
  /** The most elements of {@code AccountList}: the spec's {@code maxItems}. */
  public static final int ACCOUNT_LIST_MAX_ITEMS = 100;
  /** The fewest elements of {@code Accounts}: the spec's {@code minItems}. */
  public static final int ACCOUNTS_MIN_ITEMS = 1;
  /** The most elements of {@code Accounts}: the spec's {@code maxItems}. */
  public static final int ACCOUNTS_MAX_ITEMS = 100;

  final List<AccountImportRequest> accountList;
  final List<String> accounts;

  private MultiaccountImportRequest(Builder builder) {
    this.accountList = ModelSupport.unmodifiableCopy(builder.accountList);
    this.accounts = ModelSupport.unmodifiableCopy(builder.accounts);
  }

  /**
   * Returns a new builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding every property of this value, to build a changed copy; this value
   * stays as it is.
   *
   * @return a new builder initialised from this value
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * Checks the spec's constraints on every property of this value and of the values it holds
   * ({@code maxLength} and {@code minLength} in UTF-8 bytes, {@code enum}, {@code minimum},
   * {@code maximum}, {@code minItems}, {@code maxItems}). The client calls it before it sends a
   * request; an answer from the server is not checked, so that a value the server chose is never
   * refused.
   *
   * @return this value
   * @throws TimValidationException if a property breaks a constraint: {@code field()} is its JSON
   *     path, for example {@code MsgList[2].MsgBody[0].MsgContent.Text}, and {@code rule()} the
   *     spec's keyword
   */
  public MultiaccountImportRequest validate() {
    validateAt("");
    return this;
  }

  /** {@link #validate()} for a value at {@code at} (its path and a dot, or empty at the top). */
  void validateAt(String at) {
    ModelSupport.checkMinItems(accountList, ACCOUNT_LIST_MIN_ITEMS, at, "AccountList");
    ModelSupport.checkMaxItems(accountList, ACCOUNT_LIST_MAX_ITEMS, at, "AccountList");
    ModelSupport.validateEach(accountList, at, "AccountList");
    ModelSupport.checkMinItems(accounts, ACCOUNTS_MIN_ITEMS, at, "Accounts");
    ModelSupport.checkMaxItems(accounts, ACCOUNTS_MAX_ITEMS, at, "Accounts");
    ModelSupport.checkEachLength(accounts, 1, 32, at, "Accounts");
  }

  /**
   * {@code AccountList} (optional): The accounts to import, with nickname and avatar.
   *
   * @return the value (an unmodifiable list), or empty when the property is absent
   */
  public Optional<List<AccountImportRequest>> accountList() {
    return Optional.ofNullable(accountList);
  }

  /**
   * {@code Accounts} (optional): The UserIDs to import (the older request shape).
   *
   * @return the value (an unmodifiable list), or empty when the property is absent
   */
  public Optional<List<String>> accounts() {
    return Optional.ofNullable(accounts);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof MultiaccountImportRequest)) {
      return false;
    }
    MultiaccountImportRequest other = (MultiaccountImportRequest) o;
    return Objects.equals(accountList, other.accountList)
        && Objects.equals(accounts, other.accounts);
  }

  @Override
  public int hashCode() {
    return Objects.hash(accountList, accounts);
  }

  @Override
  public String toString() {
    return new ModelSupport.ToString("MultiaccountImportRequest")
        .add("AccountList", accountList)
        .add("Accounts", accounts)
        .toString();
  }

  /**
   * Builds a {@link MultiaccountImportRequest}: each setter checks its own argument, {@link #build()} checks that
   * every required property is set. Not thread-safe; a builder may be reused after {@code build()}.
   */
  public static final class Builder {
    List<AccountImportRequest> accountList;
    List<String> accounts;

    private Builder() {
    }

    private Builder(MultiaccountImportRequest source) {
      this.accountList = source.accountList;
      this.accounts = source.accounts;
    }

    /**
     * Sets {@code AccountList} (optional): The accounts to import, with nickname and avatar.
     * The list is copied: changing it afterwards does not change this builder.
     *
     * @param accountList the value, or null to leave the property out
     * @return this builder
     * @throws NullPointerException if {@code accountList} holds null; the message names the element
     */
    public Builder accountList(List<AccountImportRequest> accountList) {
      this.accountList = ModelSupport.copyWithoutNulls(accountList, "AccountList");
      return this;
    }

    /**
     * Sets {@code Accounts} (optional): The UserIDs to import (the older request shape).
     * The list is copied: changing it afterwards does not change this builder.
     *
     * @param accounts the value, or null to leave the property out
     * @return this builder
     * @throws NullPointerException if {@code accounts} holds null; the message names the element
     */
    public Builder accounts(List<String> accounts) {
      this.accounts = ModelSupport.copyWithoutNulls(accounts, "Accounts");
      return this;
    }

    /**
     * Builds the immutable {@code MultiaccountImportRequest}.
     *
     * @return the new value
     */
    public MultiaccountImportRequest build() {
      return new MultiaccountImportRequest(this);
    }
  }
}

