// Generated from spec/openapi.yaml by templates/model.mustache. Do not edit: change the spec or
// the template and run `mvn generate-sources`.
package io.timrest.model;

import com.squareup.moshi.Json;
import com.squareup.moshi.JsonClass;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The body of {@code group_open_http_svc/set_unread_msg_num}: a member and its new unread count.
 *
 * <p>Immutable and thread-safe: create one with {@link #builder()}, derive a changed copy with
 * {@link #toBuilder()}. Optional properties are {@link Optional}; lists are unmodifiable and hold no
 * null. {@link #equals(Object)} compares every property.
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
     * @throws IllegalStateException if {@code GroupId}, {@code Member_Account} or {@code UnreadMsgNum} is not set; the message names the missing property
     */
    public SetUnreadMsgNumRequest build() {
      ModelSupport.requirePresent(groupId, "SetUnreadMsgNumRequest", "GroupId");
      ModelSupport.requirePresent(memberAccount, "SetUnreadMsgNumRequest", "Member_Account");
      ModelSupport.requirePresent(unreadMsgNum, "SetUnreadMsgNumRequest", "UnreadMsgNum");
      return new SetUnreadMsgNumRequest(this);
    }
  }
}

