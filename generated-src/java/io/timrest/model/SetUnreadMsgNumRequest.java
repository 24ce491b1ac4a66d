// Generated from spec/openapi.yaml by templates/model.mustache. Do not edit: change the spec or
// the template and run mvn generate-sources.
package io.timrest.model;

import io.timrest.TimValidationException;
import java.util.Objects;
import java.util.Optional;

/**
 * The body of {@code group_open_http_svc/set_unread_msg_num}: a member and its new unread count.
 *
 * <p>Immutable and thread-safe: create one with {@link #builder()}, derive a changed copy with
 * {@link #toBuilder()}. Optional properties are {@link Optional}; lists are unmodifiable and hold no
 * null. {@link #equals(Object)} compares every property. {@link Builder#build()} checks that the
 * required properties are set and numbers are finite; {@link #validate()} checks the spec's
 * other constraints, which the client does before sending a request (an answer from the server
 * is not held to them).
 */
public final class SetUnreadMsgNumRequest {
  /** The fewest UTF-8 bytes of {@code GroupId}: the spec's {@code minLength}, counted as the server counts. */
  public static final int GROUP_ID_MIN_LENGTH = 1;
  /** The most UTF-8 bytes of {@code GroupId}: the spec's {@code maxLength}, counted as the server counts. */
  public static final int GROUP_ID_MAX_LENGTH = 48;
  /** The fewest UTF-8 bytes of {@code Member_Account}: the spec's {@code minLength}, counted as the server counts. */
  public static final int MEMBER_ACCOUNT_MIN_LENGTH = 1;
  /** The most UTF-8 bytes of {@code Member_Account}: the spec's {@code maxLength}, counted as the server counts. */
  public static final int MEMBER_ACCOUNT_MAX_LENGTH = 32;
  /** The smallest {@code UnreadMsgNum}: the spec's {@code minimum}. */
  public static final int UNREAD_MSG_NUM_MINIMUM = 0;

  final String groupId;
  final String memberAccount;
  final Integer unreadMsgNum;

  private SetUnreadMsgNumRequest(Builder builder) {
    this.groupId = builder.groupId;
    this.memberAccount = builder.memberAccount;
    this.unreadMsgNum = builder.unreadMsgNum;
  }

  /**
   * Returns a new builder; {@link Builder#build()} requires
   * {@code GroupId}, {@code Member_Account} and {@code UnreadMsgNum}.
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
  public SetUnreadMsgNumRequest validate() {
    validateAt("");
    return this;
  }

  /** {@link #validate()} for a value at {@code at} (its path and a dot, or empty at the top). */
  void validateAt(String at) {
    ModelSupport.checkMinLength(groupId, GROUP_ID_MIN_LENGTH, at, "GroupId");
    ModelSupport.checkMaxLength(groupId, GROUP_ID_MAX_LENGTH, at, "GroupId");
    ModelSupport.checkMinLength(memberAccount, MEMBER_ACCOUNT_MIN_LENGTH, at, "Member_Account");
    ModelSupport.checkMaxLength(memberAccount, MEMBER_ACCOUNT_MAX_LENGTH, at, "Member_Account");
    ModelSupport.checkMinimum(unreadMsgNum, UNREAD_MSG_NUM_MINIMUM, at, "UnreadMsgNum");
  }

  /**
   * {@code GroupId} (required): A group ID: generated ones look like {@code @TGS#2J4SZEAEL}; custom ones are printable ASCII of at most 48 bytes.
   *
   * @return the value; never null, the property is required
   */
  public String groupId() {
    return groupId;
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
   * {@code UnreadMsgNum} (required): The member's unread message count; capped at the group's number of messages.
   *
   * @return the value; never null, the property is required
   */
  public int unreadMsgNum() {
    return unreadMsgNum;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof SetUnreadMsgNumRequest)) {
      return false;
    }
    SetUnreadMsgNumRequest other = (SetUnreadMsgNumRequest) o;
    return Objects.equals(groupId, other.groupId)
        && Objects.equals(memberAccount, other.memberAccount)
        && Objects.equals(unreadMsgNum, other.unreadMsgNum);
  }

  @Override
  public int hashCode() {
    return Objects.hash(groupId, memberAccount, unreadMsgNum);
  }

  @Override
  public String toString() {
    return new ModelSupport.ToString("SetUnreadMsgNumRequest")
        .add("GroupId", groupId)
        .add("Member_Account", memberAccount)
        .add("UnreadMsgNum", unreadMsgNum)
        .toString();
  }

  /**
   * Builds a {@link SetUnreadMsgNumRequest}: each setter checks its own argument, {@link #build()} checks that
   * every required property is set. Not thread-safe; a builder may be reused after {@code build()}.
   */
  public static final class Builder {
    String groupId;
    String memberAccount;
    Integer unreadMsgNum;

    private Builder() {
    }

    private Builder(SetUnreadMsgNumRequest source) {
      this.groupId = source.groupId;
      this.memberAccount = source.memberAccount;
      this.unreadMsgNum = source.unreadMsgNum;
    }

    /**
     * Sets {@code GroupId} (required): A group ID: generated ones look like {@code @TGS#2J4SZEAEL}; custom ones are printable ASCII of at most 48 bytes.
     *
     * @param groupId the value; not null
     * @return this builder
     * @throws NullPointerException if {@code groupId} is null; the message names the property
     */
    public Builder groupId(String groupId) {
      Objects.requireNonNull(groupId, "GroupId");
      this.groupId = groupId;
      return this;
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
     * Sets {@code UnreadMsgNum} (required): The member's unread message count; capped at the group's number of messages.
     *
     * @param unreadMsgNum the value; not null
     * @return this builder
     * @throws NullPointerException if {@code unreadMsgNum} is null; the message names the property
     */
    public Builder unreadMsgNum(Integer unreadMsgNum) {
      Objects.requireNonNull(unreadMsgNum, "UnreadMsgNum");
      this.unreadMsgNum = unreadMsgNum;
      return this;
    }

    /**
     * Builds the immutable {@code SetUnreadMsgNumRequest}.
     *
     * @return the new value
     * @throws TimValidationException if {@code GroupId}, {@code Member_Account} or {@code UnreadMsgNum} is not set
     *     (its {@code rule()} is {@code required})
     */
    public SetUnreadMsgNumRequest build() {
      ModelSupport.requirePresent(groupId, "SetUnreadMsgNumRequest", "GroupId");
      ModelSupport.requirePresent(memberAccount, "SetUnreadMsgNumRequest", "Member_Account");
      ModelSupport.requirePresent(unreadMsgNum, "SetUnreadMsgNumRequest", "UnreadMsgNum");
      return new SetUnreadMsgNumRequest(this);
    }
  }
}

