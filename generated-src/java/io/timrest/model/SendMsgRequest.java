// Generated from spec/openapi.yaml by templates/model.mustache. Do not edit: change the spec or
// the template and run mvn generate-sources.
package io.timrest.model;

import io.timrest.TimValidationException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The body of {@code openim/sendmsg}: the message, its sender and its receiver.
 *
 * <p>Immutable and thread-safe: create one with {@link #builder()}, derive a changed copy with
 * {@link #toBuilder()}. Optional properties are {@link Optional}; lists are unmodifiable and hold no
 * null. {@link #equals(Object)} compares every property. {@link Builder#build()} checks that the
 * required properties are set and numbers are finite; {@link #validate()} checks the spec's
 * other constraints, which the client does before sending a request (an answer from the server
 * is not held to them).
 */
public final class SendMsgRequest {
  /** The values {@code SyncOtherMachine} may take: the spec's {@code enum}. */
  public static final List<Integer> SYNC_OTHER_MACHINE_VALUES = List.of(1, 2);
  /** The fewest UTF-8 bytes of {@code From_Account}: the spec's {@code minLength}, counted as the server counts. */
  public static final int FROM_ACCOUNT_MIN_LENGTH = 1;
  /** The most UTF-8 bytes of {@code From_Account}: the spec's {@code maxLength}, counted as the server counts. */
  public static final int FROM_ACCOUNT_MAX_LENGTH = 32;
  /** The fewest UTF-8 bytes of {@code To_Account}: the spec's {@code minLength}, counted as the server counts. */
  public static final int TO_ACCOUNT_MIN_LENGTH = 1;
  /** The most UTF-8 bytes of {@code To_Account}: the spec's {@code maxLength}, counted as the server counts. */
  public static final int TO_ACCOUNT_MAX_LENGTH = 32;
  /** The smallest {@code MsgRandom}: the spec's {@code minimum}. */
  public static final long MSG_RANDOM_MINIMUM = 0L;
  /** The largest {@code MsgRandom}: the spec's {@code maximum}. */
  public static final long MSG_RANDOM_MAXIMUM = 4294967295L;
  /** The fewest elements of {@code MsgBody}: the spec's {@code minItems}. */
  public static final int MSG_BODY_MIN_ITEMS = 1;

  final Integer syncOtherMachine;
  final String fromAccount;
  final String toAccount;
  final Integer msgLifeTime;
  final Long msgSeq;
  final Long msgRandom;
  final Long msgTimeStamp;
  final List<MsgElement> msgBody;
  final String cloudCustomData;
  final OfflinePushInfo offlinePushInfo;

  private SendMsgRequest(Builder builder) {
    this.syncOtherMachine = builder.syncOtherMachine;
    this.fromAccount = builder.fromAccount;
    this.toAccount = builder.toAccount;
    this.msgLifeTime = builder.msgLifeTime;
    this.msgSeq = builder.msgSeq;
    this.msgRandom = builder.msgRandom;
    this.msgTimeStamp = builder.msgTimeStamp;
    this.msgBody = ModelSupport.unmodifiableCopy(builder.msgBody);
    this.cloudCustomData = builder.cloudCustomData;
    this.offlinePushInfo = builder.offlinePushInfo;
  }

  /**
   * Returns a new builder; {@link Builder#build()} requires
   * {@code To_Account} and {@code MsgBody}.
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
  public SendMsgRequest validate() {
    validateAt("");
    return this;
  }

  /** {@link #validate()} for a value at {@code at} (its path and a dot, or empty at the top). */
  void validateAt(String at) {
    ModelSupport.checkEnum(syncOtherMachine, SYNC_OTHER_MACHINE_VALUES, at, "SyncOtherMachine");
    ModelSupport.checkMinLength(fromAccount, FROM_ACCOUNT_MIN_LENGTH, at, "From_Account");
    ModelSupport.checkMaxLength(fromAccount, FROM_ACCOUNT_MAX_LENGTH, at, "From_Account");
    ModelSupport.checkMinLength(toAccount, TO_ACCOUNT_MIN_LENGTH, at, "To_Account");
    ModelSupport.checkMaxLength(toAccount, TO_ACCOUNT_MAX_LENGTH, at, "To_Account");
    ModelSupport.checkMinimum(msgRandom, MSG_RANDOM_MINIMUM, at, "MsgRandom");
    ModelSupport.checkMaximum(msgRandom, MSG_RANDOM_MAXIMUM, at, "MsgRandom");
    ModelSupport.checkMinItems(msgBody, MSG_BODY_MIN_ITEMS, at, "MsgBody");
    ModelSupport.validateEach(msgBody, at, "MsgBody");
    if (offlinePushInfo != null) {
      ModelSupport.validateNested(offlinePushInfo, at + "OfflinePushInfo.");
    }
  }

  /**
   * {@code SyncOtherMachine} (optional): 1 also syncs the message to the sender's devices; 2 does not.
   *
   * @return the value, or empty when the property is absent
   */
  public Optional<Integer> syncOtherMachine() {
    return Optional.ofNullable(syncOtherMachine);
  }

  /**
   * {@code From_Account} (optional): The sender's UserID; the App admin when absent.
   *
   * @return the value, or empty when the property is absent
   */
  public Optional<String> fromAccount() {
    return Optional.ofNullable(fromAccount);
  }

  /**
   * {@code To_Account} (required): The receiver's UserID.
   *
   * @return the value; never null, the property is required
   */
  public String toAccount() {
    return toAccount;
  }

  /**
   * {@code MsgLifeTime} (optional): How long an offline message is kept, in seconds (0 = delivered online only).
   *
   * @return the value, or empty when the property is absent
   */
  public Optional<Integer> msgLifeTime() {
    return Optional.ofNullable(msgLifeTime);
  }

  /**
   * {@code MsgSeq} (optional): The message's sequence number, chosen by the client; the server picks one when absent.
   *
   * @return the value, or empty when the property is absent
   */
  public Optional<Long> msgSeq() {
    return Optional.ofNullable(msgSeq);
  }

  /**
   * {@code MsgRandom} (optional): An unsigned 32-bit number identifying the message together with MsgSeq and MsgTimeStamp. The server requires it; a client may leave it to its library to fill in, once, before the first attempt, so that every retry carries the same value.
   *
   * @return the value, or empty when the property is absent
   */
  public Optional<Long> msgRandom() {
    return Optional.ofNullable(msgRandom);
  }

  /**
   * {@code MsgTimeStamp} (optional): When the message was sent, in Unix seconds; now when absent.
   *
   * @return the value, or empty when the property is absent
   */
  public Optional<Long> msgTimeStamp() {
    return Optional.ofNullable(msgTimeStamp);
  }

  /**
   * {@code MsgBody} (required): The message content, an array of message elements. At most one {@code TIMCustomElem} per message; the serialized body is limited to 12 KB.
   *
   * @return the value, an unmodifiable list; never null, the property is required
   */
  public List<MsgElement> msgBody() {
    return msgBody;
  }

  /**
   * {@code CloudCustomData} (optional): Custom data kept in the cloud with the message and delivered to the receiver; it can be pulled again after the app is reinstalled.
   *
   * @return the value, or empty when the property is absent
   */
  public Optional<String> cloudCustomData() {
    return Optional.ofNullable(cloudCustomData);
  }

  /**
   * {@code OfflinePushInfo} (optional): the {@link OfflinePushInfo}.
   *
   * @return the value, or empty when the property is absent
   */
  public Optional<OfflinePushInfo> offlinePushInfo() {
    return Optional.ofNullable(offlinePushInfo);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof SendMsgRequest)) {
      return false;
    }
    SendMsgRequest other = (SendMsgRequest) o;
    return Objects.equals(syncOtherMachine, other.syncOtherMachine)
        && Objects.equals(fromAccount, other.fromAccount)
        && Objects.equals(toAccount, other.toAccount)
        && Objects.equals(msgLifeTime, other.msgLifeTime)
        && Objects.equals(msgSeq, other.msgSeq)
        && Objects.equals(msgRandom, other.msgRandom)
        && Objects.equals(msgTimeStamp, other.msgTimeStamp)
        && Objects.equals(msgBody, other.msgBody)
        && Objects.equals(cloudCustomData, other.cloudCustomData)
        && Objects.equals(offlinePushInfo, other.offlinePushInfo);
  }

  @Override
  public int hashCode() {
    return Objects.hash(syncOtherMachine, fromAccount, toAccount, msgLifeTime, msgSeq, msgRandom, msgTimeStamp, msgBody, cloudCustomData, offlinePushInfo);
  }

  @Override
  public String toString() {
    return new ModelSupport.ToString("SendMsgRequest")
        .add("SyncOtherMachine", syncOtherMachine)
        .add("From_Account", fromAccount)
        .add("To_Account", toAccount)
        .add("MsgLifeTime", msgLifeTime)
        .add("MsgSeq", msgSeq)
        .add("MsgRandom", msgRandom)
        .add("MsgTimeStamp", msgTimeStamp)
        .add("MsgBody", msgBody)
        .add("CloudCustomData", cloudCustomData)
        .add("OfflinePushInfo", offlinePushInfo)
        .toString();
  }

  /**
   * Builds a {@link SendMsgRequest}: each setter checks its own argument, {@link #build()} checks that
   * every required property is set. Not thread-safe; a builder may be reused after {@code build()}.
   */
  public static final class Builder {
    Integer syncOtherMachine;
    String fromAccount;
    String toAccount;
    Integer msgLifeTime;
    Long msgSeq;
    Long msgRandom;
    Long msgTimeStamp;
    List<MsgElement> msgBody;
    String cloudCustomData;
    OfflinePushInfo offlinePushInfo;

    private Builder() {
    }

    private Builder(SendMsgRequest source) {
      this.syncOtherMachine = source.syncOtherMachine;
      this.fromAccount = source.fromAccount;
      this.toAccount = source.toAccount;
      this.msgLifeTime = source.msgLifeTime;
      this.msgSeq = source.msgSeq;
      this.msgRandom = source.msgRandom;
      this.msgTimeStamp = source.msgTimeStamp;
      this.msgBody = source.msgBody;
      this.cloudCustomData = source.cloudCustomData;
      this.offlinePushInfo = source.offlinePushInfo;
    }

    /**
     * Sets {@code SyncOtherMachine} (optional): 1 also syncs the message to the sender's devices; 2 does not.
     *
     * @param syncOtherMachine the value, or null to leave the property out
     * @return this builder
     */
    public Builder syncOtherMachine(Integer syncOtherMachine) {
      this.syncOtherMachine = syncOtherMachine;
      return this;
    }

    /**
     * Sets {@code From_Account} (optional): The sender's UserID; the App admin when absent.
     *
     * @param fromAccount the value, or null to leave the property out
     * @return this builder
     */
    public Builder fromAccount(String fromAccount) {
      this.fromAccount = fromAccount;
      return this;
    }

    /**
     * Sets {@code To_Account} (required): The receiver's UserID.
     *
     * @param toAccount the value; not null
     * @return this builder
     * @throws NullPointerException if {@code toAccount} is null; the message names the property
     */
    public Builder toAccount(String toAccount) {
      Objects.requireNonNull(toAccount, "To_Account");
      this.toAccount = toAccount;
      return this;
    }

    /**
     * Sets {@code MsgLifeTime} (optional): How long an offline message is kept, in seconds (0 = delivered online only).
     *
     * @param msgLifeTime the value, or null to leave the property out
     * @return this builder
     */
    public Builder msgLifeTime(Integer msgLifeTime) {
      this.msgLifeTime = msgLifeTime;
      return this;
    }

    /**
     * Sets {@code MsgSeq} (optional): The message's sequence number, chosen by the client; the server picks one when absent.
     *
     * @param msgSeq the value, or null to leave the property out
     * @return this builder
     */
    public Builder msgSeq(Long msgSeq) {
      this.msgSeq = msgSeq;
      return this;
    }

    /**
     * Sets {@code MsgRandom} (optional): An unsigned 32-bit number identifying the message together with MsgSeq and MsgTimeStamp. The server requires it; a client may leave it to its library to fill in, once, before the first attempt, so that every retry carries the same value.
     *
     * @param msgRandom the value, or null to leave the property out
     * @return this builder
     */
    public Builder msgRandom(Long msgRandom) {
      this.msgRandom = msgRandom;
      return this;
    }

    /**
     * Sets {@code MsgTimeStamp} (optional): When the message was sent, in Unix seconds; now when absent.
     *
     * @param msgTimeStamp the value, or null to leave the property out
     * @return this builder
     */
    public Builder msgTimeStamp(Long msgTimeStamp) {
      this.msgTimeStamp = msgTimeStamp;
      return this;
    }

    /**
     * Sets {@code MsgBody} (required): The message content, an array of message elements. At most one {@code TIMCustomElem} per message; the serialized body is limited to 12 KB.
     * The list is copied: changing it afterwards does not change this builder.
     *
     * @param msgBody the value; not null
     * @return this builder
     * @throws NullPointerException if {@code msgBody} is null or holds null; the message names the property
     */
    public Builder msgBody(List<MsgElement> msgBody) {
      Objects.requireNonNull(msgBody, "MsgBody");
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
     * Sets {@code OfflinePushInfo} (optional): the {@link OfflinePushInfo}.
     *
     * @param offlinePushInfo the value, or null to leave the property out
     * @return this builder
     */
    public Builder offlinePushInfo(OfflinePushInfo offlinePushInfo) {
      this.offlinePushInfo = offlinePushInfo;
      return this;
    }

    /**
     * Builds the immutable {@code SendMsgRequest}.
     *
     * @return the new value
     * @throws TimValidationException if {@code To_Account} or {@code MsgBody} is not set
     *     (its {@code rule()} is {@code required})
     */
    public SendMsgRequest build() {
      ModelSupport.requirePresent(toAccount, "SendMsgRequest", "To_Account");
      ModelSupport.requirePresent(msgBody, "SendMsgRequest", "MsgBody");
      return new SendMsgRequest(this);
    }
  }
}

