// Generated from spec/openapi.yaml by templates/model.mustache. Do not edit: change the spec or
// the template and run mvn generate-sources.
package io.timrest.model;

import io.timrest.TimValidationException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A member to import, with when it joined.
 *
 * <p>Immutable and thread-safe: create one with {@link #builder()}, derive a changed copy with
 * {@link #toBuilder()}. Optional properties are {@link Optional}; lists are unmodifiable and hold no
 * null. {@link #equals(Object)} compares every property. {@link Builder#build()} checks that the
 * required properties are set and numbers are finite; {@link #validate()} checks the spec's
 * other constraints, which the client does before sending a request (an answer from the server
 * is not held to them).
 */
public final class ImportGroupMember {
  /** The fewest UTF-8 bytes of {@code Member_Account}: the spec's {@code minLength}, counted as the server counts. */
  public static final int MEMBER_ACCOUNT_MIN_LENGTH = 1;
  /** The most UTF-8 bytes of {@code Member_Account}: the spec's {@code maxLength}, counted as the server counts. */
  public static final int MEMBER_ACCOUNT_MAX_LENGTH = 32;
  /** The {@code Role} value {@code "Admin"}. */
  public static final String ROLE_ADMIN = "Admin";
  /** The values {@code Role} may take: the spec's {@code enum}. */
  public static final List<String> ROLE_VALUES = List.of(ROLE_ADMIN);
  /** The smallest {@code JoinTime}: the spec's {@code minimum}. */
  public static final long JOIN_TIME_MINIMUM = 0L;
  /** The smallest {@code UnreadMsgNum}: the spec's {@code minimum}. */
  public static final int UNREAD_MSG_NUM_MINIMUM = 0;

  final String memberAccount;
  final String role;
  final Long joinTime;
  final Integer unreadMsgNum;

  private ImportGroupMember(Builder builder) {
    this.memberAccount = builder.memberAccount;
    this.role = builder.role;
    this.joinTime = builder.joinTime;
    this.unreadMsgNum = builder.unreadMsgNum;
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
  public ImportGroupMember validate() {
    validateAt("");
    return this;
  }

  /** {@link #validate()} for a value at {@code at} (its path and a dot, or empty at the top). */
  void validateAt(String at) {
    ModelSupport.checkMinLength(memberAccount, MEMBER_ACCOUNT_MIN_LENGTH, at, "Member_Account");
    ModelSupport.checkMaxLength(memberAccount, MEMBER_ACCOUNT_MAX_LENGTH, at, "Member_Account");
    ModelSupport.checkEnum(role, ROLE_VALUES, at, "Role");
    ModelSupport.checkMinimum(joinTime, JOIN_TIME_MINIMUM, at, "JoinTime");
    ModelSupport.checkMinimum(unreadMsgNum, UNREAD_MSG_NUM_MINIMUM, at, "UnreadMsgNum");
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

  /**
   * {@code JoinTime} (optional): When the member joined, in Unix seconds; later than the group's creation time and earlier than now.
   *
   * @return the value, or empty when the property is absent
   */
  public Optional<Long> joinTime() {
    return Optional.ofNullable(joinTime);
  }

  /**
   * {@code UnreadMsgNum} (optional): The member's unread message count; capped at the group's number of messages.
   *
   * @return the value, or empty when the property is absent
   */
  public Optional<Integer> unreadMsgNum() {
    return Optional.ofNullable(unreadMsgNum);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof ImportGroupMember)) {
      return false;
    }
    ImportGroupMember other = (ImportGroupMember) o;
    return Objects.equals(memberAccount, other.memberAccount)
        && Objects.equals(role, other.role)
        && Objects.equals(joinTime, other.joinTime)
        && Objects.equals(unreadMsgNum, other.unreadMsgNum);
  }

  @Override
  public int hashCode() {
    return Objects.hash(memberAccount, role, joinTime, unreadMsgNum);
  }

  @Override
  public String toString() {
    return new ModelSupport.ToString("ImportGroupMember")
        .add("Member_Account", memberAccount)
        .add("Role", role)
        .add("JoinTime", joinTime)
        .add("UnreadMsgNum", unreadMsgNum)
        .toString();
  }

  /**
   * Builds a {@link ImportGroupMember}: each setter checks its own argument, {@link #build()} checks that
   * every required property is set. Not thread-safe; a builder may be reused after {@code build()}.
   */
  public static final class Builder {
    String memberAccount;
    String role;
    Long joinTime;
    Integer unreadMsgNum;

    private Builder() {
    }

    private Builder(ImportGroupMember source) {
      this.memberAccount = source.memberAccount;
      this.role = source.role;
      this.joinTime = source.joinTime;
      this.unreadMsgNum = source.unreadMsgNum;
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
     * Sets {@code JoinTime} (optional): When the member joined, in Unix seconds; later than the group's creation time and earlier than now.
     *
     * @param joinTime the value, or null to leave the property out
     * @return this builder
     */
    public Builder joinTime(Long joinTime) {
      this.joinTime = joinTime;
      return this;
    }

    /**
     * Sets {@code UnreadMsgNum} (optional): The member's unread message count; capped at the group's number of messages.
     *
     * @param unreadMsgNum the value, or null to leave the property out
     * @return this builder
     */
    public Builder unreadMsgNum(Integer unreadMsgNum) {
      this.unreadMsgNum = unreadMsgNum;
      return this;
    }

    /**
     * Builds the immutable {@code ImportGroupMember}.
     *
     * @return the new value
     * @throws TimValidationException if {@code Member_Account} is not set
     *     (its {@code rule()} is {@code required})
     */
    public ImportGroupMember build() {
      ModelSupport.requirePresent(memberAccount, "ImportGroupMember", "Member_Account");
      return new ImportGroupMember(this);
    }
  }
}

