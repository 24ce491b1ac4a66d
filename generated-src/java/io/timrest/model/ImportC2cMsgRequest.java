// Generated from spec/openapi.yaml by templates/model.mustache. Do not edit: change the spec or
// the template and run mvn generate-sources.
package io.timrest.model;

import io.timrest.TimValidationException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The body of {@code openim/importmsg}: one historical one-to-one message, its sender and its receiver.
 *
 * <p>Immutable and thread-safe: create one with {@link #builder()}, derive a changed copy with
 * {@link #toBuilder()}. Optional properties are {@link Optional}; lists are unmodifiable and hold no
 * null. {@link #equals(Object)} compares every property. {@link Builder#build()} checks that the
 * required properties are set and numbers are finite; {@link #validate()} checks the spec's
 * other constraints, which the client does before sending a request (an answer from the server
 * is not held to them).
 */
public final class ImportC2cMsgRequest {
  /** The values {@code SyncFromOldSystem} may take: the spec's {@code enum}. */
  public static final List<Integer> SYNC_FROM_OLD_SYSTEM_VALUES = List.of(1, 2, 5);
  /** The fewest UTF-8 bytes of {@code From_Account}: the spec's {@code minLength}, counted as the server counts. */
  public static final int FROM_ACCOUNT_MIN_LENGTH = 1;
  /** The most UTF-8 bytes of {@code From_Account}: the spec's {@code maxLength}, counted as the server counts. */
  public static final int FROM_ACCOUNT_MAX_LENGTH = 32;
  /** The fewest UTF-8 bytes of {@code To_Account}: the spec's {@code minLength}, counted as the server counts. */
  public static final int TO_ACCOUNT_MIN_LENGTH = 1;
  /** The most UTF-8 bytes of {@code To_Account}: the spec's {@code maxLength}, counted as the server counts. */
  public static final int TO_ACCOUNT_MAX_LENGTH = 32;
  /** The smallest {@code MsgSeq}: the spec's {@code minimum}. */
  public static final long MSG_SEQ_MINIMUM = 0L;
  /** The largest {@code MsgSeq}: the spec's {@code maximum}. */
  public static final long MSG_SEQ_MAXIMUM = 4294967295L;
  /** The smallest {@code MsgRandom}: the spec's {@code minimum}. */
  public static final long MSG_RANDOM_MINIMUM = 0L;
  /** The largest {@code MsgRandom}: the spec's {@code maximum}. */
  public static final long MSG_RANDOM_MAXIMUM = 4294967295L;
  /** The smallest {@code MsgTimeStamp}: the spec's {@code minimum}. */
  public static final long MSG_TIME_STAMP_MINIMUM = 0L;
  /** The fewest elements of {@code MsgBody}: the spec's {@code minItems}. */
  public static final int MSG_BODY_MIN_ITEMS = 1;

  final Integer syncFromOldSystem;
  final String fromAccount;
  final String toAccount;
  final Long msgSeq;
  final Long msgRandom;
  final Long msgTimeStamp;
  final List<MsgElement> msgBody;
  final String cloudCustomData;

  private ImportC2cMsgRequest(Builder builder) {
    this.syncFromOldSystem = builder.syncFromOldSystem;
    this.fromAccount = builder.fromAccount;
    this.toAccount = builder.toAccount;
    this.msgSeq = builder.msgSeq;
    this.msgRandom = builder.msgRandom;
    this.msgTimeStamp = builder.msgTimeStamp;
    this.msgBody = ModelSupport.unmodifiableCopy(builder.msgBody);
    this.cloudCustomData = builder.cloudCustomData;
  }

  /**
   * Returns a new builder; {@link Builder#build()} requires
   * {@code SyncFromOldSystem}, {@code From_Account}, {@code To_Account}, {@code MsgTimeStamp} and {@code MsgBody}.
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
  public ImportC2cMsgRequest validate() {
    validateAt("");
    return this;
  }

  /** {@link #validate()} for a value at {@code at} (its path and a dot, or empty at the top). */
  void validateAt(String at) {
    ModelSupport.checkEnum(syncFromOldSystem, SYNC_FROM_OLD_SYSTEM_VALUES, at, "SyncFromOldSystem");
    ModelSupport.checkMinLength(fromAccount, FROM_ACCOUNT_MIN_LENGTH, at, "From_Account");
    ModelSupport.checkMaxLength(fromAccount, FROM_ACCOUNT_MAX_LENGTH, at, "From_Account");
    ModelSupport.checkMinLength(toAccount, TO_ACCOUNT_MIN_LENGTH, at, "To_Account");
    ModelSupport.checkMaxLength(toAccount, TO_ACCOUNT_MAX_LENGTH, at, "To_Account");
    ModelSupport.checkMinimum(msgSeq, MSG_SEQ_MINIMUM, at, "MsgSeq");
    ModelSupport.checkMaximum(msgSeq, MSG_SEQ_MAXIMUM, at, "MsgSeq");
    ModelSupport.checkMinimum(msgRandom, MSG_RANDOM_MINIMUM, at, "MsgRandom");
    ModelSupport.checkMaximum(msgRandom, MSG_RANDOM_MAXIMUM, at, "MsgRandom");
    ModelSupport.checkMinimum(msgTimeStamp, MSG_TIME_STAMP_MINIMUM, at, "MsgTimeStamp");
    ModelSupport.checkMinItems(msgBody, MSG_BODY_MIN_ITEMS, at, "MsgBody");
    ModelSupport.validateEach(msgBody, at, "MsgBody");
  }

  /**
   * {@code SyncFromOldSystem} (required): 2: history (not counted as unread, not pushed); 5: real-time import while two systems run side by side; 1: the older pages' value for history.
   *
   * @return the value; never null, the property is required
   */
  public int syncFromOldSystem() {
    return syncFromOldSystem;
  }

  /**
   * {@code From_Account} (required): The sender's UserID.
   *
   * @return the value; never null, the property is required
   */
  public String fromAccount() {
    return fromAccount;
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
   * {@code MsgSeq} (optional): An unsigned 32-bit sequence number; the server picks one when absent.
   *
   * @return the value, or empty when the property is absent
   */
  public Optional<Long> msgSeq() {
    return Optional.ofNullable(msgSeq);
  }

  /**
   * {@code MsgRandom} (optional): An unsigned 32-bit number identifying the message together with MsgSeq and MsgTimeStamp. The server requires it (90005 when absent); a client may leave it to its library to fill in, once, before the first attempt, so that every retry carries the same value.
   *
   * @return the value, or empty when the property is absent
   */
  public Optional<Long> msgRandom() {
    return Optional.ofNullable(msgRandom);
  }

  /**
   * {@code MsgTimeStamp} (required): When the message was sent, in Unix seconds; not in the future.
   *
   * @return the value; never null, the property is required
   */
  public long msgTimeStamp() {
    return msgTimeStamp;
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

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof ImportC2cMsgRequest)) {
      return false;
    }
    ImportC2cMsgRequest other = (ImportC2cMsgRequest) o;
    return Objects.equals(syncFromOldSystem, other.syncFromOldSystem)
        && Objects.equals(fromAccount, other.fromAccount)
        && Objects.equals(toAccount, other.toAccount)
        && Objects.equals(msgSeq, other.msgSeq)
        && Objects.equals(msgRandom, other.msgRandom)
        && Objects.equals(msgTimeStamp, other.msgTimeStamp)
        && Objects.equals(msgBody, other.msgBody)
        && Objects.equals(cloudCustomData, other.cloudCustomData);
  }

  @Override
  public int hashCode() {
    return Objects.hash(syncFromOldSystem, fromAccount, toAccount, msgSeq, msgRandom, msgTimeStamp, msgBody, cloudCustomData);
  }

  @Override
  public String toString() {
    return new ModelSupport.ToString("ImportC2cMsgRequest")
        .add("SyncFromOldSystem", syncFromOldSystem)
        .add("From_Account", fromAccount)
        .add("To_Account", toAccount)
        .add("MsgSeq", msgSeq)
        .add("MsgRandom", msgRandom)
        .add("MsgTimeStamp", msgTimeStamp)
        .add("MsgBody", msgBody)
        .add("CloudCustomData", cloudCustomData)
        .toString();
  }

  /**
   * Builds a {@link ImportC2cMsgRequest}: each setter checks its own argument, {@link #build()} checks that
   * every required property is set. Not thread-safe; a builder may be reused after {@code build()}.
   */
  public static final class Builder {
    Integer syncFromOldSystem;
    String fromAccount;
    String toAccount;
    Long msgSeq;
    Long msgRandom;
    Long msgTimeStamp;
    List<MsgElement> msgBody;
    String cloudCustomData;

    private Builder() {
    }

    private Builder(ImportC2cMsgRequest source) {
      this.syncFromOldSystem = source.syncFromOldSystem;
      this.fromAccount = source.fromAccount;
      this.toAccount = source.toAccount;
      this.msgSeq = source.msgSeq;
      this.msgRandom = source.msgRandom;
      this.msgTimeStamp = source.msgTimeStamp;
      this.msgBody = source.msgBody;
      this.cloudCustomData = source.cloudCustomData;
    }

    /**
     * Sets {@code SyncFromOldSystem} (required): 2: history (not counted as unread, not pushed); 5: real-time import while two systems run side by side; 1: the older pages' value for history.
     *
     * @param syncFromOldSystem the value; not null
     * @return this builder
     * @throws NullPointerException if {@code syncFromOldSystem} is null; the message names the property
     */
    public Builder syncFromOldSystem(Integer syncFromOldSystem) {
      Objects.requireNonNull(syncFromOldSystem, "SyncFromOldSystem");
      this.syncFromOldSystem = syncFromOldSystem;
      return this;
    }

    /**
     * Sets {@code From_Account} (required): The sender's UserID.
     *
     * @param fromAccount the value; not null
     * @return this builder
     * @throws NullPointerException if {@code fromAccount} is null; the message names the property
     */
    public Builder fromAccount(String fromAccount) {
      Objects.requireNonNull(fromAccount, "From_Account");
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
     * Sets {@code MsgSeq} (optional): An unsigned 32-bit sequence number; the server picks one when absent.
     *
     * @param msgSeq the value, or null to leave the property out
     * @return this builder
     */
    public Builder msgSeq(Long msgSeq) {
      this.msgSeq = msgSeq;
      return this;
    }

    /**
     * Sets {@code MsgRandom} (optional): An unsigned 32-bit number identifying the message together with MsgSeq and MsgTimeStamp. The server requires it (90005 when absent); a client may leave it to its library to fill in, once, before the first attempt, so that every retry carries the same value.
     *
     * @param msgRandom the value, or null to leave the property out
     * @return this builder
     */
    public Builder msgRandom(Long msgRandom) {
      this.msgRandom = msgRandom;
      return this;
    }

    /**
     * Sets {@code MsgTimeStamp} (required): When the message was sent, in Unix seconds; not in the future.
     *
     * @param msgTimeStamp the value; not null
     * @return this builder
     * @throws NullPointerException if {@code msgTimeStamp} is null; the message names the property
     */
    public Builder msgTimeStamp(Long msgTimeStamp) {
      Objects.requireNonNull(msgTimeStamp, "MsgTimeStamp");
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
     * Builds the immutable {@code ImportC2cMsgRequest}.
     *
     * @return the new value
     * @throws TimValidationException if {@code SyncFromOldSystem}, {@code From_Account}, {@code To_Account}, {@code MsgTimeStamp} or {@code MsgBody} is not set
     *     (its {@code rule()} is {@code required})
     */
    public ImportC2cMsgRequest build() {
      ModelSupport.requirePresent(syncFromOldSystem, "ImportC2cMsgRequest", "SyncFromOldSystem");
      ModelSupport.requirePresent(fromAccount, "ImportC2cMsgRequest", "From_Account");
      ModelSupport.requirePresent(toAccount, "ImportC2cMsgRequest", "To_Account");
      ModelSupport.requirePresent(msgTimeStamp, "ImportC2cMsgRequest", "MsgTimeStamp");
      ModelSupport.requirePresent(msgBody, "ImportC2cMsgRequest", "MsgBody");
      return new ImportC2cMsgRequest(this);
    }
  }
}

