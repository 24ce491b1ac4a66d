// Generated from spec/openapi.yaml by templates/model.mustache. Do not edit: change the spec or
// the template and run mvn generate-sources.
package io.timrest.model;

import io.timrest.TimValidationException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A message of a group's history.
 *
 * <p>Immutable and thread-safe: create one with {@link #builder()}, derive a changed copy with
 * {@link #toBuilder()}. Optional properties are {@link Optional}; lists are unmodifiable and hold no
 * null. {@link #equals(Object)} compares every property. {@link Builder#build()} checks that the
 * required properties are set and numbers are finite; {@link #validate()} checks the spec's
 * other constraints, which the client does before sending a request (an answer from the server
 * is not held to them).
 */
public final class GroupMsg {
  final String fromAccount;
  final Integer isPlaceMsg;
  final Integer msgPriority;
  final Long msgRandom;
  final Long msgSeq;
  final Long msgTimeStamp;
  final Integer isSystemMsg;
  final List<MsgElement> msgBody;
  final String cloudCustomData;

  private GroupMsg(Builder builder) {
    this.fromAccount = builder.fromAccount;
    this.isPlaceMsg = builder.isPlaceMsg;
    this.msgPriority = builder.msgPriority;
    this.msgRandom = builder.msgRandom;
    this.msgSeq = builder.msgSeq;
    this.msgTimeStamp = builder.msgTimeStamp;
    this.isSystemMsg = builder.isSystemMsg;
    this.msgBody = ModelSupport.unmodifiableCopy(builder.msgBody);
    this.cloudCustomData = builder.cloudCustomData;
  }

  /**
   * Returns a new builder; {@link Builder#build()} requires
   * {@code MsgSeq}.
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
  public GroupMsg validate() {
    validateAt("");
    return this;
  }

  /** {@link #validate()} for a value at {@code at} (its path and a dot, or empty at the top). */
  void validateAt(String at) {
    ModelSupport.validateEach(msgBody, at, "MsgBody");
  }

  /**
   * {@code From_Account} (optional): The sender's UserID.
   *
   * @return the value, or empty when the property is absent
   */
  public Optional<String> fromAccount() {
    return Optional.ofNullable(fromAccount);
  }

  /**
   * {@code IsPlaceMsg} (optional): 1 when the message is a placeholder (recalled or deleted).
   *
   * @return the value, or empty when the property is absent
   */
  public Optional<Integer> isPlaceMsg() {
    return Optional.ofNullable(isPlaceMsg);
  }

  /**
   * {@code MsgPriority} (optional): Message priority.
   *
   * @return the value, or empty when the property is absent
   */
  public Optional<Integer> msgPriority() {
    return Optional.ofNullable(msgPriority);
  }

  /**
   * {@code MsgRandom} (optional): The message's Random.
   *
   * @return the value, or empty when the property is absent
   */
  public Optional<Long> msgRandom() {
    return Optional.ofNullable(msgRandom);
  }

  /**
   * {@code MsgSeq} (required): The message's sequence number in the group.
   *
   * @return the value; never null, the property is required
   */
  public long msgSeq() {
    return msgSeq;
  }

  /**
   * {@code MsgTimeStamp} (optional): When the message was sent, in Unix seconds.
   *
   * @return the value, or empty when the property is absent
   */
  public Optional<Long> msgTimeStamp() {
    return Optional.ofNullable(msgTimeStamp);
  }

  /**
   * {@code IsSystemMsg} (optional): 1 for a system message.
   *
   * @return the value, or empty when the property is absent
   */
  public Optional<Integer> isSystemMsg() {
    return Optional.ofNullable(isSystemMsg);
  }

  /**
   * {@code MsgBody} (optional): The message content.
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

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof GroupMsg)) {
      return false;
    }
    GroupMsg other = (GroupMsg) o;
    return Objects.equals(fromAccount, other.fromAccount)
        && Objects.equals(isPlaceMsg, other.isPlaceMsg)
        && Objects.equals(msgPriority, other.msgPriority)
        && Objects.equals(msgRandom, other.msgRandom)
        && Objects.equals(msgSeq, other.msgSeq)
        && Objects.equals(msgTimeStamp, other.msgTimeStamp)
        && Objects.equals(isSystemMsg, other.isSystemMsg)
        && Objects.equals(msgBody, other.msgBody)
        && Objects.equals(cloudCustomData, other.cloudCustomData);
  }

  @Override
  public int hashCode() {
    return Objects.hash(fromAccount, isPlaceMsg, msgPriority, msgRandom, msgSeq, msgTimeStamp, isSystemMsg, msgBody, cloudCustomData);
  }

  @Override
  public String toString() {
    return new ModelSupport.ToString("GroupMsg")
        .add("From_Account", fromAccount)
        .add("IsPlaceMsg", isPlaceMsg)
        .add("MsgPriority", msgPriority)
        .add("MsgRandom", msgRandom)
        .add("MsgSeq", msgSeq)
        .add("MsgTimeStamp", msgTimeStamp)
        .add("IsSystemMsg", isSystemMsg)
        .add("MsgBody", msgBody)
        .add("CloudCustomData", cloudCustomData)
        .toString();
  }

  /**
   * Builds a {@link GroupMsg}: each setter checks its own argument, {@link #build()} checks that
   * every required property is set. Not thread-safe; a builder may be reused after {@code build()}.
   */
  public static final class Builder {
    String fromAccount;
    Integer isPlaceMsg;
    Integer msgPriority;
    Long msgRandom;
    Long msgSeq;
    Long msgTimeStamp;
    Integer isSystemMsg;
    List<MsgElement> msgBody;
    String cloudCustomData;

    private Builder() {
    }

    private Builder(GroupMsg source) {
      this.fromAccount = source.fromAccount;
      this.isPlaceMsg = source.isPlaceMsg;
      this.msgPriority = source.msgPriority;
      this.msgRandom = source.msgRandom;
      this.msgSeq = source.msgSeq;
      this.msgTimeStamp = source.msgTimeStamp;
      this.isSystemMsg = source.isSystemMsg;
      this.msgBody = source.msgBody;
      this.cloudCustomData = source.cloudCustomData;
    }

    /**
     * Sets {@code From_Account} (optional): The sender's UserID.
     *
     * @param fromAccount the value, or null to leave the property out
     * @return this builder
     */
    public Builder fromAccount(String fromAccount) {
      this.fromAccount = fromAccount;
      return this;
    }

    /**
     * Sets {@code IsPlaceMsg} (optional): 1 when the message is a placeholder (recalled or deleted).
     *
     * @param isPlaceMsg the value, or null to leave the property out
     * @return this builder
     */
    public Builder isPlaceMsg(Integer isPlaceMsg) {
      this.isPlaceMsg = isPlaceMsg;
      return this;
    }

    /**
     * Sets {@code MsgPriority} (optional): Message priority.
     *
     * @param msgPriority the value, or null to leave the property out
     * @return this builder
     */
    public Builder msgPriority(Integer msgPriority) {
      this.msgPriority = msgPriority;
      return this;
    }

    /**
     * Sets {@code MsgRandom} (optional): The message's Random.
     *
     * @param msgRandom the value, or null to leave the property out
     * @return this builder
     */
    public Builder msgRandom(Long msgRandom) {
      this.msgRandom = msgRandom;
      return this;
    }

    /**
     * Sets {@code MsgSeq} (required): The message's sequence number in the group.
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
     * Sets {@code MsgTimeStamp} (optional): When the message was sent, in Unix seconds.
     *
     * @param msgTimeStamp the value, or null to leave the property out
     * @return this builder
     */
    public Builder msgTimeStamp(Long msgTimeStamp) {
      this.msgTimeStamp = msgTimeStamp;
      return this;
    }

    /**
     * Sets {@code IsSystemMsg} (optional): 1 for a system message.
     *
     * @param isSystemMsg the value, or null to leave the property out
     * @return this builder
     */
    public Builder isSystemMsg(Integer isSystemMsg) {
      this.isSystemMsg = isSystemMsg;
      return this;
    }

    /**
     * Sets {@code MsgBody} (optional): The message content.
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
     * Builds the immutable {@code GroupMsg}.
     *
     * @return the new value
     * @throws TimValidationException if {@code MsgSeq} is not set
     *     (its {@code rule()} is {@code required})
     */
    public GroupMsg build() {
      ModelSupport.requirePresent(msgSeq, "GroupMsg", "MsgSeq");
      return new GroupMsg(this);
    }
  }
}

