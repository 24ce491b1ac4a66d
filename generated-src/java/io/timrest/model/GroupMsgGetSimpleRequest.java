// Generated from spec/openapi.yaml by templates/model.mustache. Do not edit: change the spec or
// the template and run mvn generate-sources.
package io.timrest.model;

import io.timrest.TimValidationException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The body of {@code group_open_http_svc/group_msg_get_simple}: which messages of a group to pull.
 *
 * <p>Immutable and thread-safe: create one with {@link #builder()}, derive a changed copy with
 * {@link #toBuilder()}. Optional properties are {@link Optional}; lists are unmodifiable and hold no
 * null. {@link #equals(Object)} compares every property. {@link Builder#build()} checks that the
 * required properties are set and numbers are finite; {@link #validate()} checks the spec's
 * other constraints, which the client does before sending a request (an answer from the server
 * is not held to them).
 */
public final class GroupMsgGetSimpleRequest {
  /** The fewest UTF-8 bytes of {@code GroupId}: the spec's {@code minLength}, counted as the server counts. */
  public static final int GROUP_ID_MIN_LENGTH = 1;
  /** The most UTF-8 bytes of {@code GroupId}: the spec's {@code maxLength}, counted as the server counts. */
  public static final int GROUP_ID_MAX_LENGTH = 48;
  /** The smallest {@code ReqMsgNumber}: the spec's {@code minimum}. */
  public static final int REQ_MSG_NUMBER_MINIMUM = 1;
  /** The largest {@code ReqMsgNumber}: the spec's {@code maximum}. */
  public static final int REQ_MSG_NUMBER_MAXIMUM = 20;
  /** The smallest {@code ReqMsgSeq}: the spec's {@code minimum}. */
  public static final long REQ_MSG_SEQ_MINIMUM = 1L;
  /** The values {@code WithRecalledMsg} may take: the spec's {@code enum}. */
  public static final List<Integer> WITH_RECALLED_MSG_VALUES = List.of(0, 1);

  final String groupId;
  final Integer reqMsgNumber;
  final Long reqMsgSeq;
  final Integer withRecalledMsg;
  final String topicId;

  private GroupMsgGetSimpleRequest(Builder builder) {
    this.groupId = builder.groupId;
    this.reqMsgNumber = builder.reqMsgNumber;
    this.reqMsgSeq = builder.reqMsgSeq;
    this.withRecalledMsg = builder.withRecalledMsg;
    this.topicId = builder.topicId;
  }

  /**
   * Returns a new builder; {@link Builder#build()} requires
   * {@code GroupId} and {@code ReqMsgNumber} (preset to 20).
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
  public GroupMsgGetSimpleRequest validate() {
    validateAt("");
    return this;
  }

  /** {@link #validate()} for a value at {@code at} (its path and a dot, or empty at the top). */
  void validateAt(String at) {
    ModelSupport.checkMinLength(groupId, GROUP_ID_MIN_LENGTH, at, "GroupId");
    ModelSupport.checkMaxLength(groupId, GROUP_ID_MAX_LENGTH, at, "GroupId");
    ModelSupport.checkMinimum(reqMsgNumber, REQ_MSG_NUMBER_MINIMUM, at, "ReqMsgNumber");
    ModelSupport.checkMaximum(reqMsgNumber, REQ_MSG_NUMBER_MAXIMUM, at, "ReqMsgNumber");
    ModelSupport.checkMinimum(reqMsgSeq, REQ_MSG_SEQ_MINIMUM, at, "ReqMsgSeq");
    ModelSupport.checkEnum(withRecalledMsg, WITH_RECALLED_MSG_VALUES, at, "WithRecalledMsg");
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
   * {@code ReqMsgNumber} (required): How many messages to return, at most 20. The server requires it; timrest's builder presets it to the {@code default}, a full page.
   *
   * @return the value; never null, the property is required
   */
  public int reqMsgNumber() {
    return reqMsgNumber;
  }

  /**
   * {@code ReqMsgSeq} (optional): The largest MsgSeq to return (inclusive); the newest message when absent.
   *
   * @return the value, or empty when the property is absent
   */
  public Optional<Long> reqMsgSeq() {
    return Optional.ofNullable(reqMsgSeq);
  }

  /**
   * {@code WithRecalledMsg} (optional): 1 includes recalled messages (as placeholders); 0 (the default) leaves them out.
   *
   * @return the value, or empty when the property is absent
   */
  public Optional<Integer> withRecalledMsg() {
    return Optional.ofNullable(withRecalledMsg);
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
    if (!(o instanceof GroupMsgGetSimpleRequest)) {
      return false;
    }
    GroupMsgGetSimpleRequest other = (GroupMsgGetSimpleRequest) o;
    return Objects.equals(groupId, other.groupId)
        && Objects.equals(reqMsgNumber, other.reqMsgNumber)
        && Objects.equals(reqMsgSeq, other.reqMsgSeq)
        && Objects.equals(withRecalledMsg, other.withRecalledMsg)
        && Objects.equals(topicId, other.topicId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(groupId, reqMsgNumber, reqMsgSeq, withRecalledMsg, topicId);
  }

  @Override
  public String toString() {
    return new ModelSupport.ToString("GroupMsgGetSimpleRequest")
        .add("GroupId", groupId)
        .add("ReqMsgNumber", reqMsgNumber)
        .add("ReqMsgSeq", reqMsgSeq)
        .add("WithRecalledMsg", withRecalledMsg)
        .add("TopicId", topicId)
        .toString();
  }

  /**
   * Builds a {@link GroupMsgGetSimpleRequest}: each setter checks its own argument, {@link #build()} checks that
   * every required property is set. Not thread-safe; a builder may be reused after {@code build()}.
   */
  public static final class Builder {
    String groupId;
    Integer reqMsgNumber = 20;
    Long reqMsgSeq;
    Integer withRecalledMsg;
    String topicId;

    private Builder() {
    }

    private Builder(GroupMsgGetSimpleRequest source) {
      this.groupId = source.groupId;
      this.reqMsgNumber = source.reqMsgNumber;
      this.reqMsgSeq = source.reqMsgSeq;
      this.withRecalledMsg = source.withRecalledMsg;
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
     * Sets {@code ReqMsgNumber} (required): How many messages to return, at most 20. The server requires it; timrest's builder presets it to the {@code default}, a full page.
     *
     * @param reqMsgNumber the value; not null
     * @return this builder
     * @throws NullPointerException if {@code reqMsgNumber} is null; the message names the property
     */
    public Builder reqMsgNumber(Integer reqMsgNumber) {
      Objects.requireNonNull(reqMsgNumber, "ReqMsgNumber");
      this.reqMsgNumber = reqMsgNumber;
      return this;
    }

    /**
     * Sets {@code ReqMsgSeq} (optional): The largest MsgSeq to return (inclusive); the newest message when absent.
     *
     * @param reqMsgSeq the value, or null to leave the property out
     * @return this builder
     */
    public Builder reqMsgSeq(Long reqMsgSeq) {
      this.reqMsgSeq = reqMsgSeq;
      return this;
    }

    /**
     * Sets {@code WithRecalledMsg} (optional): 1 includes recalled messages (as placeholders); 0 (the default) leaves them out.
     *
     * @param withRecalledMsg the value, or null to leave the property out
     * @return this builder
     */
    public Builder withRecalledMsg(Integer withRecalledMsg) {
      this.withRecalledMsg = withRecalledMsg;
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
     * Builds the immutable {@code GroupMsgGetSimpleRequest}.
     *
     * @return the new value
     * @throws TimValidationException if {@code GroupId} or {@code ReqMsgNumber} is not set
     *     (its {@code rule()} is {@code required})
     */
    public GroupMsgGetSimpleRequest build() {
      ModelSupport.requirePresent(groupId, "GroupMsgGetSimpleRequest", "GroupId");
      ModelSupport.requirePresent(reqMsgNumber, "GroupMsgGetSimpleRequest", "ReqMsgNumber");
      return new GroupMsgGetSimpleRequest(this);
    }
  }
}

