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
public final class SendGroupMsgRequest {

  @Json(name = "GroupId")
  final String groupId;
  @Json(name = "Random")
  final Long random;
  @Json(name = "MsgBody")
  final List<MsgElement> msgBody;
  @Json(name = "From_Account")
  final String fromAccount;
  @Json(name = "CloudCustomData")
  final String cloudCustomData;
  @Json(name = "OnlineOnlyFlag")
  final Integer onlineOnlyFlag;
  @Json(name = "SendMsgControl")
  final List<String> sendMsgControl;
  @Json(name = "OfflinePushInfo")
  final OfflinePushInfo offlinePushInfo;
  @Json(name = "TopicId")
  final String topicId;

  private SendGroupMsgRequest(Builder builder) {
    this.groupId = builder.groupId;
    this.random = builder.random;
    this.msgBody = ModelSupport.unmodifiableCopy(builder.msgBody);
    this.fromAccount = builder.fromAccount;
    this.cloudCustomData = builder.cloudCustomData;
    this.onlineOnlyFlag = builder.onlineOnlyFlag;
    this.sendMsgControl = ModelSupport.unmodifiableCopy(builder.sendMsgControl);
    this.offlinePushInfo = builder.offlinePushInfo;
    this.topicId = builder.topicId;
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
   * {@code Random} (required): An unsigned 32-bit number that de-duplicates the message (five minutes per group).
   */
  public long random() {
    return random;
  }

  /**
   * {@code MsgBody} (required): The message content, an array of message elements. At most one `TIMCustomElem` per message; the serialized body is limited to 12 KB.
   */
  public List<MsgElement> msgBody() {
    return msgBody;
  }

  /**
   * {@code From_Account} (optional): The sender's UserID; the App admin when absent.
   */
  public Optional<String> fromAccount() {
    return Optional.ofNullable(fromAccount);
  }

  /**
   * {@code CloudCustomData} (optional): Custom data kept in the cloud with the message and delivered to the receiver; it can be pulled again after the app is reinstalled.
   */
  public Optional<String> cloudCustomData() {
    return Optional.ofNullable(cloudCustomData);
  }

  /**
   * {@code OnlineOnlyFlag} (optional): 1 delivers the message to online members only and does not store it.
   */
  public Optional<Integer> onlineOnlyFlag() {
    return Optional.ofNullable(onlineOnlyFlag);
  }

  /**
   * {@code SendMsgControl} (optional): Delivery controls: NoUnread, NoLastMsg, WithMuteNotifications.
   */
  public Optional<List<String>> sendMsgControl() {
    return Optional.ofNullable(sendMsgControl);
  }

  /**
   * {@code OfflinePushInfo} (optional)
   */
  public Optional<OfflinePushInfo> offlinePushInfo() {
    return Optional.ofNullable(offlinePushInfo);
  }

  /**
   * {@code TopicId} (optional): ID of a topic; applies only to topic-enabled Community groups.
   */
  public Optional<String> topicId() {
    return Optional.ofNullable(topicId);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof SendGroupMsgRequest)) {
      return false;
    }
    SendGroupMsgRequest other = (SendGroupMsgRequest) o;
    return Objects.equals(groupId, other.groupId)
        && Objects.equals(random, other.random)
        && Objects.equals(msgBody, other.msgBody)
        && Objects.equals(fromAccount, other.fromAccount)
        && Objects.equals(cloudCustomData, other.cloudCustomData)
        && Objects.equals(onlineOnlyFlag, other.onlineOnlyFlag)
        && Objects.equals(sendMsgControl, other.sendMsgControl)
        && Objects.equals(offlinePushInfo, other.offlinePushInfo)
        && Objects.equals(topicId, other.topicId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(groupId, random, msgBody, fromAccount, cloudCustomData, onlineOnlyFlag, sendMsgControl, offlinePushInfo, topicId);
  }

  @Override
  public String toString() {
    return new ModelSupport.ToString("SendGroupMsgRequest")
        .add("GroupId", groupId)
        .add("Random", random)
        .add("MsgBody", msgBody)
        .add("From_Account", fromAccount)
        .add("CloudCustomData", cloudCustomData)
        .add("OnlineOnlyFlag", onlineOnlyFlag)
        .add("SendMsgControl", sendMsgControl)
        .add("OfflinePushInfo", offlinePushInfo)
        .add("TopicId", topicId)
        .toString();
  }

  /** Builds a {@link SendGroupMsgRequest}; {@link #build()} checks that every required property is set. */
  public static final class Builder {
    String groupId;
    Long random;
    List<MsgElement> msgBody;
    String fromAccount;
    String cloudCustomData;
    Integer onlineOnlyFlag;
    List<String> sendMsgControl;
    OfflinePushInfo offlinePushInfo;
    String topicId;

    private Builder() {
    }

    private Builder(SendGroupMsgRequest source) {
      this.groupId = source.groupId;
      this.random = source.random;
      this.msgBody = source.msgBody;
      this.fromAccount = source.fromAccount;
      this.cloudCustomData = source.cloudCustomData;
      this.onlineOnlyFlag = source.onlineOnlyFlag;
      this.sendMsgControl = source.sendMsgControl;
      this.offlinePushInfo = source.offlinePushInfo;
      this.topicId = source.topicId;
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
     * Sets {@code Random} (required; must not be null).
     */
    public Builder random(Long random) {
      Objects.requireNonNull(random, "Random");
      this.random = random;
      return this;
    }

    /**
     * Sets {@code MsgBody} (required; must not be null).
     * The list is copied; it must not contain null.
     */
    public Builder msgBody(List<MsgElement> msgBody) {
      Objects.requireNonNull(msgBody, "MsgBody");
      this.msgBody = ModelSupport.copyWithoutNulls(msgBody, "MsgBody");
      return this;
    }

    /**
     * Sets {@code From_Account} (optional; null leaves it out).
     */
    public Builder fromAccount(String fromAccount) {
      this.fromAccount = fromAccount;
      return this;
    }

    /**
     * Sets {@code CloudCustomData} (optional; null leaves it out).
     */
    public Builder cloudCustomData(String cloudCustomData) {
      this.cloudCustomData = cloudCustomData;
      return this;
    }

    /**
     * Sets {@code OnlineOnlyFlag} (optional; null leaves it out).
     */
    public Builder onlineOnlyFlag(Integer onlineOnlyFlag) {
      this.onlineOnlyFlag = onlineOnlyFlag;
      return this;
    }

    /**
     * Sets {@code SendMsgControl} (optional; null leaves it out).
     * The list is copied; it must not contain null.
     */
    public Builder sendMsgControl(List<String> sendMsgControl) {
      this.sendMsgControl = ModelSupport.copyWithoutNulls(sendMsgControl, "SendMsgControl");
      return this;
    }

    /**
     * Sets {@code OfflinePushInfo} (optional; null leaves it out).
     */
    public Builder offlinePushInfo(OfflinePushInfo offlinePushInfo) {
      this.offlinePushInfo = offlinePushInfo;
      return this;
    }

    /**
     * Sets {@code TopicId} (optional; null leaves it out).
     */
    public Builder topicId(String topicId) {
      this.topicId = topicId;
      return this;
    }

    /** Returns the immutable value; throws {@link IllegalStateException} naming a missing required property. */
    public SendGroupMsgRequest build() {
      ModelSupport.requirePresent(groupId, "SendGroupMsgRequest", "GroupId");
      ModelSupport.requirePresent(random, "SendGroupMsgRequest", "Random");
      ModelSupport.requirePresent(msgBody, "SendGroupMsgRequest", "MsgBody");
      return new SendGroupMsgRequest(this);
    }
  }
}

