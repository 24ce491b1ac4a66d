// Generated from spec/openapi.yaml by templates/model.mustache. Do not edit: change the spec or
// the template and run mvn generate-sources.
package io.timrest.model;

import io.timrest.TimValidationException;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of importing one member.
 *
 * <p>Immutable and thread-safe: create one with {@link #builder()}, derive a changed copy with
 * {@link #toBuilder()}. Optional properties are {@link Optional}; lists are unmodifiable and hold no
 * null. {@link #equals(Object)} compares every property. {@link Builder#build()} checks that the
 * required properties are set and numbers are finite; {@link #validate()} checks the spec's
 * other constraints, which the client does before sending a request (an answer from the server
 * is not held to them).
 */
public final class ImportGroupMemberResult {
  final String memberAccount;
  final Integer result;

  private ImportGroupMemberResult(Builder builder) {
    this.memberAccount = builder.memberAccount;
    this.result = builder.result;
  }

  /**
   * Returns a new builder; {@link Builder#build()} requires
   * {@code Member_Account} and {@code Result}.
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
  public ImportGroupMemberResult validate() {
    validateAt("");
    return this;
  }

  /** {@link #validate()} for a value at {@code at} (its path and a dot, or empty at the top). */
  void validateAt(String at) {
  }

  /**
   * {@code Member_Account} (required): The member's UserID.
   *
   * @return the value; never null, the property is required
   */
  public String memberAccount() {
    return memberAccount;
  }

  /**
   * {@code Result} (required): 0: not imported; 1: imported; 2: already a member of the group.
   *
   * @return the value; never null, the property is required
   */
  public int result() {
    return result;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof ImportGroupMemberResult)) {
      return false;
    }
    ImportGroupMemberResult other = (ImportGroupMemberResult) o;
    return Objects.equals(memberAccount, other.memberAccount)
        && Objects.equals(result, other.result);
  }

  @Override
  public int hashCode() {
    return Objects.hash(memberAccount, result);
  }

  @Override
  public String toString() {
    return new ModelSupport.ToString("ImportGroupMemberResult")
        .add("Member_Account", memberAccount)
        .add("Result", result)
        .toString();
  }

  /**
   * Builds a {@link ImportGroupMemberResult}: each setter checks its own argument, {@link #build()} checks that
   * every required property is set. Not thread-safe; a builder may be reused after {@code build()}.
   */
  public static final class Builder {
    String memberAccount;
    Integer result;

    private Builder() {
    }

    private Builder(ImportGroupMemberResult source) {
      this.memberAccount = source.memberAccount;
      this.result = source.result;
    }

    /**
     * Sets {@code Member_Account} (required): The member's UserID.
     *
     * @param memberAccount the value; not null
     * @return this builder
     * @throws NullPointerException if {@code memberAccount} is null; the message names the property
     */
    public Builder memberAccount(String memberAccount) {
      Objects.requireNonNull(memberAccount, "Member_Account");
      this.memberAccount = memberAccount;
      return this;
    }

    /**
     * Sets {@code Result} (required): 0: not imported; 1: imported; 2: already a member of the group.
     *
     * @param result the value; not null
     * @return this builder
     * @throws NullPointerException if {@code result} is null; the message names the property
     */
    public Builder result(Integer result) {
      Objects.requireNonNull(result, "Result");
      this.result = result;
      return this;
    }

    /**
     * Builds the immutable {@code ImportGroupMemberResult}.
     *
     * @return the new value
     * @throws TimValidationException if {@code Member_Account} or {@code Result} is not set
     *     (its {@code rule()} is {@code required})
     */
    public ImportGroupMemberResult build() {
      ModelSupport.requirePresent(memberAccount, "ImportGroupMemberResult", "Member_Account");
      ModelSupport.requirePresent(result, "ImportGroupMemberResult", "Result");
      return new ImportGroupMemberResult(this);
    }
  }
}

