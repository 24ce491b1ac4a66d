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
public final class CreateGroupRequest {
  /** A value of {@code Type}. */
  public static final String TYPE_PRIVATE = "Private";
  /** A value of {@code Type}. */
  public static final String TYPE_PUBLIC = "Public";
  /** A value of {@code Type}. */
  public static final String TYPE_CHAT_ROOM = "ChatRoom";
  /** A value of {@code Type}. */
  public static final String TYPE_AV_CHAT_ROOM = "AVChatRoom";
  /** A value of {@code Type}. */
  public static final String TYPE_COMMUNITY = "Community";

  @Json(name = "Owner_Account")
  final String ownerAccount;
  @Json(name = "Type")
  final String type;
  @Json(name = "GroupId")
  final String groupId;
  @Json(name = "Name")
  final String name;
  @Json(name = "Introduction")
  final String introduction;
  @Json(name = "Notification")
  final String notification;
  @Json(name = "FaceUrl")
  final String faceUrl;
  @Json(name = "MaxMemberCount")
  final Integer maxMemberCount;
  @Json(name = "ApplyJoinOption")
  final String applyJoinOption;
  @Json(name = "MemberList")
  final List<GroupMember> memberList;

  private CreateGroupRequest(Builder builder) {
    this.ownerAccount = builder.ownerAccount;
    this.type = builder.type;
    this.groupId = builder.groupId;
    this.name = builder.name;
    this.introduction = builder.introduction;
    this.notification = builder.notification;
    this.faceUrl = builder.faceUrl;
    this.maxMemberCount = builder.maxMemberCount;
    this.applyJoinOption = builder.applyJoinOption;
    this.memberList = ModelSupport.unmodifiableCopy(builder.memberList);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * {@code Owner_Account} (optional): UserID of the group owner; without it the App admin creates an ownerless group.
   */
  public Optional<String> ownerAccount() {
    return Optional.ofNullable(ownerAccount);
  }

  /**
   * {@code Type} (required): Group type. Private is called Work and ChatRoom Meeting in newer documentation. AVChatRoom groups store no history: they cannot be imported into or modified.
   */
  public String type() {
    return type;
  }

  /**
   * {@code GroupId} (optional): A group ID: generated ones look like `@TGS#2J4SZEAEL`; custom ones are printable ASCII of at most 48 bytes.
   */
  public Optional<String> groupId() {
    return Optional.ofNullable(groupId);
  }

  /**
   * {@code Name} (required): Group name, at most 30 bytes.
   */
  public String name() {
    return name;
  }

  /**
   * {@code Introduction} (optional): Group introduction.
   */
  public Optional<String> introduction() {
    return Optional.ofNullable(introduction);
  }

  /**
   * {@code Notification} (optional): Group notice.
   */
  public Optional<String> notification() {
    return Optional.ofNullable(notification);
  }

  /**
   * {@code FaceUrl} (optional): Group avatar URL.
   */
  public Optional<String> faceUrl() {
    return Optional.ofNullable(faceUrl);
  }

  /**
   * {@code MaxMemberCount} (optional): Maximum number of members.
   */
  public Optional<Integer> maxMemberCount() {
    return Optional.ofNullable(maxMemberCount);
  }

  /**
   * {@code ApplyJoinOption} (optional): How users join: FreeAccess, NeedPermission or DisableApply.
   */
  public Optional<String> applyJoinOption() {
    return Optional.ofNullable(applyJoinOption);
  }

  /**
   * {@code MemberList} (optional): Initial members.
   */
  public Optional<List<GroupMember>> memberList() {
    return Optional.ofNullable(memberList);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof CreateGroupRequest)) {
      return false;
    }
    CreateGroupRequest other = (CreateGroupRequest) o;
    return Objects.equals(ownerAccount, other.ownerAccount)
        && Objects.equals(type, other.type)
        && Objects.equals(groupId, other.groupId)
        && Objects.equals(name, other.name)
        && Objects.equals(introduction, other.introduction)
        && Objects.equals(notification, other.notification)
        && Objects.equals(faceUrl, other.faceUrl)
        && Objects.equals(maxMemberCount, other.maxMemberCount)
        && Objects.equals(applyJoinOption, other.applyJoinOption)
        && Objects.equals(memberList, other.memberList);
  }

  @Override
  public int hashCode() {
    return Objects.hash(ownerAccount, type, groupId, name, introduction, notification, faceUrl, maxMemberCount, applyJoinOption, memberList);
  }

  @Override
  public String toString() {
    return new ModelSupport.ToString("CreateGroupRequest")
        .add("Owner_Account", ownerAccount)
        .add("Type", type)
        .add("GroupId", groupId)
        .add("Name", name)
        .add("Introduction", introduction)
        .add("Notification", notification)
        .add("FaceUrl", faceUrl)
        .add("MaxMemberCount", maxMemberCount)
        .add("ApplyJoinOption", applyJoinOption)
        .add("MemberList", memberList)
        .toString();
  }

  /** Builds a {@link CreateGroupRequest}; {@link #build()} checks that every required property is set. */
  public static final class Builder {
    String ownerAccount;
    String type;
    String groupId;
    String name;
    String introduction;
    String notification;
    String faceUrl;
    Integer maxMemberCount;
    String applyJoinOption;
    List<GroupMember> memberList;

    private Builder() {
    }

    private Builder(CreateGroupRequest source) {
      this.ownerAccount = source.ownerAccount;
      this.type = source.type;
      this.groupId = source.groupId;
      this.name = source.name;
      this.introduction = source.introduction;
      this.notification = source.notification;
      this.faceUrl = source.faceUrl;
      this.maxMemberCount = source.maxMemberCount;
      this.applyJoinOption = source.applyJoinOption;
      this.memberList = source.memberList;
    }

    /**
     * Sets {@code Owner_Account} (optional; null leaves it out).
     */
    public Builder ownerAccount(String ownerAccount) {
      this.ownerAccount = ownerAccount;
      return this;
    }

    /**
     * Sets {@code Type} (required; must not be null).
     */
    public Builder type(String type) {
      Objects.requireNonNull(type, "Type");
      this.type = type;
      return this;
    }

    /**
     * Sets {@code GroupId} (optional; null leaves it out).
     */
    public Builder groupId(String groupId) {
      this.groupId = groupId;
      return this;
    }

    /**
     * Sets {@code Name} (required; must not be null).
     */
    public Builder name(String name) {
      Objects.requireNonNull(name, "Name");
      this.name = name;
      return this;
    }

    /**
     * Sets {@code Introduction} (optional; null leaves it out).
     */
    public Builder introduction(String introduction) {
      this.introduction = introduction;
      return this;
    }

    /**
     * Sets {@code Notification} (optional; null leaves it out).
     */
    public Builder notification(String notification) {
      this.notification = notification;
      return this;
    }

    /**
     * Sets {@code FaceUrl} (optional; null leaves it out).
     */
    public Builder faceUrl(String faceUrl) {
      this.faceUrl = faceUrl;
      return this;
    }

    /**
     * Sets {@code MaxMemberCount} (optional; null leaves it out).
     */
    public Builder maxMemberCount(Integer maxMemberCount) {
      this.maxMemberCount = maxMemberCount;
      return this;
    }

    /**
     * Sets {@code ApplyJoinOption} (optional; null leaves it out).
     */
    public Builder applyJoinOption(String applyJoinOption) {
      this.applyJoinOption = applyJoinOption;
      return this;
    }

    /**
     * Sets {@code MemberList} (optional; null leaves it out).
     * The list is copied; it must not contain null.
     */
    public Builder memberList(List<GroupMember> memberList) {
      this.memberList = ModelSupport.copyWithoutNulls(memberList, "MemberList");
      return this;
    }

    /** Returns the immutable value; throws {@link IllegalStateException} naming a missing required property. */
    public CreateGroupRequest build() {
      ModelSupport.requirePresent(type, "CreateGroupRequest", "Type");
      ModelSupport.requirePresent(name, "CreateGroupRequest", "Name");
      return new CreateGroupRequest(this);
    }
  }
}

