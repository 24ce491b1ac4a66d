// Generated from spec/openapi.yaml by templates/model.mustache. Do not edit: change the spec or
// the template and run mvn generate-sources.
package io.timrest.model;

import io.timrest.TimValidationException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One message to import.
 *
 * <p>Immutable and thread-safe: create one with {@link #builder()}, derive a changed copy with
 * {@link #toBuilder()}. Optional properties are {@link Optional}; lists are unmodifiable and hold no
 * null. {@link #equals(Object)} compares every property. {@link Builder#build()} checks that the
 * required properties are set and numbers are finite; {@link #validate()} checks the spec's
 * other constraints, which the client does before sending a request (an answer from the server
 * is not held to them).
 */
public final class ImportMsg {
  /** The fewest UTF-8 bytes of {@code From_Account}: the spec's {@code minLength}, counted as the server counts. */
  public static final int FROM_ACCOUNT_MIN_LENGTH = 1;
  /** The most UTF-8 bytes of {@code From_Account}: the spec's {@code maxLength}, counted as the server counts. */
  public static final int FROM_ACCOUNT_MAX_LENGTH = 32;
  /** The smallest {@code SendTime}: the spec's {@code minimum}. */
  public static final long SEND_TIME_MINIMUM = 0L;
  /** The smallest {@code Random}: the spec's {@code minimum}. */
  public static final long RANDOM_MINIMUM = 0L;
  /** The largest {@code Random}: the spec's {@code maximum}. */
  public static final long RANDOM_MAXIMUM = 4294967295L;
  /** The fewest elements of {@code MsgBody}: the spec's {@code minItems}. */
  public static final int MSG_BODY_MIN_ITEMS = 1;

  final String fromAccount;
  final Long sendTime;
  final Long random;
  final List<MsgElement> msgBody;
  final String cloudCustomData;

  private ImportMsg(Builder builder) {
    this.fromAccount = builder.fromAccount;
    this.sendTime = builder.sendTime;
    this.random = builder.random;
    this.msgBody = ModelSupport.unmodifiableCopy(builder.msgBody);
    this.cloudCustomData = builder.cloudCustomData;
  }

  /**
   * Returns a new builder; {@link Builder#build()} requires
   * {@code From_Account}, {@code SendTime} and {@code MsgBody}.
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
  public ImportMsg validate() {
    validateAt("");
    return this;
  }

  /** {@link #validate()} for a value at {@code at} (its path and a dot, or empty at the top). */
  void validateAt(String at) {
    ModelSupport.checkMinLength(fromAccount, FROM_ACCOUNT_MIN_LENGTH, at, "From_Account");
    ModelSupport.checkMaxLength(fromAccount, FROM_ACCOUNT_MAX_LENGTH, at, "From_Account");
    ModelSupport.checkMinimum(sendTime, SEND_TIME_MINIMUM, at, "SendTime");
    ModelSupport.checkMinimum(random, RANDOM_MINIMUM, at, "Random");
    ModelSupport.checkMaximum(random, RANDOM_MAXIMUM, at, "Random");
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
   * {@code SendTime} (required): When the message was sent, in Unix seconds. Earlier than now, later than the group's creation, and not earlier than the newest message in the group nor than the previous message of the request (equal seconds are accepted).
   *
   * @return the value; never null, the property is required
   */
  public long sendTime() {
    return sendTime;
  }

  /**
   * {@code Random} (optional): An unsigned 32-bit number. Of two messages in a group with the same {@code Random} within five minutes, the later one is discarded as a duplicate.
   *
   * @return the value, or empty when the property is absent
   */
  public Optional<Long> random() {
    return Optional.ofNullable(random);
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
    if (!(o instanceof ImportMsg)) {
      return false;
    }
    ImportMsg other = (ImportMsg) o;
    return Objects.equals(fromAccount, other.fromAccount)
        && Objects.equals(sendTime, other.sendTime)
        && Objects.equals(random, other.random)
        && Objects.equals(msgBody, other.msgBody)
        && Objects.equals(cloudCustomData, other.cloudCustomData);
  }

  @Override
  public int hashCode() {
    return Objects.hash(fromAccount, sendTime, random, msgBody, cloudCustomData);
  }

  @Override
  public String toString() {
    return new ModelSupport.ToString("ImportMsg")
        .add("From_Account", fromAccount)
        .add("SendTime", sendTime)
        .add("Random", random)
        .add("MsgBody", msgBody)
        .add("CloudCustomData", cloudCustomData)
        .toString();
  }

  /**
   * Builds a {@link ImportMsg}: each setter checks its own argument, {@link #build()} checks that
   * every required property is set. Not thread-safe; a builder may be reused after {@code build()}.
   */
  public static final class Builder {
    String fromAccount;
    Long sendTime;
    Long random;
    List<MsgElement> msgBody;
    String cloudCustomData;

    private Builder() {
    }

    private Builder(ImportMsg source) {
      this.fromAccount = source.fromAccount;
      this.sendTime = source.sendTime;
      this.random = source.random;
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
     * Sets {@code SendTime} (required): When the message was sent, in Unix seconds. Earlier than now, later than the group's creation, and not earlier than the newest message in the group nor than the previous message of the request (equal seconds are accepted).
     *
     * @param sendTime the value; not null
     * @return this builder
     * @throws NullPointerException if {@code sendTime} is null; the message names the property
     */
    public Builder sendTime(Long sendTime) {
      Objects.requireNonNull(sendTime, "SendTime");
      this.sendTime = sendTime;
      return this;
    }

    /**
     * Sets {@code Random} (optional): An unsigned 32-bit number. Of two messages in a group with the same {@code Random} within five minutes, the later one is discarded as a duplicate.
     *
     * @param random the value, or null to leave the property out
     * @return this builder
     */
    public Builder random(Long random) {
      this.random = random;
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
     * Builds the immutable {@code ImportMsg}.
     *
     * @return the new value
     * @throws TimValidationException if {@code From_Account}, {@code SendTime} or {@code MsgBody} is not set
     *     (its {@code rule()} is {@code required})
     */
    public ImportMsg build() {
      ModelSupport.requirePresent(fromAccount, "ImportMsg", "From_Account");
      ModelSupport.requirePresent(sendTime, "ImportMsg", "SendTime");
      ModelSupport.requirePresent(msgBody, "ImportMsg", "MsgBody");
      return new ImportMsg(this);
    }
  }
}

