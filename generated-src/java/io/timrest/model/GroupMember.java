// Generated from spec/openapi.yaml by templates/model.mustache. Do not edit: change the spec or
// the template and run `mvn generate-sources`.
package io.timrest.model;

import com.squareup.moshi.Json;
import com.squareup.moshi.JsonClass;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * <p>Immutable: create one with {@link #builder()}, derive a changed copy with {@link #toBuilder()}.
 * Optional properties are {@link Optional}; lists are unmodifiable.
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

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * {@code Member_Account} (required): The member's UserID.
   */
  public String memberAccount() {
    return memberAccount;
  }

  /**
   * {@code Role} (optional): The member's role, for example `Admin`.
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

  /** Builds a {@link GroupMember}; {@link #build()} checks that every required property is set. */
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
     * Sets {@code Member_Account} (required; must not be null).
     */
    public Builder memberAccount(String memberAccount) {
      Objects.requireNonNull(memberAccount, "Member_Account");
      this.memberAccount = memberAccount;
      return this;
    }

    /**
     * Sets {@code Role} (optional; null leaves it out).
     */
    public Builder role(String role) {
      this.role = role;
      return this;
    }

    /** Returns the immutable value; throws {@link IllegalStateException} naming a missing required property. */
    public GroupMember build() {
      ModelSupport.requirePresent(memberAccount, "GroupMember", "Member_Account");
      return new GroupMember(this);
    }
  }
}

