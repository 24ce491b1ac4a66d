// Generated from spec/openapi.yaml by templates/model.mustache. Do not edit: change the spec or
// the template and run `mvn generate-sources`.
package io.timrest.model;

import com.squareup.moshi.Json;
import com.squareup.moshi.JsonClass;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of importing one member.
 *
 * <p>Immutable and thread-safe: create one with {@link #builder()}, derive a changed copy with
 * {@link #toBuilder()}. Optional properties are {@link Optional}; lists are unmodifiable and hold no
 * null. {@link #equals(Object)} compares every property.
 */
@JsonClass(generateAdapter = true)
public final class ImportGroupMemberResult {

  @Json(name = "Member_Account")
  final String memberAccount;
  @Json(name = "Result")
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
     * @throws IllegalStateException if {@code Member_Account} or {@code Result} is not set; the message names the missing property
     */
    public ImportGroupMemberResult build() {
      ModelSupport.requirePresent(memberAccount, "ImportGroupMemberResult", "Member_Account");
      ModelSupport.requirePresent(result, "ImportGroupMemberResult", "Result");
      return new ImportGroupMemberResult(this);
    }
  }
}

