// Generated from spec/openapi.yaml by templates/model.mustache. Do not edit: change the spec or
// the template and run mvn generate-sources.
package io.timrest.model;

import io.timrest.TimValidationException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A member of a new group.
 *
 * <p>Immutable and thread-safe: create one with {@link #builder()}, derive a changed copy with
 * {@link #toBuilder()}. Optional properties are {@link Optional}; lists are unmodifiable and hold no
 * null. {@link #equals(Object)} compares every property. {@link Builder#build()} checks that the
 * required properties are set and numbers are finite; {@link #validate()} checks the spec's
 * other constraints, which the client does before sending a request (an answer from the server
 * is not held to them).
 */
public final class GroupMember {
  /** The fewest UTF-8 bytes of {@code Member_Account}: the spec's {@code minLength}, counted as the server counts. */
  public static final int MEMBER_ACCOUNT_MIN_LENGTH = 1;
  /** The most UTF-8 bytes of {@code Member_Account}: the spec's {@code maxLength}, counted as the server counts. */
  public static final int MEMBER_ACCOUNT_MAX_LENGTH = 32;
  /** The {@code Role} value {@code "Admin"}. */
  public static final String ROLE_ADMIN = "Admin";
  /** The values {@code Role} may take: the spec's {@code enum}. */
  public static final List<String> ROLE_VALUES = List.of(ROLE_ADMIN);

  final String memberAccount;
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
  public GroupMember validate() {
    validateAt("");
    return this;
  }

  /** {@link #validate()} for a value at {@code at} (its path and a dot, or empty at the top). */
  void validateAt(String at) {
    ModelSupport.checkMinLength(memberAccount, MEMBER_ACCOUNT_MIN_LENGTH, at, "Member_Account");
    ModelSupport.checkMaxLength(memberAccount, MEMBER_ACCOUNT_MAX_LENGTH, at, "Member_Account");
    ModelSupport.checkEnum(role, ROLE_VALUES, at, "Role");
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
   * {@code Role} (optional): {@code Admin} for an administrator; absent for an ordinary member. Always {@code "Admin"}.
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
     * Sets {@code Role} (optional): {@code Admin} for an administrator; absent for an ordinary member.
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
     * @throws TimValidationException if {@code Member_Account} is not set
     *     (its {@code rule()} is {@code required})
     */
    public GroupMember build() {
      ModelSupport.requirePresent(memberAccount, "GroupMember", "Member_Account");
      return new GroupMember(this);
    }
  }
}

