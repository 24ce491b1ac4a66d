// Generated from spec/openapi.yaml by templates/model.mustache. Do not edit: change the spec or
// the template and run mvn generate-sources.
package io.timrest.model;

import io.timrest.TimValidationException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The body of {@code group_open_http_svc/send_group_msg}: the message and its group.
 *
 * <p>Immutable and thread-safe: create one with {@link #builder()}, derive a changed copy with
 * {@link #toBuilder()}. Optional properties are {@link Optional}; lists are unmodifiable and hold no
 * null. {@link #equals(Object)} compares every property. {@link Builder#build()} checks that the
 * required properties are set and numbers are finite; {@link #validate()} checks the spec's
 * other constraints, which the client does before sending a request (an answer from the server
 * is not held to them).
 */
public final class SendGroupMsgRequest {
  /** The fewest UTF-8 bytes of {@code GroupId}: the spec's {@code minLength}, counted as the server counts. */
  public static final int GROUP_ID_MIN_LENGTH = 1;
  /** The most UTF-8 bytes of {@code GroupId}: the spec's {@code maxLength}, counted as the server counts. */
  public static final int GROUP_ID_MAX_LENGTH = 48;
  /** The smallest {@code Random}: the spec's {@code minimum}. */
  public static final long RANDOM_MINIMUM = 0L;
  /** The largest {@code Random}: the spec's {@code maximum}. */
  public static final long RANDOM_MAXIMUM = 4294967295L;
  /** The fewest elements of {@code MsgBody}: the spec's {@code minItems}. */
  public static final int MSG_BODY_MIN_ITEMS = 1;
  /** The fewest UTF-8 bytes of {@code From_Account}: the spec's {@code minLength}, counted as the server counts. */
  public static final int FROM_ACCOUNT_MIN_LENGTH = 1;
  /** The most UTF-8 bytes of {@code From_Account}: the spec's {@code maxLength}, counted as the server counts. */
  public static final int FROM_ACCOUNT_MAX_LENGTH = 32;
  /** The values {@code OnlineOnlyFlag} may take: the spec's {@code enum}. */
  public static final List<Integer> ONLINE_ONLY_FLAG_VALUES = List.of(0, 1);

  final String groupId;
  final Long random;
  final List<MsgElement> msgBody;
  final String fromAccount;
  final String cloudCustomData;
  final Integer onlineOnlyFlag;
  final List<String> sendMsgControl;
  final OfflinePushInfo offlinePushInfo;
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

  /**
   * Returns a new builder; {@link Builder#build()} requires
   * {@code GroupId} and {@code MsgBody}.
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
  public SendGroupMsgRequest validate() {
    validateAt("");
    return this;
  }

  /** {@link #validate()} for a value at {@code at} (its path and a dot, or empty at the top). */
  void validateAt(String at) {
    ModelSupport.checkMinLength(groupId, GROUP_ID_MIN_LENGTH, at, "GroupId");
    ModelSupport.checkMaxLength(groupId, GROUP_ID_MAX_LENGTH, at, "GroupId");
    ModelSupport.checkMinimum(random, RANDOM_MINIMUM, at, "Random");
    ModelSupport.checkMaximum(random, RANDOM_MAXIMUM, at, "Random");
    ModelSupport.checkMinItems(msgBody, MSG_BODY_MIN_ITEMS, at, "MsgBody");
    ModelSupport.validateEach(msgBody, at, "MsgBody");
    ModelSupport.checkMinLength(fromAccount, FROM_ACCOUNT_MIN_LENGTH, at, "From_Account");
    ModelSupport.checkMaxLength(fromAccount, FROM_ACCOUNT_MAX_LENGTH, at, "From_Account");
    ModelSupport.checkEnum(onlineOnlyFlag, ONLINE_ONLY_FLAG_VALUES, at, "OnlineOnlyFlag");
    ModelSupport.checkEachLength(sendMsgControl, 0, Integer.MAX_VALUE, at, "SendMsgControl");
    if (offlinePushInfo != null) {
      ModelSupport.validateNested(offlinePushInfo, at + "OfflinePushInfo.");
    }
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
   * {@code Random} (optional): An unsigned 32-bit number that de-duplicates the message (five minutes per group). The server requires it; a client may leave it to its library to fill in, once, before the first attempt, so that every retry carries the same value.
   *
   * @return the value, or empty when the property is absent
   */
  public Optional<Long> random() {
    return Optional.ofNullable(random);
  }

  /**
   * {@code MsgBody} (required): The message content, an array of message elements. At most one {@code TIMCustomElem} per message; the serialized body is limited to 12 KB.
   *
   * @return the value, an unmodifiable list; never null, the property is required
   */
  public List<MsgElement> msgBody() {
    return msgBody;
  }

  /**
   * {@code From_Account} (optional): The sender's UserID; the App admin when absent.
   *
   * @return the value, or empty when the property is absent
   */
  public Optional<String> fromAccount() {
    return Optional.ofNullable(fromAccount);
  }

  /**
   * {@code CloudCustomData} (optional): Custom data kept in the cloud with the message and delivered to the receiver; it can be pulled again after the app is reinstalled.
   *
   * @return the value, or empty when the property is absent
   */
  public Optional<String> cloudCustomData() {
    return Optional.ofNullable(cloudCustomData);
  }

  /**
   * {@code OnlineOnlyFlag} (optional): 1 delivers the message to online members only and does not store it; 0 (the default) stores it.
   *
   * @return the value, or empty when the property is absent
   */
  public Optional<Integer> onlineOnlyFlag() {
    return Optional.ofNullable(onlineOnlyFlag);
  }

  /**
   * {@code SendMsgControl} (optional): Delivery controls: NoUnread, NoLastMsg, WithMuteNotifications.
   *
   * @return the value (an unmodifiable list), or empty when the property is absent
   */
  public Optional<List<String>> sendMsgControl() {
    return Optional.ofNullable(sendMsgControl);
  }

  /**
   * {@code OfflinePushInfo} (optional): the {@link OfflinePushInfo}.
   *
   * @return the value, or empty when the property is absent
   */
  public Optional<OfflinePushInfo> offlinePushInfo() {
    return Optional.ofNullable(offlinePushInfo);
  }

  /**
   * {@code TopicId} (optional): ID of a topic; applies only to topic-enabled Community groups.
   *
   * @return the value, or empty when the property is absent
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

  /**
   * Builds a {@link SendGroupMsgRequest}: each setter checks its own argument, {@link #build()} checks that
   * every required property is set. Not thread-safe; a builder may be reused after {@code build()}.
   */
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
     * Sets {@code Random} (optional): An unsigned 32-bit number that de-duplicates the message (five minutes per group). The server requires it; a client may leave it to its library to fill in, once, before the first attempt, so that every retry carries the same value.
     *
     * @param random the value, or null to leave the property out
     * @return this builder
     */
    public Builder random(Long random) {
      this.random = random;
      return this;
    }

    /**
     * Sets {@code MsgBody} (required): The message content, an array of message elements. At most one {@code TIMCustomElem} per message; the serialized body is limited to 12 KB.
     * The list is copied: changing it afterwards does not change this builder.
     *
     * @param msgBody the value; not null
     * @return this builder
     * @throws NullPointerException if {@code msgBody} is null or holds null; the message names the property
     */
    public Builder msgBody(List<MsgElement> msgBody) {
      Objects.requireNonNull(msgBody, "MsgBody");
      this.msgBody = ModelSupport.copyWithoutNulls(msgBody, "MsgBody");
      return this;
    }

    /**
     * Sets {@code From_Account} (optional): The sender's UserID; the App admin when absent.
     *
     * @param fromAccount the value, or null to leave the property out
     * @return this builder
     */
    public Builder fromAccount(String fromAccount) {
      this.fromAccount = fromAccount;
      return this;
    }

    /**
     * Sets {@code CloudCustomData} (optional): Custom data kept in the cloud with the message and delivered to the receiver; it can be pulled again after the app is reinstalled.
     *
     * @param cloudCustomData the value, or null to leave the property out
     * @return this builder
     */
    public Builder cloudCustomData(String cloudCustomData) {
      this.cloudCustomData = cloudCustomData;
      return this;
    }

    /**
     * Sets {@code OnlineOnlyFlag} (optional): 1 delivers the message to online members only and does not store it; 0 (the default) stores it.
     *
     * @param onlineOnlyFlag the value, or null to leave the property out
     * @return this builder
     */
    public Builder onlineOnlyFlag(Integer onlineOnlyFlag) {
      this.onlineOnlyFlag = onlineOnlyFlag;
      return this;
    }

    /**
     * Sets {@code SendMsgControl} (optional): Delivery controls: NoUnread, NoLastMsg, WithMuteNotifications.
     * The list is copied: changing it afterwards does not change this builder.
     *
     * @param sendMsgControl the value, or null to leave the property out
     * @return this builder
     * @throws NullPointerException if {@code sendMsgControl} holds null; the message names the element
     */
    public Builder sendMsgControl(List<String> sendMsgControl) {
      this.sendMsgControl = ModelSupport.copyWithoutNulls(sendMsgControl, "SendMsgControl");
      return this;
    }

    /**
     * Sets {@code OfflinePushInfo} (optional): the {@link OfflinePushInfo}.
     *
     * @param offlinePushInfo the value, or null to leave the property out
     * @return this builder
     */
    public Builder offlinePushInfo(OfflinePushInfo offlinePushInfo) {
      this.offlinePushInfo = offlinePushInfo;
      return this;
    }

    /**
     * Sets {@code TopicId} (optional): ID of a topic; applies only to topic-enabled Community groups.
     *
     * @param topicId the value, or null to leave the property out
     * @return this builder
     */
    public Builder topicId(String topicId) {
      this.topicId = topicId;
      return this;
    }

    /**
     * Builds the immutable {@code SendGroupMsgRequest}.
     *
     * @return the new value
     * @throws TimValidationException if {@code GroupId} or {@code MsgBody} is not set
     *     (its {@code rule()} is {@code required})
     */
    public SendGroupMsgRequest build() {
      ModelSupport.requirePresent(groupId, "SendGroupMsgRequest", "GroupId");
      ModelSupport.requirePresent(msgBody, "SendGroupMsgRequest", "MsgBody");
      return new SendGroupMsgRequest(this);
    }
  }
}

