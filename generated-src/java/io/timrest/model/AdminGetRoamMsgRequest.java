// Generated from spec/openapi.yaml by templates/model.mustache. Do not edit: change the spec or
// the template and run `mvn generate-sources`.
package io.timrest.model;

import com.squareup.moshi.Json;
import com.squareup.moshi.JsonClass;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of a one-to-one conversation. Name the two accounts either `Operator_Account`/`Peer_Account` or the older `From_Account`/`To_Account`.
 *
 * <p>Immutable: create one with {@link #builder()}, derive a changed copy with {@link #toBuilder()}.
 * Optional properties are {@link Optional}; lists are unmodifiable.
 */
@JsonClass(generateAdapter = true)
public final class AdminGetRoamMsgRequest {

  @Json(name = "Operator_Account")
  final String operatorAccount;
  @Json(name = "Peer_Account")
  final String peerAccount;
  @Json(name = "From_Account")
  final String fromAccount;
  @Json(name = "To_Account")
  final String toAccount;
  @Json(name = "MaxCnt")
  final Integer maxCnt;
  @Json(name = "MinTime")
  final Long minTime;
  @Json(name = "MaxTime")
  final Long maxTime;
  @Json(name = "LastMsgKey")
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

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * {@code Operator_Account} (optional): One account of the conversation.
   */
  public Optional<String> operatorAccount() {
    return Optional.ofNullable(operatorAccount);
  }

  /**
   * {@code Peer_Account} (optional): The other account of the conversation.
   */
  public Optional<String> peerAccount() {
    return Optional.ofNullable(peerAccount);
  }

  /**
   * {@code From_Account} (optional): Older name of `Operator_Account`.
   */
  public Optional<String> fromAccount() {
    return Optional.ofNullable(fromAccount);
  }

  /**
   * {@code To_Account} (optional): Older name of `Peer_Account`.
   */
  public Optional<String> toAccount() {
    return Optional.ofNullable(toAccount);
  }

  /**
   * {@code MaxCnt} (required): How many messages to return at most.
   */
  public int maxCnt() {
    return maxCnt;
  }

  /**
   * {@code MinTime} (required): The earliest send time, in Unix seconds.
   */
  public long minTime() {
    return minTime;
  }

  /**
   * {@code MaxTime} (required): The latest send time, in Unix seconds.
   */
  public long maxTime() {
    return maxTime;
  }

  /**
   * {@code LastMsgKey} (optional): The `LastMsgKey` of the previous page, to continue from there.
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

  /** Builds a {@link AdminGetRoamMsgRequest}; {@link #build()} checks that every required property is set. */
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
     * Sets {@code Operator_Account} (optional; null leaves it out).
     */
    public Builder operatorAccount(String operatorAccount) {
      this.operatorAccount = operatorAccount;
      return this;
    }

    /**
     * Sets {@code Peer_Account} (optional; null leaves it out).
     */
    public Builder peerAccount(String peerAccount) {
      this.peerAccount = peerAccount;
      return this;
    }

    /**
     * Sets {@code From_Account} (optional; null leaves it out).
     */
    public Builder fromAccount(String fromAccount) {
      this.fromAccount = fromAccount;
      return this;
    }

    /**
     * Sets {@code To_Account} (optional; null leaves it out).
     */
    public Builder toAccount(String toAccount) {
      this.toAccount = toAccount;
      return this;
    }

    /**
     * Sets {@code MaxCnt} (required; must not be null).
     */
    public Builder maxCnt(Integer maxCnt) {
      Objects.requireNonNull(maxCnt, "MaxCnt");
      this.maxCnt = maxCnt;
      return this;
    }

    /**
     * Sets {@code MinTime} (required; must not be null).
     */
    public Builder minTime(Long minTime) {
      Objects.requireNonNull(minTime, "MinTime");
      this.minTime = minTime;
      return this;
    }

    /**
     * Sets {@code MaxTime} (required; must not be null).
     */
    public Builder maxTime(Long maxTime) {
      Objects.requireNonNull(maxTime, "MaxTime");
      this.maxTime = maxTime;
      return this;
    }

    /**
     * Sets {@code LastMsgKey} (optional; null leaves it out).
     */
    public Builder lastMsgKey(String lastMsgKey) {
      this.lastMsgKey = lastMsgKey;
      return this;
    }

    /** Returns the immutable value; throws {@link IllegalStateException} naming a missing required property. */
    public AdminGetRoamMsgRequest build() {
      ModelSupport.requirePresent(maxCnt, "AdminGetRoamMsgRequest", "MaxCnt");
      ModelSupport.requirePresent(minTime, "AdminGetRoamMsgRequest", "MinTime");
      ModelSupport.requirePresent(maxTime, "AdminGetRoamMsgRequest", "MaxTime");
      return new AdminGetRoamMsgRequest(this);
    }
  }
}

