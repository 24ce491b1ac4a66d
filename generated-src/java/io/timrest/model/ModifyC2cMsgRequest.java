// Generated from spec/openapi.yaml by templates/model.mustache. Do not edit: change the spec or
// the template and run mvn generate-sources.
package io.timrest.model;

import io.timrest.TimValidationException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Identifies a one-to-one message and the fields to overwrite. At least one of {@code MsgBody} and {@code CloudCustomData} is required.
 *
 * <p>Immutable and thread-safe: create one with {@link #builder()}, derive a changed copy with
 * {@link #toBuilder()}. Optional properties are {@link Optional}; lists are unmodifiable and hold no
 * null. {@link #equals(Object)} compares every property. {@link Builder#build()} checks that the
 * required properties are set and numbers are finite; {@link #validate()} checks the spec's
 * other constraints, which the client does before sending a request (an answer from the server
 * is not held to them).
 */
public final class ModifyC2cMsgRequest {
  /** The fewest UTF-8 bytes of {@code From_Account}: the spec's {@code minLength}, counted as the server counts. */
  public static final int FROM_ACCOUNT_MIN_LENGTH = 1;
  /** The most UTF-8 bytes of {@code From_Account}: the spec's {@code maxLength}, counted as the server counts. */
  public static final int FROM_ACCOUNT_MAX_LENGTH = 32;
  /** The fewest UTF-8 bytes of {@code To_Account}: the spec's {@code minLength}, counted as the server counts. */
  public static final int TO_ACCOUNT_MIN_LENGTH = 1;
  /** The most UTF-8 bytes of {@code To_Account}: the spec's {@code maxLength}, counted as the server counts. */
  public static final int TO_ACCOUNT_MAX_LENGTH = 32;
  /** The fewest UTF-8 bytes of {@code MsgKey}: the spec's {@code minLength}, counted as the server counts. */
  public static final int MSG_KEY_MIN_LENGTH = 1;
  /** The most UTF-8 bytes of {@code MsgKey}: the spec's {@code maxLength}, counted as the server counts. */
  public static final int MSG_KEY_MAX_LENGTH = 50;
  /** The fewest elements of {@code MsgBody}: the spec's {@code minItems}. */
  public static final int MSG_BODY_MIN_ITEMS = 1;

  final String fromAccount;
  final String toAccount;
  final String msgKey;
  final List<MsgElement> msgBody;
  final String cloudCustomData;

  private ModifyC2cMsgRequest(Builder builder) {
    this.fromAccount = builder.fromAccount;
    this.toAccount = builder.toAccount;
    this.msgKey = builder.msgKey;
    this.msgBody = ModelSupport.unmodifiableCopy(builder.msgBody);
    this.cloudCustomData = builder.cloudCustomData;
  }

  /**
   * Returns a new builder; {@link Builder#build()} requires
   * {@code From_Account}, {@code To_Account} and {@code MsgKey}.
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
  public ModifyC2cMsgRequest validate() {
    validateAt("");
    return this;
  }

  /** {@link #validate()} for a value at {@code at} (its path and a dot, or empty at the top). */
  void validateAt(String at) {
    ModelSupport.checkMinLength(fromAccount, FROM_ACCOUNT_MIN_LENGTH, at, "From_Account");
    ModelSupport.checkMaxLength(fromAccount, FROM_ACCOUNT_MAX_LENGTH, at, "From_Account");
    ModelSupport.checkMinLength(toAccount, TO_ACCOUNT_MIN_LENGTH, at, "To_Account");
    ModelSupport.checkMaxLength(toAccount, TO_ACCOUNT_MAX_LENGTH, at, "To_Account");
    ModelSupport.checkMinLength(msgKey, MSG_KEY_MIN_LENGTH, at, "MsgKey");
    ModelSupport.checkMaxLength(msgKey, MSG_KEY_MAX_LENGTH, at, "MsgKey");
    ModelSupport.checkMinItems(msgBody, MSG_BODY_MIN_ITEMS, at, "MsgBody");
    ModelSupport.validateEach(msgBody, at, "MsgBody");
  }

  /**
   * {@code From_Account} (required): UserID of the message's sender.
   *
   * @return the value; never null, the property is required
   */
  public String fromAccount() {
    return fromAccount;
  }

  /**
   * {@code To_Account} (required): UserID of the message's receiver.
   *
   * @return the value; never null, the property is required
   */
  public String toAccount() {
    return toAccount;
  }

  /**
   * {@code MsgKey} (required): The unique key of the message, {@code {MsgSeq}_{MsgRandom}_{MsgTimeStamp}} (for example {@code 549396494_2578554_1584669680}).
   *
   * @return the value; never null, the property is required
   */
  public String msgKey() {
    return msgKey;
  }

  /**
   * {@code MsgBody} (optional): The message content, an array of message elements. At most one {@code TIMCustomElem} per message; the serialized body is limited to 12 KB.
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
    if (!(o instanceof ModifyC2cMsgRequest)) {
      return false;
    }
    ModifyC2cMsgRequest other = (ModifyC2cMsgRequest) o;
    return Objects.equals(fromAccount, other.fromAccount)
        && Objects.equals(toAccount, other.toAccount)
        && Objects.equals(msgKey, other.msgKey)
        && Objects.equals(msgBody, other.msgBody)
        && Objects.equals(cloudCustomData, other.cloudCustomData);
  }

  @Override
  public int hashCode() {
    return Objects.hash(fromAccount, toAccount, msgKey, msgBody, cloudCustomData);
  }

  @Override
  public String toString() {
    return new ModelSupport.ToString("ModifyC2cMsgRequest")
        .add("From_Account", fromAccount)
        .add("To_Account", toAccount)
        .add("MsgKey", msgKey)
        .add("MsgBody", msgBody)
        .add("CloudCustomData", cloudCustomData)
        .toString();
  }

  /**
   * Builds a {@link ModifyC2cMsgRequest}: each setter checks its own argument, {@link #build()} checks that
   * every required property is set. Not thread-safe; a builder may be reused after {@code build()}.
   */
  public static final class Builder {
    String fromAccount;
    String toAccount;
    String msgKey;
    List<MsgElement> msgBody;
    String cloudCustomData;

    private Builder() {
    }

    private Builder(ModifyC2cMsgRequest source) {
      this.fromAccount = source.fromAccount;
      this.toAccount = source.toAccount;
      this.msgKey = source.msgKey;
      this.msgBody = source.msgBody;
      this.cloudCustomData = source.cloudCustomData;
    }

    /**
     * Sets {@code From_Account} (required): UserID of the message's sender.
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
     * Sets {@code To_Account} (required): UserID of the message's receiver.
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
     * Sets {@code MsgKey} (required): The unique key of the message, {@code {MsgSeq}_{MsgRandom}_{MsgTimeStamp}} (for example {@code 549396494_2578554_1584669680}).
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
     * Sets {@code MsgBody} (optional): The message content, an array of message elements. At most one {@code TIMCustomElem} per message; the serialized body is limited to 12 KB.
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
     * Builds the immutable {@code ModifyC2cMsgRequest}.
     *
     * @return the new value
     * @throws TimValidationException if {@code From_Account}, {@code To_Account} or {@code MsgKey} is not set
     *     (its {@code rule()} is {@code required})
     */
    public ModifyC2cMsgRequest build() {
      ModelSupport.requirePresent(fromAccount, "ModifyC2cMsgRequest", "From_Account");
      ModelSupport.requirePresent(toAccount, "ModifyC2cMsgRequest", "To_Account");
      ModelSupport.requirePresent(msgKey, "ModifyC2cMsgRequest", "MsgKey");
      return new ModifyC2cMsgRequest(this);
    }
  }
}

