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
public final class SetUnreadMsgNumRequest {

  @Json(name = "GroupId")
  final String groupId;
  @Json(name = "Member_Account")
  final String memberAccount;
  @Json(name = "UnreadMsgNum")
  final Integer unreadMsgNum;

  private SetUnreadMsgNumRequest(Builder builder) {
    this.groupId = builder.groupId;
    this.memberAccount = builder.memberAccount;
    this.unreadMsgNum = builder.unreadMsgNum;
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * {@code GroupId} (required): A group ID: generated ones look like `@TGS#2J4SZEAEL`; custom ones are printable ASCII of at most 48 bytes.
   */
  public String groupId() {
    return groupId;
  }

  /**
   * {@code Member_Account} (required): The member's UserID.
   */
  public String memberAccount() {
    return memberAccount;
  }

  /**
   * {@code UnreadMsgNum} (required): The member's unread message count; capped at the group's number of messages.
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

  /** Builds a {@link SetUnreadMsgNumRequest}; {@link #build()} checks that every required property is set. */
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
     * Sets {@code GroupId} (required; must not be null).
     */
    public Builder groupId(String groupId) {
      Objects.requireNonNull(groupId, "GroupId");
      this.groupId = groupId;
      return this;
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
     * Sets {@code UnreadMsgNum} (required; must not be null).
     */
    public Builder unreadMsgNum(Integer unreadMsgNum) {
      Objects.requireNonNull(unreadMsgNum, "UnreadMsgNum");
      this.unreadMsgNum = unreadMsgNum;
      return this;
    }

    /** Returns the immutable value; throws {@link IllegalStateException} naming a missing required property. */
    public SetUnreadMsgNumRequest build() {
      ModelSupport.requirePresent(groupId, "SetUnreadMsgNumRequest", "GroupId");
      ModelSupport.requirePresent(memberAccount, "SetUnreadMsgNumRequest", "Member_Account");
      ModelSupport.requirePresent(unreadMsgNum, "SetUnreadMsgNumRequest", "UnreadMsgNum");
      return new SetUnreadMsgNumRequest(this);
    }
  }
}

