// Generated from spec/openapi.yaml by templates/model.mustache. Do not edit: change the spec or
// the template and run mvn generate-sources.
package io.timrest.model;

import io.timrest.TimValidationException;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of a one-to-one conversation. Name the two accounts either {@code Operator_Account}/{@code Peer_Account} or the older {@code From_Account}/{@code To_Account}.
 *
 * <p>Immutable and thread-safe: create one with {@link #builder()}, derive a changed copy with
 * {@link #toBuilder()}. Optional properties are {@link Optional}; lists are unmodifiable and hold no
 * null. {@link #equals(Object)} compares every property. {@link Builder#build()} checks that the
 * required properties are set and numbers are finite; {@link #validate()} checks the spec's
 * other constraints, which the client does before sending a request (an answer from the server
 * is not held to them).
 */
public final class AdminGetRoamMsgRequest {
  /** The fewest UTF-8 bytes of {@code Operator_Account}: the spec's {@code minLength}, counted as the server counts. */
  public static final int OPERATOR_ACCOUNT_MIN_LENGTH = 1;
  /** The most UTF-8 bytes of {@code Operator_Account}: the spec's {@code maxLength}, counted as the server counts. */
  public static final int OPERATOR_ACCOUNT_MAX_LENGTH = 32;
  /** The fewest UTF-8 bytes of {@code Peer_Account}: the spec's {@code minLength}, counted as the server counts. */
  public static final int PEER_ACCOUNT_MIN_LENGTH = 1;
  /** The most UTF-8 bytes of {@code Peer_Account}: the spec's {@code maxLength}, counted as the server counts. */
  public static final int PEER_ACCOUNT_MAX_LENGTH = 32;
  /** The fewest UTF-8 bytes of {@code From_Account}: the spec's {@code minLength}, counted as the server counts. */
  public static final int FROM_ACCOUNT_MIN_LENGTH = 1;
  /** The most UTF-8 bytes of {@code From_Account}: the spec's {@code maxLength}, counted as the server counts. */
  public static final int FROM_ACCOUNT_MAX_LENGTH = 32;
  /** The fewest UTF-8 bytes of {@code To_Account}: the spec's {@code minLength}, counted as the server counts. */
  public static final int TO_ACCOUNT_MIN_LENGTH = 1;
  /** The most UTF-8 bytes of {@code To_Account}: the spec's {@code maxLength}, counted as the server counts. */
  public static final int TO_ACCOUNT_MAX_LENGTH = 32;
  /** The smallest {@code MaxCnt}: the spec's {@code minimum}. */
  public static final int MAX_CNT_MINIMUM = 1;
  /** The smallest {@code MinTime}: the spec's {@code minimum}. */
  public static final long MIN_TIME_MINIMUM = 0L;
  /** The smallest {@code MaxTime}: the spec's {@code minimum}. */
  public static final long MAX_TIME_MINIMUM = 0L;

  final String operatorAccount;
  final String peerAccount;
  final String fromAccount;
  final String toAccount;
  final Integer maxCnt;
  final Long minTime;
  final Long maxTime;
  final String lastMsgKey;

  private AdminGetRoamMsgRequest(Builder builder) {
    this.operatorAccount = builder.operatorAccount;
    this.peerAccount = builder.peerAccount;
    this.fromAccount = builder.fromAccount;
    this.toAccount = builder.toAccount;
    this.maxCnt = builder.maxCnt;
    this.minTime = builder.minTime;
    this.maxTime = builder.maxTime;
    this.lastMsgKey = builder.lastMsgKey;
  }

  /**
   * Returns a new builder; {@link Builder#build()} requires
   * {@code MaxCnt}, {@code MinTime} and {@code MaxTime}.
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
  public AdminGetRoamMsgRequest validate() {
    validateAt("");
    return this;
  }

  /** {@link #validate()} for a value at {@code at} (its path and a dot, or empty at the top). */
  void validateAt(String at) {
    ModelSupport.checkMinLength(operatorAccount, OPERATOR_ACCOUNT_MIN_LENGTH, at, "Operator_Account");
    ModelSupport.checkMaxLength(operatorAccount, OPERATOR_ACCOUNT_MAX_LENGTH, at, "Operator_Account");
    ModelSupport.checkMinLength(peerAccount, PEER_ACCOUNT_MIN_LENGTH, at, "Peer_Account");
    ModelSupport.checkMaxLength(peerAccount, PEER_ACCOUNT_MAX_LENGTH, at, "Peer_Account");
    ModelSupport.checkMinLength(fromAccount, FROM_ACCOUNT_MIN_LENGTH, at, "From_Account");
    ModelSupport.checkMaxLength(fromAccount, FROM_ACCOUNT_MAX_LENGTH, at, "From_Account");
    ModelSupport.checkMinLength(toAccount, TO_ACCOUNT_MIN_LENGTH, at, "To_Account");
    ModelSupport.checkMaxLength(toAccount, TO_ACCOUNT_MAX_LENGTH, at, "To_Account");
    ModelSupport.checkMinimum(maxCnt, MAX_CNT_MINIMUM, at, "MaxCnt");
    ModelSupport.checkMinimum(minTime, MIN_TIME_MINIMUM, at, "MinTime");
    ModelSupport.checkMinimum(maxTime, MAX_TIME_MINIMUM, at, "MaxTime");
  }

  /**
   * {@code Operator_Account} (optional): One account of the conversation.
   *
   * @return the value, or empty when the property is absent
   */
  public Optional<String> operatorAccount() {
    return Optional.ofNullable(operatorAccount);
  }

  /**
   * {@code Peer_Account} (optional): The other account of the conversation.
   *
   * @return the value, or empty when the property is absent
   */
  public Optional<String> peerAccount() {
    return Optional.ofNullable(peerAccount);
  }

  /**
   * {@code From_Account} (optional): Older name of {@code Operator_Account}.
   *
   * @return the value, or empty when the property is absent
   */
  public Optional<String> fromAccount() {
    return Optional.ofNullable(fromAccount);
  }

  /**
   * {@code To_Account} (optional): Older name of {@code Peer_Account}.
   *
   * @return the value, or empty when the property is absent
   */
  public Optional<String> toAccount() {
    return Optional.ofNullable(toAccount);
  }

  /**
   * {@code MaxCnt} (required): How many messages to return at most.
   *
   * @return the value; never null, the property is required
   */
  public int maxCnt() {
    return maxCnt;
  }

  /**
   * {@code MinTime} (required): The earliest send time, in Unix seconds.
   *
   * @return the value; never null, the property is required
   */
  public long minTime() {
    return minTime;
  }

  /**
   * {@code MaxTime} (required): The latest send time, in Unix seconds; not earlier than {@code MinTime}.
   *
   * @return the value; never null, the property is required
   */
  public long maxTime() {
    return maxTime;
  }

  /**
   * {@code LastMsgKey} (optional): The {@code LastMsgKey} of the previous page, to continue from there.
   *
   * @return the value, or empty when the property is absent
   */
  public Optional<String> lastMsgKey() {
    return Optional.ofNullable(lastMsgKey);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof AdminGetRoamMsgRequest)) {
      return false;
    }
    AdminGetRoamMsgRequest other = (AdminGetRoamMsgRequest) o;
    return Objects.equals(operatorAccount, other.operatorAccount)
        && Objects.equals(peerAccount, other.peerAccount)
        && Objects.equals(fromAccount, other.fromAccount)
        && Objects.equals(toAccount, other.toAccount)
        && Objects.equals(maxCnt, other.maxCnt)
        && Objects.equals(minTime, other.minTime)
        && Objects.equals(maxTime, other.maxTime)
        && Objects.equals(lastMsgKey, other.lastMsgKey);
  }

  @Override
  public int hashCode() {
    return Objects.hash(operatorAccount, peerAccount, fromAccount, toAccount, maxCnt, minTime, maxTime, lastMsgKey);
  }

  @Override
  public String toString() {
    return new ModelSupport.ToString("AdminGetRoamMsgRequest")
        .add("Operator_Account", operatorAccount)
        .add("Peer_Account", peerAccount)
        .add("From_Account", fromAccount)
        .add("To_Account", toAccount)
        .add("MaxCnt", maxCnt)
        .add("MinTime", minTime)
        .add("MaxTime", maxTime)
        .add("LastMsgKey", lastMsgKey)
        .toString();
  }

  /**
   * Builds a {@link AdminGetRoamMsgRequest}: each setter checks its own argument, {@link #build()} checks that
   * every required property is set. Not thread-safe; a builder may be reused after {@code build()}.
   */
  public static final class Builder {
    String operatorAccount;
    String peerAccount;
    String fromAccount;
    String toAccount;
    Integer maxCnt;
    Long minTime;
    Long maxTime;
    String lastMsgKey;

    private Builder() {
    }

    private Builder(AdminGetRoamMsgRequest source) {
      this.operatorAccount = source.operatorAccount;
      this.peerAccount = source.peerAccount;
      this.fromAccount = source.fromAccount;
      this.toAccount = source.toAccount;
      this.maxCnt = source.maxCnt;
      this.minTime = source.minTime;
      this.maxTime = source.maxTime;
      this.lastMsgKey = source.lastMsgKey;
    }

    /**
     * Sets {@code Operator_Account} (optional): One account of the conversation.
     *
     * @param operatorAccount the value, or null to leave the property out
     * @return this builder
     */
    public Builder operatorAccount(String operatorAccount) {
      this.operatorAccount = operatorAccount;
      return this;
    }

    /**
     * Sets {@code Peer_Account} (optional): The other account of the conversation.
     *
     * @param peerAccount the value, or null to leave the property out
     * @return this builder
     */
    public Builder peerAccount(String peerAccount) {
      this.peerAccount = peerAccount;
      return this;
    }

    /**
     * Sets {@code From_Account} (optional): Older name of {@code Operator_Account}.
     *
     * @param fromAccount the value, or null to leave the property out
     * @return this builder
     */
    public Builder fromAccount(String fromAccount) {
      this.fromAccount = fromAccount;
      return this;
    }

    /**
     * Sets {@code To_Account} (optional): Older name of {@code Peer_Account}.
     *
     * @param toAccount the value, or null to leave the property out
     * @return this builder
     */
    public Builder toAccount(String toAccount) {
      this.toAccount = toAccount;
      return this;
    }

    /**
     * Sets {@code MaxCnt} (required): How many messages to return at most.
     *
     * @param maxCnt the value; not null
     * @return this builder
     * @throws NullPointerException if {@code maxCnt} is null; the message names the property
     */
    public Builder maxCnt(Integer maxCnt) {
      Objects.requireNonNull(maxCnt, "MaxCnt");
      this.maxCnt = maxCnt;
      return this;
    }

    /**
     * Sets {@code MinTime} (required): The earliest send time, in Unix seconds.
     *
     * @param minTime the value; not null
     * @return this builder
     * @throws NullPointerException if {@code minTime} is null; the message names the property
     */
    public Builder minTime(Long minTime) {
      Objects.requireNonNull(minTime, "MinTime");
      this.minTime = minTime;
      return this;
    }

    /**
     * Sets {@code MaxTime} (required): The latest send time, in Unix seconds; not earlier than {@code MinTime}.
     *
     * @param maxTime the value; not null
     * @return this builder
     * @throws NullPointerException if {@code maxTime} is null; the message names the property
     */
    public Builder maxTime(Long maxTime) {
      Objects.requireNonNull(maxTime, "MaxTime");
      this.maxTime = maxTime;
      return this;
    }

    /**
     * Sets {@code LastMsgKey} (optional): The {@code LastMsgKey} of the previous page, to continue from there.
     *
     * @param lastMsgKey the value, or null to leave the property out
     * @return this builder
     */
    public Builder lastMsgKey(String lastMsgKey) {
      this.lastMsgKey = lastMsgKey;
      return this;
    }

    /**
     * Builds the immutable {@code AdminGetRoamMsgRequest}.
     *
     * @return the new value
     * @throws TimValidationException if {@code MaxCnt}, {@code MinTime} or {@code MaxTime} is not set
     *     (its {@code rule()} is {@code required})
     */
    public AdminGetRoamMsgRequest build() {
      ModelSupport.requirePresent(maxCnt, "AdminGetRoamMsgRequest", "MaxCnt");
      ModelSupport.requirePresent(minTime, "AdminGetRoamMsgRequest", "MinTime");
      ModelSupport.requirePresent(maxTime, "AdminGetRoamMsgRequest", "MaxTime");
      return new AdminGetRoamMsgRequest(this);
    }
  }
}

