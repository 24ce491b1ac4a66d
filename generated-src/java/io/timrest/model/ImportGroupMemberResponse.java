// Generated from spec/openapi.yaml by templates/model.mustache. Do not edit: change the spec or
// the template and run mvn generate-sources.
package io.timrest.model;

import io.timrest.TimAnswer;
import io.timrest.TimCall;
import io.timrest.TimValidationException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The envelope and, on success, one result per member.
 *
 * <p>Immutable and thread-safe: create one with {@link #builder()}, derive a changed copy with
 * {@link #toBuilder()}. Optional properties are {@link Optional}; lists are unmodifiable and hold no
 * null. {@link #equals(Object)} compares every property. {@link Builder#build()} checks that the
 * required properties are set and numbers are finite; {@link #validate()} checks the spec's
 * other constraints, which the client does before sending a request (an answer from the server
 * is not held to them).
 *
 * <p>An answer the client returns carries the {@linkplain #call() call} that received it, which
 * is neither part of its JSON nor of equality.
 */
public final class ImportGroupMemberResponse implements TimAnswer<ImportGroupMemberResponse> {
  /** The {@code ActionStatus} value {@code "OK"}. */
  public static final String ACTION_STATUS_OK = "OK";
  /** The {@code ActionStatus} value {@code "FAIL"}. */
  public static final String ACTION_STATUS_FAIL = "FAIL";
  /** The values {@code ActionStatus} may take: the spec's {@code enum}. */
  public static final List<String> ACTION_STATUS_VALUES = List.of(ACTION_STATUS_OK, ACTION_STATUS_FAIL);

  final String actionStatus;
  final String errorInfo;
  final Integer errorCode;
  final String errorDisplay;
  final List<ImportGroupMemberResult> memberList;
  /** The call that received this answer, or null: not part of the JSON, nor of equality. */
  private final TimCall call;

  private ImportGroupMemberResponse(Builder builder) {
    this.actionStatus = builder.actionStatus;
    this.errorInfo = builder.errorInfo;
    this.errorCode = builder.errorCode;
    this.errorDisplay = builder.errorDisplay;
    this.memberList = ModelSupport.unmodifiableCopy(builder.memberList);
    this.call = null;
  }

  private ImportGroupMemberResponse(ImportGroupMemberResponse answer, TimCall call) {
    this.actionStatus = answer.actionStatus;
    this.errorInfo = answer.errorInfo;
    this.errorCode = answer.errorCode;
    this.errorDisplay = answer.errorDisplay;
    this.memberList = answer.memberList;
    this.call = call;
  }

  /**
   * Returns a new builder; {@link Builder#build()} requires
   * {@code ActionStatus}, {@code ErrorCode} and {@code MemberList}.
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
  public ImportGroupMemberResponse validate() {
    validateAt("");
    return this;
  }

  /**
   * The call that received this answer from the server: how many requests it sent, and the
   * {@code random} of the request this answers, by which Tencent support can find it.
   *
   * @return the call; empty when this value was built, or read from JSON, by other code than the
   *     client
   */
  @Override
  public Optional<TimCall> call() {
    return Optional.ofNullable(call);
  }

  /**
   * This answer, as received by {@code call}; the client returns its answers this way.
   *
   * @param call the call that received the answer
   * @return a copy of this value that carries {@code call}
   * @throws NullPointerException if {@code call} is null
   */
  @Override
  public ImportGroupMemberResponse withCall(TimCall call) {
    return new ImportGroupMemberResponse(this, Objects.requireNonNull(call, "call"));
  }

  /** {@link #validate()} for a value at {@code at} (its path and a dot, or empty at the top). */
  void validateAt(String at) {
    ModelSupport.checkEnum(actionStatus, ACTION_STATUS_VALUES, at, "ActionStatus");
    ModelSupport.validateEach(memberList, at, "MemberList");
  }

  /**
   * {@code ActionStatus} (required): {@code OK} when the request succeeded, {@code FAIL} when it failed.
   *
   * @return the value; never null, the property is required
   */
  public String actionStatus() {
    return actionStatus;
  }

  /**
   * {@code ErrorInfo} (optional): Error information; {@code succeed} or empty on success. Always sent by the server, but readers should not depend on it.
   *
   * @return the value, or empty when the property is absent
   */
  public Optional<String> errorInfo() {
    return Optional.ofNullable(errorInfo);
  }

  /**
   * {@code ErrorCode} (required): 0 on success; otherwise a public code ({@code x-public-error-codes}) or one of the operation's {@code x-error-codes}.
   *
   * @return the value; never null, the property is required
   */
  public int errorCode() {
    return errorCode;
  }

  /**
   * {@code ErrorDisplay} (optional): Detail text that some operations add to a failure.
   *
   * @return the value, or empty when the property is absent
   */
  public Optional<String> errorDisplay() {
    return Optional.ofNullable(errorDisplay);
  }

  /**
   * {@code MemberList} (required): One result per member, in the order of the request's {@code MemberList}.
   *
   * @return the value, an unmodifiable list; never null, the property is required
   */
  public List<ImportGroupMemberResult> memberList() {
    return memberList;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof ImportGroupMemberResponse)) {
      return false;
    }
    ImportGroupMemberResponse other = (ImportGroupMemberResponse) o;
    return Objects.equals(actionStatus, other.actionStatus)
        && Objects.equals(errorInfo, other.errorInfo)
        && Objects.equals(errorCode, other.errorCode)
        && Objects.equals(errorDisplay, other.errorDisplay)
        && Objects.equals(memberList, other.memberList);
  }

  @Override
  public int hashCode() {
    return Objects.hash(actionStatus, errorInfo, errorCode, errorDisplay, memberList);
  }

  @Override
  public String toString() {
    return new ModelSupport.ToString("ImportGroupMemberResponse")
        .add("ActionStatus", actionStatus)
        .add("ErrorInfo", errorInfo)
        .add("ErrorCode", errorCode)
        .add("ErrorDisplay", errorDisplay)
        .add("MemberList", memberList)
        .toString();
  }

  /**
   * Builds a {@link ImportGroupMemberResponse}: each setter checks its own argument, {@link #build()} checks that
   * every required property is set. Not thread-safe; a builder may be reused after {@code build()}.
   */
  public static final class Builder {
    String actionStatus;
    String errorInfo;
    Integer errorCode;
    String errorDisplay;
    List<ImportGroupMemberResult> memberList;

    private Builder() {
    }

    private Builder(ImportGroupMemberResponse source) {
      this.actionStatus = source.actionStatus;
      this.errorInfo = source.errorInfo;
      this.errorCode = source.errorCode;
      this.errorDisplay = source.errorDisplay;
      this.memberList = source.memberList;
    }

    /**
     * Sets {@code ActionStatus} (required): {@code OK} when the request succeeded, {@code FAIL} when it failed.
     *
     * @param actionStatus the value; not null
     * @return this builder
     * @throws NullPointerException if {@code actionStatus} is null; the message names the property
     */
    public Builder actionStatus(String actionStatus) {
      Objects.requireNonNull(actionStatus, "ActionStatus");
      this.actionStatus = actionStatus;
      return this;
    }

    /**
     * Sets {@code ErrorInfo} (optional): Error information; {@code succeed} or empty on success. Always sent by the server, but readers should not depend on it.
     *
     * @param errorInfo the value, or null to leave the property out
     * @return this builder
     */
    public Builder errorInfo(String errorInfo) {
      this.errorInfo = errorInfo;
      return this;
    }

    /**
     * Sets {@code ErrorCode} (required): 0 on success; otherwise a public code ({@code x-public-error-codes}) or one of the operation's {@code x-error-codes}.
     *
     * @param errorCode the value; not null
     * @return this builder
     * @throws NullPointerException if {@code errorCode} is null; the message names the property
     */
    public Builder errorCode(Integer errorCode) {
      Objects.requireNonNull(errorCode, "ErrorCode");
      this.errorCode = errorCode;
      return this;
    }

    /**
     * Sets {@code ErrorDisplay} (optional): Detail text that some operations add to a failure.
     *
     * @param errorDisplay the value, or null to leave the property out
     * @return this builder
     */
    public Builder errorDisplay(String errorDisplay) {
      this.errorDisplay = errorDisplay;
      return this;
    }

    /**
     * Sets {@code MemberList} (required): One result per member, in the order of the request's {@code MemberList}.
     * The list is copied: changing it afterwards does not change this builder.
     *
     * @param memberList the value; not null
     * @return this builder
     * @throws NullPointerException if {@code memberList} is null or holds null; the message names the property
     */
    public Builder memberList(List<ImportGroupMemberResult> memberList) {
      Objects.requireNonNull(memberList, "MemberList");
      this.memberList = ModelSupport.copyWithoutNulls(memberList, "MemberList");
      return this;
    }

    /**
     * Builds the immutable {@code ImportGroupMemberResponse}.
     *
     * @return the new value
     * @throws TimValidationException if {@code ActionStatus}, {@code ErrorCode} or {@code MemberList} is not set
     *     (its {@code rule()} is {@code required})
     */
    public ImportGroupMemberResponse build() {
      ModelSupport.requirePresent(actionStatus, "ImportGroupMemberResponse", "ActionStatus");
      ModelSupport.requirePresent(errorCode, "ImportGroupMemberResponse", "ErrorCode");
      ModelSupport.requirePresent(memberList, "ImportGroupMemberResponse", "MemberList");
      return new ImportGroupMemberResponse(this);
    }
  }
}

