// Generated from spec/openapi.yaml by templates/model.mustache. Do not edit: change the spec or
// the template and run `mvn generate-sources`.
package io.timrest.model;

import com.squareup.moshi.Json;
import com.squareup.moshi.JsonClass;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The body of {@code group_open_http_svc/group_msg_get_simple}: which messages of a group to pull.
 *
 * <p>Immutable and thread-safe: create one with {@link #builder()}, derive a changed copy with
 * {@link #toBuilder()}. Optional properties are {@link Optional}; lists are unmodifiable and hold no
 * null. {@link #equals(Object)} compares every property.
 */
@JsonClass(generateAdapter = true)
public final class GroupMsgGetSimpleRequest {

  @Json(name = "GroupId")
  final String groupId;
  @Json(name = "ReqMsgNumber")
  final Integer reqMsgNumber;
  @Json(name = "ReqMsgSeq")
  final Long reqMsgSeq;
  @Json(name = "WithRecalledMsg")
  final Integer withRecalledMsg;
  @Json(name = "TopicId")
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
   * {@code GroupId} and {@code ReqMsgNumber}.
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
   * {@code ReqMsgNumber} (required): How many messages to return, at most 20.
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
   * {@code WithRecalledMsg} (optional): 1 includes recalled messages (as placeholders).
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
    Integer reqMsgNumber;
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
     * Sets {@code ReqMsgNumber} (required): How many messages to return, at most 20.
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
     * Sets {@code WithRecalledMsg} (optional): 1 includes recalled messages (as placeholders).
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
     * @throws IllegalStateException if {@code GroupId} or {@code ReqMsgNumber} is not set; the message names the missing property
     */
    public GroupMsgGetSimpleRequest build() {
      ModelSupport.requirePresent(groupId, "GroupMsgGetSimpleRequest", "GroupId");
      ModelSupport.requirePresent(reqMsgNumber, "GroupMsgGetSimpleRequest", "ReqMsgNumber");
      return new GroupMsgGetSimpleRequest(this);
    }
  }
}

