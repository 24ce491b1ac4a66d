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
   * {@code ReqMsgNumber} (required): How many messages to return, at most 20.
   */
  public int reqMsgNumber() {
    return reqMsgNumber;
  }

  /**
   * {@code ReqMsgSeq} (optional): The largest MsgSeq to return (inclusive); the newest message when absent.
   */
  public Optional<Long> reqMsgSeq() {
    return Optional.ofNullable(reqMsgSeq);
  }

  /**
   * {@code WithRecalledMsg} (optional): 1 includes recalled messages (as placeholders).
   */
  public Optional<Integer> withRecalledMsg() {
    return Optional.ofNullable(withRecalledMsg);
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

  /** Builds a {@link GroupMsgGetSimpleRequest}; {@link #build()} checks that every required property is set. */
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
     * Sets {@code GroupId} (required; must not be null).
     */
    public Builder groupId(String groupId) {
      Objects.requireNonNull(groupId, "GroupId");
      this.groupId = groupId;
      return this;
    }

    /**
     * Sets {@code ReqMsgNumber} (required; must not be null).
     */
    public Builder reqMsgNumber(Integer reqMsgNumber) {
      Objects.requireNonNull(reqMsgNumber, "ReqMsgNumber");
      this.reqMsgNumber = reqMsgNumber;
      return this;
    }

    /**
     * Sets {@code ReqMsgSeq} (optional; null leaves it out).
     */
    public Builder reqMsgSeq(Long reqMsgSeq) {
      this.reqMsgSeq = reqMsgSeq;
      return this;
    }

    /**
     * Sets {@code WithRecalledMsg} (optional; null leaves it out).
     */
    public Builder withRecalledMsg(Integer withRecalledMsg) {
      this.withRecalledMsg = withRecalledMsg;
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
    public GroupMsgGetSimpleRequest build() {
      ModelSupport.requirePresent(groupId, "GroupMsgGetSimpleRequest", "GroupId");
      ModelSupport.requirePresent(reqMsgNumber, "GroupMsgGetSimpleRequest", "ReqMsgNumber");
      return new GroupMsgGetSimpleRequest(this);
    }
  }
}

