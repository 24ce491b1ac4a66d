// Generated from spec/openapi.yaml by templates/model.mustache. Do not edit: change the spec or
// the template and run mvn generate-sources.
package io.timrest.model;

import io.timrest.TimValidationException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Identifies a group message and the fields to overwrite. At least one of {@code MsgBody} and {@code CloudCustomData} is required.
 *
 * <p>Immutable and thread-safe: create one with {@link #builder()}, derive a changed copy with
 * {@link #toBuilder()}. Optional properties are {@link Optional}; lists are unmodifiable and hold no
 * null. {@link #equals(Object)} compares every property. {@link Builder#build()} checks that the
 * required properties are set and numbers are finite; {@link #validate()} checks the spec's
 * other constraints, which the client does before sending a request (an answer from the server
 * is not held to them).
 */
public final class ModifyGroupMsgRequest {
  /** The fewest UTF-8 bytes of {@code GroupId}: the spec's {@code minLength}, counted as the server counts. */
  public static final int GROUP_ID_MIN_LENGTH = 1;
  /** The most UTF-8 bytes of {@code GroupId}: the spec's {@code maxLength}, counted as the server counts. */
  public static final int GROUP_ID_MAX_LENGTH = 48;
  /** The smallest {@code MsgSeq}: the spec's {@code minimum}. */
  public static final long MSG_SEQ_MINIMUM = 1L;
  /** The fewest elements of {@code MsgBody}: the spec's {@code minItems}. */
  public static final int MSG_BODY_MIN_ITEMS = 1;

  final String groupId;
  final Long msgSeq;
  final List<MsgElement> msgBody;
  final String cloudCustomData;
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
  public ModifyGroupMsgRequest validate() {
    validateAt("");
    return this;
  }

  /** {@link #validate()} for a value at {@code at} (its path and a dot, or empty at the top). */
  void validateAt(String at) {
    ModelSupport.checkMinLength(groupId, GROUP_ID_MIN_LENGTH, at, "GroupId");
    ModelSupport.checkMaxLength(groupId, GROUP_ID_MAX_LENGTH, at, "GroupId");
    ModelSupport.checkMinimum(msgSeq, MSG_SEQ_MINIMUM, at, "MsgSeq");
    ModelSupport.checkMinItems(msgBody, MSG_BODY_MIN_ITEMS, at, "MsgBody");
    ModelSupport.validateEach(msgBody, at, "MsgBody");
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
     * @throws TimValidationException if {@code GroupId} or {@code MsgSeq} is not set
     *     (its {@code rule()} is {@code required})
     */
    public ModifyGroupMsgRequest build() {
      ModelSupport.requirePresent(groupId, "ModifyGroupMsgRequest", "GroupId");
      ModelSupport.requirePresent(msgSeq, "ModifyGroupMsgRequest", "MsgSeq");
      return new ModifyGroupMsgRequest(this);
    }
  }
}

