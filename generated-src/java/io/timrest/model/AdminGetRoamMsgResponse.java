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
public final class AdminGetRoamMsgResponse {
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
  @Json(name = "Complete")
  final Integer complete;
  @Json(name = "MsgCnt")
  final Integer msgCnt;
  @Json(name = "LastMsgTime")
  final Long lastMsgTime;
  @Json(name = "LastMsgKey")
  final String lastMsgKey;
  @Json(name = "MsgList")
  final List<C2cMsg> msgList;

  private AdminGetRoamMsgResponse(Builder builder) {
    this.actionStatus = builder.actionStatus;
    this.errorInfo = builder.errorInfo;
    this.errorCode = builder.errorCode;
    this.errorDisplay = builder.errorDisplay;
    this.complete = builder.complete;
    this.msgCnt = builder.msgCnt;
    this.lastMsgTime = builder.lastMsgTime;
    this.lastMsgKey = builder.lastMsgKey;
    this.msgList = ModelSupport.unmodifiableCopy(builder.msgList);
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
   * {@code Complete} (optional): 1 when every message in the range was returned, 0 when more remain.
   */
  public Optional<Integer> complete() {
    return Optional.ofNullable(complete);
  }

  /**
   * {@code MsgCnt} (optional): The number of messages in `MsgList`.
   */
  public Optional<Integer> msgCnt() {
    return Optional.ofNullable(msgCnt);
  }

  /**
   * {@code LastMsgTime} (optional): The send time of the last message returned (the next page's MaxTime).
   */
  public Optional<Long> lastMsgTime() {
    return Optional.ofNullable(lastMsgTime);
  }

  /**
   * {@code LastMsgKey} (optional): The key of the last message returned (the next page's LastMsgKey).
   */
  public Optional<String> lastMsgKey() {
    return Optional.ofNullable(lastMsgKey);
  }

  /**
   * {@code MsgList} (optional): The messages of this page.
   */
  public Optional<List<C2cMsg>> msgList() {
    return Optional.ofNullable(msgList);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof AdminGetRoamMsgResponse)) {
      return false;
    }
    AdminGetRoamMsgResponse other = (AdminGetRoamMsgResponse) o;
    return Objects.equals(actionStatus, other.actionStatus)
        && Objects.equals(errorInfo, other.errorInfo)
        && Objects.equals(errorCode, other.errorCode)
        && Objects.equals(errorDisplay, other.errorDisplay)
        && Objects.equals(complete, other.complete)
        && Objects.equals(msgCnt, other.msgCnt)
        && Objects.equals(lastMsgTime, other.lastMsgTime)
        && Objects.equals(lastMsgKey, other.lastMsgKey)
        && Objects.equals(msgList, other.msgList);
  }

  @Override
  public int hashCode() {
    return Objects.hash(actionStatus, errorInfo, errorCode, errorDisplay, complete, msgCnt, lastMsgTime, lastMsgKey, msgList);
  }

  @Override
  public String toString() {
    return new ModelSupport.ToString("AdminGetRoamMsgResponse")
        .add("ActionStatus", actionStatus)
        .add("ErrorInfo", errorInfo)
        .add("ErrorCode", errorCode)
        .add("ErrorDisplay", errorDisplay)
        .add("Complete", complete)
        .add("MsgCnt", msgCnt)
        .add("LastMsgTime", lastMsgTime)
        .add("LastMsgKey", lastMsgKey)
        .add("MsgList", msgList)
        .toString();
  }

  /** Builds a {@link AdminGetRoamMsgResponse}; {@link #build()} checks that every required property is set. */
  public static final class Builder {
    String actionStatus;
    String errorInfo;
    Integer errorCode;
    String errorDisplay;
    Integer complete;
    Integer msgCnt;
    Long lastMsgTime;
    String lastMsgKey;
    List<C2cMsg> msgList;

    private Builder() {
    }

    private Builder(AdminGetRoamMsgResponse source) {
      this.actionStatus = source.actionStatus;
      this.errorInfo = source.errorInfo;
      this.errorCode = source.errorCode;
      this.errorDisplay = source.errorDisplay;
      this.complete = source.complete;
      this.msgCnt = source.msgCnt;
      this.lastMsgTime = source.lastMsgTime;
      this.lastMsgKey = source.lastMsgKey;
      this.msgList = source.msgList;
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
     * Sets {@code Complete} (optional; null leaves it out).
     */
    public Builder complete(Integer complete) {
      this.complete = complete;
      return this;
    }

    /**
     * Sets {@code MsgCnt} (optional; null leaves it out).
     */
    public Builder msgCnt(Integer msgCnt) {
      this.msgCnt = msgCnt;
      return this;
    }

    /**
     * Sets {@code LastMsgTime} (optional; null leaves it out).
     */
    public Builder lastMsgTime(Long lastMsgTime) {
      this.lastMsgTime = lastMsgTime;
      return this;
    }

    /**
     * Sets {@code LastMsgKey} (optional; null leaves it out).
     */
    public Builder lastMsgKey(String lastMsgKey) {
      this.lastMsgKey = lastMsgKey;
      return this;
    }

    /**
     * Sets {@code MsgList} (optional; null leaves it out).
     * The list is copied; it must not contain null.
     */
    public Builder msgList(List<C2cMsg> msgList) {
      this.msgList = ModelSupport.copyWithoutNulls(msgList, "MsgList");
      return this;
    }

    /** Returns the immutable value; throws {@link IllegalStateException} naming a missing required property. */
    public AdminGetRoamMsgResponse build() {
      ModelSupport.requirePresent(actionStatus, "AdminGetRoamMsgResponse", "ActionStatus");
      ModelSupport.requirePresent(errorCode, "AdminGetRoamMsgResponse", "ErrorCode");
      return new AdminGetRoamMsgResponse(this);
    }
  }
}

