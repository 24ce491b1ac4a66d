// Generated from spec/openapi.yaml by templates/model.mustache. Do not edit: change the spec or
// the template and run `mvn generate-sources`.
package io.timrest.model;

import com.squareup.moshi.Json;
import com.squareup.moshi.JsonClass;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Identifies a one-to-one message and the fields to overwrite. At least one of {@code MsgBody} and {@code CloudCustomData} is required.
 *
 * <p>Immutable and thread-safe: create one with {@link #builder()}, derive a changed copy with
 * {@link #toBuilder()}. Optional properties are {@link Optional}; lists are unmodifiable and hold no
 * null. {@link #equals(Object)} compares every property.
 */
@JsonClass(generateAdapter = true)
public final class ModifyC2cMsgRequest {

  @Json(name = "From_Account")
  final String fromAccount;
  @Json(name = "To_Account")
  final String toAccount;
  @Json(name = "MsgKey")
  final String msgKey;
  @Json(name = "MsgBody")
  final List<MsgElement> msgBody;
  @Json(name = "CloudCustomData")
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
     * @throws IllegalStateException if {@code From_Account}, {@code To_Account} or {@code MsgKey} is not set; the message names the missing property
     */
    public ModifyC2cMsgRequest build() {
      ModelSupport.requirePresent(fromAccount, "ModifyC2cMsgRequest", "From_Account");
      ModelSupport.requirePresent(toAccount, "ModifyC2cMsgRequest", "To_Account");
      ModelSupport.requirePresent(msgKey, "ModifyC2cMsgRequest", "MsgKey");
      return new ModifyC2cMsgRequest(this);
    }
  }
}

