// Generated from spec/openapi.yaml by templates/model.mustache. Do not edit: change the spec or
// the template and run `mvn generate-sources`.
package io.timrest.model;

import com.squareup.moshi.Json;
import com.squareup.moshi.JsonClass;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A member of a new group.
 *
 * <p>Immutable and thread-safe: create one with {@link #builder()}, derive a changed copy with
 * {@link #toBuilder()}. Optional properties are {@link Optional}; lists are unmodifiable and hold no
 * null. {@link #equals(Object)} compares every property.
 */
@JsonClass(generateAdapter = true)
public final class GroupMember {

  @Json(name = "Member_Account")
  final String memberAccount;
  @Json(name = "Role")
  final String role;

  private GroupMember(Builder builder) {
    this.memberAccount = builder.memberAccount;
    this.role = builder.role;
  }

  /**
   * Returns a new builder; {@link Builder#build()} requires
   * {@code Member_Account}.
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
   * {@code Role} (optional): The member's role, for example {@code Admin}.
   *
   * @return the value, or empty when the property is absent
   */
  public Optional<String> role() {
    return Optional.ofNullable(role);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof GroupMember)) {
      return false;
    }
    GroupMember other = (GroupMember) o;
    return Objects.equals(memberAccount, other.memberAccount)
        && Objects.equals(role, other.role);
  }

  @Override
  public int hashCode() {
    return Objects.hash(memberAccount, role);
  }

  @Override
  public String toString() {
    return new ModelSupport.ToString("GroupMember")
        .add("Member_Account", memberAccount)
        .add("Role", role)
        .toString();
  }

  /**
   * Builds a {@link GroupMember}: each setter checks its own argument, {@link #build()} checks that
   * every required property is set. Not thread-safe; a builder may be reused after {@code build()}.
   */
  public static final class Builder {
    String memberAccount;
    String role;

    private Builder() {
    }

    private Builder(GroupMember source) {
      this.memberAccount = source.memberAccount;
      this.role = source.role;
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
     * Sets {@code Role} (optional): The member's role, for example {@code Admin}.
     *
     * @param role the value, or null to leave the property out
     * @return this builder
     */
    public Builder role(String role) {
      this.role = role;
      return this;
    }

    /**
     * Builds the immutable {@code GroupMember}.
     *
     * @return the new value
     * @throws IllegalStateException if {@code Member_Account} is not set; the message names the missing property
     */
    public GroupMember build() {
      ModelSupport.requirePresent(memberAccount, "GroupMember", "Member_Account");
      return new GroupMember(this);
    }
  }
}

