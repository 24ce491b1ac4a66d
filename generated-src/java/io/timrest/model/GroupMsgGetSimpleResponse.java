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
public final class GroupMsgGetSimpleResponse {
  /** A value of {@code ActionStatus}. */
  public static final String ACTION_STATUS_OK = "OK";
  /** A value of {@code ActionStatus}. */
  public static final String ACTION_STATUS_FAIL = "FAIL";

  @Json(name = "ActionStatus")
  final String actionStatus;
  @Json(name = "ErrorInfo")
  final String errorInfo;
  @Json(name = "ErrorCode")
  final Integer errorCode;
  @Json(name = "ErrorDisplay")
  final String errorDisplay;
  @Json(name = "GroupId")
  final String groupId;
  @Json(name = "IsFinished")
  final Integer isFinished;
  @Json(name = "RspMsgList")
  final List<GroupMsg> rspMsgList;

  private GroupMsgGetSimpleResponse(Builder builder) {
    this.actionStatus = builder.actionStatus;
    this.errorInfo = builder.errorInfo;
    this.errorCode = builder.errorCode;
    this.errorDisplay = builder.errorDisplay;
    this.groupId = builder.groupId;
    this.isFinished = builder.isFinished;
    this.rspMsgList = ModelSupport.unmodifiableCopy(builder.rspMsgList);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * {@code ActionStatus} (required): `OK` when the request succeeded, `FAIL` when it failed.
   */
  public String actionStatus() {
    return actionStatus;
  }

  /**
   * {@code ErrorInfo} (optional): Error information; `succeed` or empty on success. Always sent by the server, but readers should not depend on it.
   */
  public Optional<String> errorInfo() {
    return Optional.ofNullable(errorInfo);
  }

  /**
   * {@code ErrorCode} (required): 0 on success; otherwise a public code (`x-public-error-codes`) or one of the operation's `x-error-codes`.
   */
  public int errorCode() {
    return errorCode;
  }

  /**
   * {@code ErrorDisplay} (optional): Detail text that some operations add to a failure.
   */
  public Optional<String> errorDisplay() {
    return Optional.ofNullable(errorDisplay);
  }

  /**
   * {@code GroupId} (optional): The group's ID.
   */
  public Optional<String> groupId() {
    return Optional.ofNullable(groupId);
  }

  /**
   * {@code IsFinished} (optional): 1 when no older messages remain, 0 when more can be pulled, 2 when more exist but have expired.
   */
  public Optional<Integer> isFinished() {
    return Optional.ofNullable(isFinished);
  }

  /**
   * {@code RspMsgList} (optional): The messages, newest first.
   */
  public Optional<List<GroupMsg>> rspMsgList() {
    return Optional.ofNullable(rspMsgList);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof GroupMsgGetSimpleResponse)) {
      return false;
    }
    GroupMsgGetSimpleResponse other = (GroupMsgGetSimpleResponse) o;
    return Objects.equals(actionStatus, other.actionStatus)
        && Objects.equals(errorInfo, other.errorInfo)
        && Objects.equals(errorCode, other.errorCode)
        && Objects.equals(errorDisplay, other.errorDisplay)
        && Objects.equals(groupId, other.groupId)
        && Objects.equals(isFinished, other.isFinished)
        && Objects.equals(rspMsgList, other.rspMsgList);
  }

  @Override
  public int hashCode() {
    return Objects.hash(actionStatus, errorInfo, errorCode, errorDisplay, groupId, isFinished, rspMsgList);
  }

  @Override
  public String toString() {
    return new ModelSupport.ToString("GroupMsgGetSimpleResponse")
        .add("ActionStatus", actionStatus)
        .add("ErrorInfo", errorInfo)
        .add("ErrorCode", errorCode)
        .add("ErrorDisplay", errorDisplay)
        .add("GroupId", groupId)
        .add("IsFinished", isFinished)
        .add("RspMsgList", rspMsgList)
        .toString();
  }

  /** Builds a {@link GroupMsgGetSimpleResponse}; {@link #build()} checks that every required property is set. */
  public static final class Builder {
    String actionStatus;
    String errorInfo;
    Integer errorCode;
    String errorDisplay;
    String groupId;
    Integer isFinished;
    List<GroupMsg> rspMsgList;

    private Builder() {
    }

    private Builder(GroupMsgGetSimpleResponse source) {
      this.actionStatus = source.actionStatus;
      this.errorInfo = source.errorInfo;
      this.errorCode = source.errorCode;
      this.errorDisplay = source.errorDisplay;
      this.groupId = source.groupId;
      this.isFinished = source.isFinished;
      this.rspMsgList = source.rspMsgList;
    }

    /**
     * Sets {@code ActionStatus} (required; must not be null).
     */
    public Builder actionStatus(String actionStatus) {
      Objects.requireNonNull(actionStatus, "ActionStatus");
      this.actionStatus = actionStatus;
      return this;
    }

    /**
     * Sets {@code ErrorInfo} (optional; null leaves it out).
     */
    public Builder errorInfo(String errorInfo) {
      this.errorInfo = errorInfo;
      return this;
    }

    /**
     * Sets {@code ErrorCode} (required; must not be null).
     */
    public Builder errorCode(Integer errorCode) {
      Objects.requireNonNull(errorCode, "ErrorCode");
      this.errorCode = errorCode;
      return this;
    }

    /**
     * Sets {@code ErrorDisplay} (optional; null leaves it out).
     */
    public Builder errorDisplay(String errorDisplay) {
      this.errorDisplay = errorDisplay;
      return this;
    }

    /**
     * Sets {@code GroupId} (optional; null leaves it out).
     */
    public Builder groupId(String groupId) {
      this.groupId = groupId;
      return this;
    }

    /**
     * Sets {@code IsFinished} (optional; null leaves it out).
     */
    public Builder isFinished(Integer isFinished) {
      this.isFinished = isFinished;
      return this;
    }

    /**
     * Sets {@code RspMsgList} (optional; null leaves it out).
     * The list is copied; it must not contain null.
     */
    public Builder rspMsgList(List<GroupMsg> rspMsgList) {
      this.rspMsgList = ModelSupport.copyWithoutNulls(rspMsgList, "RspMsgList");
      return this;
    }

    /** Returns the immutable value; throws {@link IllegalStateException} naming a missing required property. */
    public GroupMsgGetSimpleResponse build() {
      ModelSupport.requirePresent(actionStatus, "GroupMsgGetSimpleResponse", "ActionStatus");
      ModelSupport.requirePresent(errorCode, "GroupMsgGetSimpleResponse", "ErrorCode");
      return new GroupMsgGetSimpleResponse(this);
    }
  }
}

