// Generated from spec/openapi.yaml by templates/model.mustache. Do not edit: change the spec or
// the template and run `mvn generate-sources`.
package io.timrest.model;

import com.squareup.moshi.Json;
import com.squareup.moshi.JsonClass;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Up to seven messages to import into one group, in ascending {@code SendTime} order.
 *
 * <p>Immutable and thread-safe: create one with {@link #builder()}, derive a changed copy with
 * {@link #toBuilder()}. Optional properties are {@link Optional}; lists are unmodifiable and hold no
 * null. {@link #equals(Object)} compares every property.
 */
@JsonClass(generateAdapter = true)
public final class ImportGroupMsgRequest {

  @Json(name = "GroupId")
  final String groupId;
  @Json(name = "RecentContactFlag")
  final Integer recentContactFlag;
  @Json(name = "MsgList")
  final List<ImportMsg> msgList;
  @Json(name = "TopicId")
  final String topicId;

  private ImportGroupMsgRequest(Builder builder) {
    this.groupId = builder.groupId;
    this.recentContactFlag = builder.recentContactFlag;
    this.msgList = ModelSupport.unmodifiableCopy(builder.msgList);
    this.topicId = builder.topicId;
  }

  /**
   * Returns a new builder; {@link Builder#build()} requires
   * {@code GroupId} and {@code MsgList}.
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
   * {@code RecentContactFlag} (optional): 1 updates the members' conversation lists; by default (0) they are not updated. Not supported for AVChatRoom and Community groups.
   *
   * @return the value, or empty when the property is absent
   */
  public Optional<Integer> recentContactFlag() {
    return Optional.ofNullable(recentContactFlag);
  }

  /**
   * {@code MsgList} (required): The messages to import, in ascending {@code SendTime} order.
   *
   * @return the value, an unmodifiable list; never null, the property is required
   */
  public List<ImportMsg> msgList() {
    return msgList;
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
    if (!(o instanceof ImportGroupMsgRequest)) {
      return false;
    }
    ImportGroupMsgRequest other = (ImportGroupMsgRequest) o;
    return Objects.equals(groupId, other.groupId)
        && Objects.equals(recentContactFlag, other.recentContactFlag)
        && Objects.equals(msgList, other.msgList)
        && Objects.equals(topicId, other.topicId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(groupId, recentContactFlag, msgList, topicId);
  }

  @Override
  public String toString() {
    return new ModelSupport.ToString("ImportGroupMsgRequest")
        .add("GroupId", groupId)
        .add("RecentContactFlag", recentContactFlag)
        .add("MsgList", msgList)
        .add("TopicId", topicId)
        .toString();
  }

  /**
   * Builds a {@link ImportGroupMsgRequest}: each setter checks its own argument, {@link #build()} checks that
   * every required property is set. Not thread-safe; a builder may be reused after {@code build()}.
   */
  public static final class Builder {
    String groupId;
    Integer recentContactFlag;
    List<ImportMsg> msgList;
    String topicId;

    private Builder() {
    }

    private Builder(ImportGroupMsgRequest source) {
      this.groupId = source.groupId;
      this.recentContactFlag = source.recentContactFlag;
      this.msgList = source.msgList;
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
     * Sets {@code RecentContactFlag} (optional): 1 updates the members' conversation lists; by default (0) they are not updated. Not supported for AVChatRoom and Community groups.
     *
     * @param recentContactFlag the value, or null to leave the property out
     * @return this builder
     */
    public Builder recentContactFlag(Integer recentContactFlag) {
      this.recentContactFlag = recentContactFlag;
      return this;
    }

    /**
     * Sets {@code MsgList} (required): The messages to import, in ascending {@code SendTime} order.
     * The list is copied: changing it afterwards does not change this builder.
     *
     * @param msgList the value; not null
     * @return this builder
     * @throws NullPointerException if {@code msgList} is null or holds null; the message names the property
     */
    public Builder msgList(List<ImportMsg> msgList) {
      Objects.requireNonNull(msgList, "MsgList");
      this.msgList = ModelSupport.copyWithoutNulls(msgList, "MsgList");
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
     * Builds the immutable {@code ImportGroupMsgRequest}.
     *
     * @return the new value
     * @throws IllegalStateException if {@code GroupId} or {@code MsgList} is not set; the message names the missing property
     */
    public ImportGroupMsgRequest build() {
      ModelSupport.requirePresent(groupId, "ImportGroupMsgRequest", "GroupId");
      ModelSupport.requirePresent(msgList, "ImportGroupMsgRequest", "MsgList");
      return new ImportGroupMsgRequest(this);
    }
  }
}

