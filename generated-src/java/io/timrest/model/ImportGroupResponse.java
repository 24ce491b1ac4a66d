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
public final class ImportGroupResponse {
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

  private ImportGroupResponse(Builder builder) {
    this.actionStatus = builder.actionStatus;
    this.errorInfo = builder.errorInfo;
    this.errorCode = builder.errorCode;
    this.errorDisplay = builder.errorDisplay;
    this.groupId = builder.groupId;
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
   * {@code GroupId} (optional): The imported group's ID.
   */
  public Optional<String> groupId() {
    return Optional.ofNullable(groupId);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof ImportGroupResponse)) {
      return false;
    }
    ImportGroupResponse other = (ImportGroupResponse) o;
    return Objects.equals(actionStatus, other.actionStatus)
        && Objects.equals(errorInfo, other.errorInfo)
        && Objects.equals(errorCode, other.errorCode)
        && Objects.equals(errorDisplay, other.errorDisplay)
        && Objects.equals(groupId, other.groupId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(actionStatus, errorInfo, errorCode, errorDisplay, groupId);
  }

  @Override
  public String toString() {
    return new ModelSupport.ToString("ImportGroupResponse")
        .add("ActionStatus", actionStatus)
        .add("ErrorInfo", errorInfo)
        .add("ErrorCode", errorCode)
        .add("ErrorDisplay", errorDisplay)
        .add("GroupId", groupId)
        .toString();
  }

  /** Builds a {@link ImportGroupResponse}; {@link #build()} checks that every required property is set. */
  public static final class Builder {
    String actionStatus;
    String errorInfo;
    Integer errorCode;
    String errorDisplay;
    String groupId;

    private Builder() {
    }

    private Builder(ImportGroupResponse source) {
      this.actionStatus = source.actionStatus;
      this.errorInfo = source.errorInfo;
      this.errorCode = source.errorCode;
      this.errorDisplay = source.errorDisplay;
      this.groupId = source.groupId;
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

    /** Returns the immutable value; throws {@link IllegalStateException} naming a missing required property. */
    public ImportGroupResponse build() {
      ModelSupport.requirePresent(actionStatus, "ImportGroupResponse", "ActionStatus");
      ModelSupport.requirePresent(errorCode, "ImportGroupResponse", "ErrorCode");
      return new ImportGroupResponse(this);
    }
  }
}

