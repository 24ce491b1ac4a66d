// Generated from spec/openapi.yaml by templates/model.mustache. Do not edit: change the spec or
// the template and run mvn generate-sources.
package io.timrest.model;

import io.timrest.TimValidationException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Up to seven messages to import into one group, in ascending {@code SendTime} order.
 *
 * <p>Immutable and thread-safe: create one with {@link #builder()}, derive a changed copy with
 * {@link #toBuilder()}. Optional properties are {@link Optional}; lists are unmodifiable and hold no
 * null. {@link #equals(Object)} compares every property. {@link Builder#build()} checks that the
 * required properties are set and numbers are finite; {@link #validate()} checks the spec's
 * other constraints, which the client does before sending a request (an answer from the server
 * is not held to them).
 */
public final class ImportGroupMsgRequest {
  /** The fewest UTF-8 bytes of {@code GroupId}: the spec's {@code minLength}, counted as the server counts. */
  public static final int GROUP_ID_MIN_LENGTH = 1;
  /** The most UTF-8 bytes of {@code GroupId}: the spec's {@code maxLength}, counted as the server counts. */
  public static final int GROUP_ID_MAX_LENGTH = 48;
  /** The values {@code RecentContactFlag} may take: the spec's {@code enum}. */
  public static final List<Integer> RECENT_CONTACT_FLAG_VALUES = List.of(0, 1);
  /** The fewest elements of {@code MsgList}: the spec's {@code minItems}. */
  public static final int MSG_LIST_MIN_ITEMS = 1;
  /** The most elements of {@code MsgList}: the spec's {@code maxItems}. */
  public static final int MSG_LIST_MAX_ITEMS = 7;

  final String groupId;
  final Integer recentContactFlag;
  final List<ImportMsg> msgList;
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
  public ImportGroupMsgRequest validate() {
    validateAt("");
    return this;
  }

  /** {@link #validate()} for a value at {@code at} (its path and a dot, or empty at the top). */
  void validateAt(String at) {
    ModelSupport.checkMinLength(groupId, GROUP_ID_MIN_LENGTH, at, "GroupId");
    ModelSupport.checkMaxLength(groupId, GROUP_ID_MAX_LENGTH, at, "GroupId");
    ModelSupport.checkEnum(recentContactFlag, RECENT_CONTACT_FLAG_VALUES, at, "RecentContactFlag");
    ModelSupport.checkMinItems(msgList, MSG_LIST_MIN_ITEMS, at, "MsgList");
    ModelSupport.checkMaxItems(msgList, MSG_LIST_MAX_ITEMS, at, "MsgList");
    ModelSupport.validateEach(msgList, at, "MsgList");
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
     * @throws TimValidationException if {@code GroupId} or {@code MsgList} is not set
     *     (its {@code rule()} is {@code required})
     */
    public ImportGroupMsgRequest build() {
      ModelSupport.requirePresent(groupId, "ImportGroupMsgRequest", "GroupId");
      ModelSupport.requirePresent(msgList, "ImportGroupMsgRequest", "MsgList");
      return new ImportGroupMsgRequest(this);
    }
  }
}

