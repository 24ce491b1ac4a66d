// Generated from spec/openapi.yaml by templates/model.mustache. Do not edit: change the spec or
// the template and run mvn generate-sources.
package io.timrest.model;

import io.timrest.TimValidationException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A message of a one-to-one conversation.
 *
 * <p>Immutable and thread-safe: create one with {@link #builder()}, derive a changed copy with
 * {@link #toBuilder()}. Optional properties are {@link Optional}; lists are unmodifiable and hold no
 * null. {@link #equals(Object)} compares every property. {@link Builder#build()} checks that the
 * required properties are set and numbers are finite; {@link #validate()} checks the spec's
 * other constraints, which the client does before sending a request (an answer from the server
 * is not held to them).
 */
public final class C2cMsg {
  final String fromAccount;
  final String toAccount;
  final Long msgSeq;
  final Long msgRandom;
  final Long msgTimeStamp;
  final Integer msgFlagBits;
  final String msgKey;
  final List<MsgElement> msgBody;
  final String cloudCustomData;

  private C2cMsg(Builder builder) {
    this.fromAccount = builder.fromAccount;
    this.toAccount = builder.toAccount;
    this.msgSeq = builder.msgSeq;
    this.msgRandom = builder.msgRandom;
    this.msgTimeStamp = builder.msgTimeStamp;
    this.msgFlagBits = builder.msgFlagBits;
    this.msgKey = builder.msgKey;
    this.msgBody = ModelSupport.unmodifiableCopy(builder.msgBody);
    this.cloudCustomData = builder.cloudCustomData;
  }

  /**
   * Returns a new builder; {@link Builder#build()} requires
   * {@code MsgKey}.
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
  public C2cMsg validate() {
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
   * {@code To_Account} (optional): The receiver's UserID.
   *
   * @return the value, or empty when the property is absent
   */
  public Optional<String> toAccount() {
    return Optional.ofNullable(toAccount);
  }

  /**
   * {@code MsgSeq} (optional): The message's sequence number.
   *
   * @return the value, or empty when the property is absent
   */
  public Optional<Long> msgSeq() {
    return Optional.ofNullable(msgSeq);
  }

  /**
   * {@code MsgRandom} (optional): The message's random number.
   *
   * @return the value, or empty when the property is absent
   */
  public Optional<Long> msgRandom() {
    return Optional.ofNullable(msgRandom);
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
   * {@code MsgFlagBits} (optional): Message flags.
   *
   * @return the value, or empty when the property is absent
   */
  public Optional<Integer> msgFlagBits() {
    return Optional.ofNullable(msgFlagBits);
  }

  /**
   * {@code MsgKey} (required): The message's key, for {@code openim/modify_c2c_msg}.
   *
   * @return the value; never null, the property is required
   */
  public String msgKey() {
    return msgKey;
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
    if (!(o instanceof C2cMsg)) {
      return false;
    }
    C2cMsg other = (C2cMsg) o;
    return Objects.equals(fromAccount, other.fromAccount)
        && Objects.equals(toAccount, other.toAccount)
        && Objects.equals(msgSeq, other.msgSeq)
        && Objects.equals(msgRandom, other.msgRandom)
        && Objects.equals(msgTimeStamp, other.msgTimeStamp)
        && Objects.equals(msgFlagBits, other.msgFlagBits)
        && Objects.equals(msgKey, other.msgKey)
        && Objects.equals(msgBody, other.msgBody)
        && Objects.equals(cloudCustomData, other.cloudCustomData);
  }

  @Override
  public int hashCode() {
    return Objects.hash(fromAccount, toAccount, msgSeq, msgRandom, msgTimeStamp, msgFlagBits, msgKey, msgBody, cloudCustomData);
  }

  @Override
  public String toString() {
    return new ModelSupport.ToString("C2cMsg")
        .add("From_Account", fromAccount)
        .add("To_Account", toAccount)
        .add("MsgSeq", msgSeq)
        .add("MsgRandom", msgRandom)
        .add("MsgTimeStamp", msgTimeStamp)
        .add("MsgFlagBits", msgFlagBits)
        .add("MsgKey", msgKey)
        .add("MsgBody", msgBody)
        .add("CloudCustomData", cloudCustomData)
        .toString();
  }

  /**
   * Builds a {@link C2cMsg}: each setter checks its own argument, {@link #build()} checks that
   * every required property is set. Not thread-safe; a builder may be reused after {@code build()}.
   */
  public static final class Builder {
    String fromAccount;
    String toAccount;
    Long msgSeq;
    Long msgRandom;
    Long msgTimeStamp;
    Integer msgFlagBits;
    String msgKey;
    List<MsgElement> msgBody;
    String cloudCustomData;

    private Builder() {
    }

    private Builder(C2cMsg source) {
      this.fromAccount = source.fromAccount;
      this.toAccount = source.toAccount;
      this.msgSeq = source.msgSeq;
      this.msgRandom = source.msgRandom;
      this.msgTimeStamp = source.msgTimeStamp;
      this.msgFlagBits = source.msgFlagBits;
      this.msgKey = source.msgKey;
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
     * Sets {@code To_Account} (optional): The receiver's UserID.
     *
     * @param toAccount the value, or null to leave the property out
     * @return this builder
     */
    public Builder toAccount(String toAccount) {
      this.toAccount = toAccount;
      return this;
    }

    /**
     * Sets {@code MsgSeq} (optional): The message's sequence number.
     *
     * @param msgSeq the value, or null to leave the property out
     * @return this builder
     */
    public Builder msgSeq(Long msgSeq) {
      this.msgSeq = msgSeq;
      return this;
    }

    /**
     * Sets {@code MsgRandom} (optional): The message's random number.
     *
     * @param msgRandom the value, or null to leave the property out
     * @return this builder
     */
    public Builder msgRandom(Long msgRandom) {
      this.msgRandom = msgRandom;
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
     * Sets {@code MsgFlagBits} (optional): Message flags.
     *
     * @param msgFlagBits the value, or null to leave the property out
     * @return this builder
     */
    public Builder msgFlagBits(Integer msgFlagBits) {
      this.msgFlagBits = msgFlagBits;
      return this;
    }

    /**
     * Sets {@code MsgKey} (required): The message's key, for {@code openim/modify_c2c_msg}.
     *
     * @param msgKey the value; not null
     * @return this builder
     * @throws NullPointerException if {@code msgKey} is null; the message names the property
     */
    public Builder msgKey(String msgKey) {
      Objects.requireNonNull(msgKey, "MsgKey");
      this.msgKey = msgKey;
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
     * Builds the immutable {@code C2cMsg}.
     *
     * @return the new value
     * @throws TimValidationException if {@code MsgKey} is not set
     *     (its {@code rule()} is {@code required})
     */
    public C2cMsg build() {
      ModelSupport.requirePresent(msgKey, "C2cMsg", "MsgKey");
      return new C2cMsg(this);
    }
  }
}

