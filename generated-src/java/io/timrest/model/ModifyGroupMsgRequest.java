// Generated from spec/openapi.yaml by templates/model.mustache. Do not edit: change the spec or
// the template and run `mvn generate-sources`.
package io.timrest.model;

import com.squareup.moshi.Json;
import com.squareup.moshi.JsonClass;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Identifies a group message and the fields to overwrite. At least one of {@code MsgBody} and {@code CloudCustomData} is required.
 *
 * <p>Immutable and thread-safe: create one with {@link #builder()}, derive a changed copy with
 * {@link #toBuilder()}. Optional properties are {@link Optional}; lists are unmodifiable and hold no
 * null. {@link #equals(Object)} compares every property.
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

  /**
   * Returns a new builder; {@link Builder#build()} requires
   * {@code GroupId} and {@code MsgSeq}.
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
   * {@code MsgSeq} (required): Sequence number of the message to modify (assigned per group by the server, from 1).
   *
   * @return the value; never null, the property is required
   */
  public long msgSeq() {
    return msgSeq;
  }

  /**
   * {@code MsgBody} (optional): The message content, an array of message elements. At most one {@code TIMCustomElem} per message; the serialized body is limited to 12 KB.
   *
   * @return the value (an unmodifiable list), or empty when the property is absent
   */
  public Optional<List<MsgElement>> msgBody() {
    return Optional.ofNullable(msgBody);
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

  /**
   * Builds a {@link ModifyGroupMsgRequest}: each setter checks its own argument, {@link #build()} checks that
   * every required property is set. Not thread-safe; a builder may be reused after {@code build()}.
   */
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
     * Sets {@code MsgSeq} (required): Sequence number of the message to modify (assigned per group by the server, from 1).
     *
     * @param msgSeq the value; not null
     * @return this builder
     * @throws NullPointerException if {@code msgSeq} is null; the message names the property
     */
    public Builder msgSeq(Long msgSeq) {
      Objects.requireNonNull(msgSeq, "MsgSeq");
      this.msgSeq = msgSeq;
      return this;
    }

    /**
     * Sets {@code MsgBody} (optional): The message content, an array of message elements. At most one {@code TIMCustomElem} per message; the serialized body is limited to 12 KB.
     * The list is copied: changing it afterwards does not change this builder.
     *
     * @param msgBody the value, or null to leave the property out
     * @return this builder
     * @throws NullPointerException if {@code msgBody} holds null; the message names the element
     */
    public Builder msgBody(List<MsgElement> msgBody) {
      this.msgBody = ModelSupport.copyWithoutNulls(msgBody, "MsgBody");
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
     * Builds the immutable {@code ModifyGroupMsgRequest}.
     *
     * @return the new value
     * @throws IllegalStateException if {@code GroupId} or {@code MsgSeq} is not set; the message names the missing property
     */
    public ModifyGroupMsgRequest build() {
      ModelSupport.requirePresent(groupId, "ModifyGroupMsgRequest", "GroupId");
      ModelSupport.requirePresent(msgSeq, "ModifyGroupMsgRequest", "MsgSeq");
      return new ModifyGroupMsgRequest(this);
    }
  }
}

