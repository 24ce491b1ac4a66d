// Generated from spec/openapi.yaml by templates/model.mustache. Do not edit: change the spec or
// the template and run `mvn generate-sources`.
package io.timrest.model;

import com.squareup.moshi.Json;
import com.squareup.moshi.JsonClass;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Identifies a group message and the fields to overwrite. At least one of `MsgBody` and `CloudCustomData` is required.
 *
 * <p>Immutable: create one with {@link #builder()}, derive a changed copy with {@link #toBuilder()}.
 * Optional properties are {@link Optional}; lists are unmodifiable.
 */
@JsonClass(generateAdapter = true)
public final class ModifyGroupMsgRequest {

  @Json(name = "GroupId")
  final String groupId;
  @Json(name = "MsgSeq")
  final Long msgSeq;
  @Json(name = "MsgBody")
  final List<MsgElement> msgBody;
  @Json(name = "CloudCustomData")
  final String cloudCustomData;
  @Json(name = "TopicId")
  final String topicId;

  private ModifyGroupMsgRequest(Builder builder) {
    this.groupId = builder.groupId;
    this.msgSeq = builder.msgSeq;
    this.msgBody = ModelSupport.unmodifiableCopy(builder.msgBody);
    this.cloudCustomData = builder.cloudCustomData;
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
   * {@code MsgSeq} (required): Sequence number of the message to modify (assigned per group by the server, from 1).
   */
  public long msgSeq() {
    return msgSeq;
  }

  /**
   * {@code MsgBody} (optional): The message content, an array of message elements. At most one `TIMCustomElem` per message; the serialized body is limited to 12 KB.
   */
  public Optional<List<MsgElement>> msgBody() {
    return Optional.ofNullable(msgBody);
  }

  /**
   * {@code CloudCustomData} (optional): Custom data kept in the cloud with the message and delivered to the receiver; it can be pulled again after the app is reinstalled.
   */
  public Optional<String> cloudCustomData() {
    return Optional.ofNullable(cloudCustomData);
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
    if (!(o instanceof ModifyGroupMsgRequest)) {
      return false;
    }
    ModifyGroupMsgRequest other = (ModifyGroupMsgRequest) o;
    return Objects.equals(groupId, other.groupId)
        && Objects.equals(msgSeq, other.msgSeq)
        && Objects.equals(msgBody, other.msgBody)
        && Objects.equals(cloudCustomData, other.cloudCustomData)
        && Objects.equals(topicId, other.topicId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(groupId, msgSeq, msgBody, cloudCustomData, topicId);
  }

  @Override
  public String toString() {
    return new ModelSupport.ToString("ModifyGroupMsgRequest")
        .add("GroupId", groupId)
        .add("MsgSeq", msgSeq)
        .add("MsgBody", msgBody)
        .add("CloudCustomData", cloudCustomData)
        .add("TopicId", topicId)
        .toString();
  }

  /** Builds a {@link ModifyGroupMsgRequest}; {@link #build()} checks that every required property is set. */
  public static final class Builder {
    String groupId;
    Long msgSeq;
    List<MsgElement> msgBody;
    String cloudCustomData;
    String topicId;

    private Builder() {
    }

    private Builder(ModifyGroupMsgRequest source) {
      this.groupId = source.groupId;
      this.msgSeq = source.msgSeq;
      this.msgBody = source.msgBody;
      this.cloudCustomData = source.cloudCustomData;
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
     * Sets {@code MsgSeq} (required; must not be null).
     */
    public Builder msgSeq(Long msgSeq) {
      Objects.requireNonNull(msgSeq, "MsgSeq");
      this.msgSeq = msgSeq;
      return this;
    }

    /**
     * Sets {@code MsgBody} (optional; null leaves it out).
     * The list is copied; it must not contain null.
     */
    public Builder msgBody(List<MsgElement> msgBody) {
      this.msgBody = ModelSupport.copyWithoutNulls(msgBody, "MsgBody");
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
     * Sets {@code TopicId} (optional; null leaves it out).
     */
    public Builder topicId(String topicId) {
      this.topicId = topicId;
      return this;
    }

    /** Returns the immutable value; throws {@link IllegalStateException} naming a missing required property. */
    public ModifyGroupMsgRequest build() {
      ModelSupport.requirePresent(groupId, "ModifyGroupMsgRequest", "GroupId");
      ModelSupport.requirePresent(msgSeq, "ModifyGroupMsgRequest", "MsgSeq");
      return new ModifyGroupMsgRequest(this);
    }
  }
}

