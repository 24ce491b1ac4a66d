// Generated from spec/openapi.yaml by templates/model.mustache. Do not edit: change the spec or
// the template and run `mvn generate-sources`.
package io.timrest.model;

import com.squareup.moshi.Json;
import com.squareup.moshi.JsonClass;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Identifies a one-to-one message and the fields to overwrite. At least one of `MsgBody` and `CloudCustomData` is required.
 *
 * <p>Immutable: create one with {@link #builder()}, derive a changed copy with {@link #toBuilder()}.
 * Optional properties are {@link Optional}; lists are unmodifiable.
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

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * {@code From_Account} (required): UserID of the message's sender.
   */
  public String fromAccount() {
    return fromAccount;
  }

  /**
   * {@code To_Account} (required): UserID of the message's receiver.
   */
  public String toAccount() {
    return toAccount;
  }

  /**
   * {@code MsgKey} (required): The unique key of the message, `{MsgSeq}_{MsgRandom}_{MsgTimeStamp}` (for example `549396494_2578554_1584669680`).
   */
  public String msgKey() {
    return msgKey;
  }

  /**
   * {@code MsgBody} (optional): The message content, an array of message elements. At most one `TIMCustomElem` per message; the serialized body is limited to 12 KB.
   */
  public Optional<List<MsgElement>> msgBody() {
    return Optional.ofNullable(msgBody);
  }

  /**
   * {@code CloudCustomData} (optional): Custom data kept in the cloud with the message and delivered to the receiver; it can be pulled again after the app is reinstalled.
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

  /** Builds a {@link ModifyC2cMsgRequest}; {@link #build()} checks that every required property is set. */
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
     * Sets {@code From_Account} (required; must not be null).
     */
    public Builder fromAccount(String fromAccount) {
      Objects.requireNonNull(fromAccount, "From_Account");
      this.fromAccount = fromAccount;
      return this;
    }

    /**
     * Sets {@code To_Account} (required; must not be null).
     */
    public Builder toAccount(String toAccount) {
      Objects.requireNonNull(toAccount, "To_Account");
      this.toAccount = toAccount;
      return this;
    }

    /**
     * Sets {@code MsgKey} (required; must not be null).
     */
    public Builder msgKey(String msgKey) {
      Objects.requireNonNull(msgKey, "MsgKey");
      this.msgKey = msgKey;
      return this;
    }

    /**
     * Sets {@code MsgBody} (optional; null leaves it out).
     * The list is copied; it must not contain null.
     */
    public Builder msgBody(List<MsgElement> msgBody) {
      this.msgBody = ModelSupport.copyWithoutNulls(msgBody, "MsgBody");
      return this;
    }

    /**
     * Sets {@code CloudCustomData} (optional; null leaves it out).
     */
    public Builder cloudCustomData(String cloudCustomData) {
      this.cloudCustomData = cloudCustomData;
      return this;
    }

    /** Returns the immutable value; throws {@link IllegalStateException} naming a missing required property. */
    public ModifyC2cMsgRequest build() {
      ModelSupport.requirePresent(fromAccount, "ModifyC2cMsgRequest", "From_Account");
      ModelSupport.requirePresent(toAccount, "ModifyC2cMsgRequest", "To_Account");
      ModelSupport.requirePresent(msgKey, "ModifyC2cMsgRequest", "MsgKey");
      return new ModifyC2cMsgRequest(this);
    }
  }
}

