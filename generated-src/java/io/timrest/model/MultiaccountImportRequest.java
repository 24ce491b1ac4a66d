// Generated from spec/openapi.yaml by templates/model.mustache. Do not edit: change the spec or
// the template and run `mvn generate-sources`.
package io.timrest.model;

import com.squareup.moshi.Json;
import com.squareup.moshi.JsonClass;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Up to 100 accounts, as `AccountList` (current) or as `Accounts` (older clients); one of the two.
 *
 * <p>Immutable: create one with {@link #builder()}, derive a changed copy with {@link #toBuilder()}.
 * Optional properties are {@link Optional}; lists are unmodifiable.
 */
@JsonClass(generateAdapter = true)
public final class MultiaccountImportRequest {

  @Json(name = "AccountList")
  final List<AccountImportRequest> accountList;
  @Json(name = "Accounts")
  final List<String> accounts;

  private MultiaccountImportRequest(Builder builder) {
    this.accountList = ModelSupport.unmodifiableCopy(builder.accountList);
    this.accounts = ModelSupport.unmodifiableCopy(builder.accounts);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * {@code AccountList} (optional): The accounts to import, with nickname and avatar.
   */
  public Optional<List<AccountImportRequest>> accountList() {
    return Optional.ofNullable(accountList);
  }

  /**
   * {@code Accounts} (optional): The UserIDs to import (the older request shape).
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

  /** Builds a {@link MultiaccountImportRequest}; {@link #build()} checks that every required property is set. */
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
     * Sets {@code AccountList} (optional; null leaves it out).
     * The list is copied; it must not contain null.
     */
    public Builder accountList(List<AccountImportRequest> accountList) {
      this.accountList = ModelSupport.copyWithoutNulls(accountList, "AccountList");
      return this;
    }

    /**
     * Sets {@code Accounts} (optional; null leaves it out).
     * The list is copied; it must not contain null.
     */
    public Builder accounts(List<String> accounts) {
      this.accounts = ModelSupport.copyWithoutNulls(accounts, "Accounts");
      return this;
    }

    /** Returns the immutable value; throws {@link IllegalStateException} naming a missing required property. */
    public MultiaccountImportRequest build() {
      return new MultiaccountImportRequest(this);
    }
  }
}

