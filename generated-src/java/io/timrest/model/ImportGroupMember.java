// Generated from spec/openapi.yaml by templates/model.mustache. Do not edit: change the spec or
// the template and run `mvn generate-sources`.
package io.timrest.model;

import com.squareup.moshi.Json;
import com.squareup.moshi.JsonClass;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * <p>Immutable: create one with {@link #builder()}, derive a changed copy with {@link #toBuilder()}.
 * Optional properties are {@link Optional}; lists are unmodifiable.
 */
@JsonClass(generateAdapter = true)
public final class ImportGroupMember {
  /** A value of {@code Role}. */
  public static final String ROLE_ADMIN = "Admin";

  @Json(name = "Member_Account")
  final String memberAccount;
  @Json(name = "Role")
  final String role;
  @Json(name = "JoinTime")
  final Long joinTime;
  @Json(name = "UnreadMsgNum")
  final Integer unreadMsgNum;

  private ImportGroupMember(Builder builder) {
    this.memberAccount = builder.memberAccount;
    this.role = builder.role;
    this.joinTime = builder.joinTime;
    this.unreadMsgNum = builder.unreadMsgNum;
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * {@code Member_Account} (required): The member's UserID.
   */
  public String memberAccount() {
    return memberAccount;
  }

  /**
   * {@code Role} (optional): `Admin` for an administrator; absent for an ordinary member.
   */
  public Optional<String> role() {
    return Optional.ofNullable(role);
  }

  /**
   * {@code JoinTime} (optional): When the member joined, in Unix seconds; later than the group's creation time and earlier than now.
   */
  public Optional<Long> joinTime() {
    return Optional.ofNullable(joinTime);
  }

  /**
   * {@code UnreadMsgNum} (optional): The member's unread message count; capped at the group's number of messages.
   */
  public Optional<Integer> unreadMsgNum() {
    return Optional.ofNullable(unreadMsgNum);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof ImportGroupMember)) {
      return false;
    }
    ImportGroupMember other = (ImportGroupMember) o;
    return Objects.equals(memberAccount, other.memberAccount)
        && Objects.equals(role, other.role)
        && Objects.equals(joinTime, other.joinTime)
        && Objects.equals(unreadMsgNum, other.unreadMsgNum);
  }

  @Override
  public int hashCode() {
    return Objects.hash(memberAccount, role, joinTime, unreadMsgNum);
  }

  @Override
  public String toString() {
    return new ModelSupport.ToString("ImportGroupMember")
        .add("Member_Account", memberAccount)
        .add("Role", role)
        .add("JoinTime", joinTime)
        .add("UnreadMsgNum", unreadMsgNum)
        .toString();
  }

  /** Builds a {@link ImportGroupMember}; {@link #build()} checks that every required property is set. */
  public static final class Builder {
    String memberAccount;
    String role = "Admin";
    Long joinTime;
    Integer unreadMsgNum;

    private Builder() {
    }

    private Builder(ImportGroupMember source) {
      this.memberAccount = source.memberAccount;
      this.role = source.role;
      this.joinTime = source.joinTime;
      this.unreadMsgNum = source.unreadMsgNum;
    }

    /**
     * Sets {@code Member_Account} (required; must not be null).
     */
    public Builder memberAccount(String memberAccount) {
      Objects.requireNonNull(memberAccount, "Member_Account");
      this.memberAccount = memberAccount;
      return this;
    }

    /**
     * Sets {@code Role} (optional; null leaves it out).
     */
    Builder role(String role) {
      this.role = role;
      return this;
    }

    /**
     * Sets {@code JoinTime} (optional; null leaves it out).
     */
    public Builder joinTime(Long joinTime) {
      this.joinTime = joinTime;
      return this;
    }

    /**
     * Sets {@code UnreadMsgNum} (optional; null leaves it out).
     */
    public Builder unreadMsgNum(Integer unreadMsgNum) {
      this.unreadMsgNum = unreadMsgNum;
      return this;
    }

    /** Returns the immutable value; throws {@link IllegalStateException} naming a missing required property. */
    public ImportGroupMember build() {
      ModelSupport.requirePresent(memberAccount, "ImportGroupMember", "Member_Account");
      ModelSupport.requireConstant(role, "Admin", "ImportGroupMember", "Role");
      return new ImportGroupMember(this);
    }
  }
}

