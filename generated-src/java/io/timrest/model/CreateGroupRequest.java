// Generated from spec/openapi.yaml by templates/model.mustache. Do not edit: change the spec or
// the template and run mvn generate-sources.
package io.timrest.model;

import io.timrest.TimValidationException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The body of {@code group_open_http_svc/create_group}: the new group.
 *
 * <p>Immutable and thread-safe: create one with {@link #builder()}, derive a changed copy with
 * {@link #toBuilder()}. Optional properties are {@link Optional}; lists are unmodifiable and hold no
 * null. {@link #equals(Object)} compares every property. {@link Builder#build()} checks that the
 * required properties are set and numbers are finite; {@link #validate()} checks the spec's
 * other constraints, which the client does before sending a request (an answer from the server
 * is not held to them).
 */
public final class CreateGroupRequest {
  /** The fewest UTF-8 bytes of {@code Owner_Account}: the spec's {@code minLength}, counted as the server counts. */
  public static final int OWNER_ACCOUNT_MIN_LENGTH = 1;
  /** The most UTF-8 bytes of {@code Owner_Account}: the spec's {@code maxLength}, counted as the server counts. */
  public static final int OWNER_ACCOUNT_MAX_LENGTH = 32;
  /** The {@code Type} value {@code "Private"}. */
  public static final String TYPE_PRIVATE = "Private";
  /** The {@code Type} value {@code "Public"}. */
  public static final String TYPE_PUBLIC = "Public";
  /** The {@code Type} value {@code "ChatRoom"}. */
  public static final String TYPE_CHAT_ROOM = "ChatRoom";
  /** The {@code Type} value {@code "AVChatRoom"}. */
  public static final String TYPE_AV_CHAT_ROOM = "AVChatRoom";
  /** The {@code Type} value {@code "Community"}. */
  public static final String TYPE_COMMUNITY = "Community";
  /** The values {@code Type} may take: the spec's {@code enum}. */
  public static final List<String> TYPE_VALUES = List.of(TYPE_PRIVATE, TYPE_PUBLIC, TYPE_CHAT_ROOM, TYPE_AV_CHAT_ROOM, TYPE_COMMUNITY);
  /** The fewest UTF-8 bytes of {@code GroupId}: the spec's {@code minLength}, counted as the server counts. */
  public static final int GROUP_ID_MIN_LENGTH = 1;
  /** The most UTF-8 bytes of {@code GroupId}: the spec's {@code maxLength}, counted as the server counts. */
  public static final int GROUP_ID_MAX_LENGTH = 48;
  /** The fewest UTF-8 bytes of {@code Name}: the spec's {@code minLength}, counted as the server counts. */
  public static final int NAME_MIN_LENGTH = 1;
  /** The most UTF-8 bytes of {@code Name}: the spec's {@code maxLength}, counted as the server counts. */
  public static final int NAME_MAX_LENGTH = 30;
  /** The most UTF-8 bytes of {@code Introduction}: the spec's {@code maxLength}, counted as the server counts. */
  public static final int INTRODUCTION_MAX_LENGTH = 240;
  /** The most UTF-8 bytes of {@code Notification}: the spec's {@code maxLength}, counted as the server counts. */
  public static final int NOTIFICATION_MAX_LENGTH = 300;
  /** The most UTF-8 bytes of {@code FaceUrl}: the spec's {@code maxLength}, counted as the server counts. */
  public static final int FACE_URL_MAX_LENGTH = 100;
  /** The smallest {@code MaxMemberCount}: the spec's {@code minimum}. */
  public static final int MAX_MEMBER_COUNT_MINIMUM = 1;
  /** The {@code ApplyJoinOption} value {@code "FreeAccess"}. */
  public static final String APPLY_JOIN_OPTION_FREE_ACCESS = "FreeAccess";
  /** The {@code ApplyJoinOption} value {@code "NeedPermission"}. */
  public static final String APPLY_JOIN_OPTION_NEED_PERMISSION = "NeedPermission";
  /** The {@code ApplyJoinOption} value {@code "DisableApply"}. */
  public static final String APPLY_JOIN_OPTION_DISABLE_APPLY = "DisableApply";
  /** The values {@code ApplyJoinOption} may take: the spec's {@code enum}. */
  public static final List<String> APPLY_JOIN_OPTION_VALUES = List.of(APPLY_JOIN_OPTION_FREE_ACCESS, APPLY_JOIN_OPTION_NEED_PERMISSION, APPLY_JOIN_OPTION_DISABLE_APPLY);

  final String ownerAccount;
  final String type;
  final String groupId;
  final String name;
  final String introduction;
  final String notification;
  final String faceUrl;
  final Integer maxMemberCount;
  final String applyJoinOption;
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

  /**
   * Returns a new builder; {@link Builder#build()} requires
   * {@code Type} and {@code Name}.
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
  public CreateGroupRequest validate() {
    validateAt("");
    return this;
  }

  /** {@link #validate()} for a value at {@code at} (its path and a dot, or empty at the top). */
  void validateAt(String at) {
    ModelSupport.checkMinLength(ownerAccount, OWNER_ACCOUNT_MIN_LENGTH, at, "Owner_Account");
    ModelSupport.checkMaxLength(ownerAccount, OWNER_ACCOUNT_MAX_LENGTH, at, "Owner_Account");
    ModelSupport.checkEnum(type, TYPE_VALUES, at, "Type");
    ModelSupport.checkMinLength(groupId, GROUP_ID_MIN_LENGTH, at, "GroupId");
    ModelSupport.checkMaxLength(groupId, GROUP_ID_MAX_LENGTH, at, "GroupId");
    ModelSupport.checkMinLength(name, NAME_MIN_LENGTH, at, "Name");
    ModelSupport.checkMaxLength(name, NAME_MAX_LENGTH, at, "Name");
    ModelSupport.checkMaxLength(introduction, INTRODUCTION_MAX_LENGTH, at, "Introduction");
    ModelSupport.checkMaxLength(notification, NOTIFICATION_MAX_LENGTH, at, "Notification");
    ModelSupport.checkMaxLength(faceUrl, FACE_URL_MAX_LENGTH, at, "FaceUrl");
    ModelSupport.checkMinimum(maxMemberCount, MAX_MEMBER_COUNT_MINIMUM, at, "MaxMemberCount");
    ModelSupport.checkEnum(applyJoinOption, APPLY_JOIN_OPTION_VALUES, at, "ApplyJoinOption");
    ModelSupport.validateEach(memberList, at, "MemberList");
  }

  /**
   * {@code Owner_Account} (optional): UserID of the group owner; without it the App admin creates an ownerless group.
   *
   * @return the value, or empty when the property is absent
   */
  public Optional<String> ownerAccount() {
    return Optional.ofNullable(ownerAccount);
  }

  /**
   * {@code Type} (required): Group type. Private is called Work and ChatRoom Meeting in newer documentation. AVChatRoom groups store no history: they cannot be imported into or modified.
   *
   * @return the value; never null, the property is required
   */
  public String type() {
    return type;
  }

  /**
   * {@code GroupId} (optional): A group ID: generated ones look like {@code @TGS#2J4SZEAEL}; custom ones are printable ASCII of at most 48 bytes.
   *
   * @return the value, or empty when the property is absent
   */
  public Optional<String> groupId() {
    return Optional.ofNullable(groupId);
  }

  /**
   * {@code Name} (required): Group name, at most 30 bytes.
   *
   * @return the value; never null, the property is required
   */
  public String name() {
    return name;
  }

  /**
   * {@code Introduction} (optional): Group introduction, at most 240 bytes.
   *
   * @return the value, or empty when the property is absent
   */
  public Optional<String> introduction() {
    return Optional.ofNullable(introduction);
  }

  /**
   * {@code Notification} (optional): Group notice, at most 300 bytes.
   *
   * @return the value, or empty when the property is absent
   */
  public Optional<String> notification() {
    return Optional.ofNullable(notification);
  }

  /**
   * {@code FaceUrl} (optional): Group avatar URL, at most 100 bytes.
   *
   * @return the value, or empty when the property is absent
   */
  public Optional<String> faceUrl() {
    return Optional.ofNullable(faceUrl);
  }

  /**
   * {@code MaxMemberCount} (optional): Maximum number of members.
   *
   * @return the value, or empty when the property is absent
   */
  public Optional<Integer> maxMemberCount() {
    return Optional.ofNullable(maxMemberCount);
  }

  /**
   * {@code ApplyJoinOption} (optional): How users join.
   *
   * @return the value, or empty when the property is absent
   */
  public Optional<String> applyJoinOption() {
    return Optional.ofNullable(applyJoinOption);
  }

  /**
   * {@code MemberList} (optional): Initial members.
   *
   * @return the value (an unmodifiable list), or empty when the property is absent
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

  /**
   * Builds a {@link CreateGroupRequest}: each setter checks its own argument, {@link #build()} checks that
   * every required property is set. Not thread-safe; a builder may be reused after {@code build()}.
   */
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
     * Sets {@code Owner_Account} (optional): UserID of the group owner; without it the App admin creates an ownerless group.
     *
     * @param ownerAccount the value, or null to leave the property out
     * @return this builder
     */
    public Builder ownerAccount(String ownerAccount) {
      this.ownerAccount = ownerAccount;
      return this;
    }

    /**
     * Sets {@code Type} (required): Group type. Private is called Work and ChatRoom Meeting in newer documentation. AVChatRoom groups store no history: they cannot be imported into or modified.
     *
     * @param type the value; not null
     * @return this builder
     * @throws NullPointerException if {@code type} is null; the message names the property
     */
    public Builder type(String type) {
      Objects.requireNonNull(type, "Type");
      this.type = type;
      return this;
    }

    /**
     * Sets {@code GroupId} (optional): A group ID: generated ones look like {@code @TGS#2J4SZEAEL}; custom ones are printable ASCII of at most 48 bytes.
     *
     * @param groupId the value, or null to leave the property out
     * @return this builder
     */
    public Builder groupId(String groupId) {
      this.groupId = groupId;
      return this;
    }

    /**
     * Sets {@code Name} (required): Group name, at most 30 bytes.
     *
     * @param name the value; not null
     * @return this builder
     * @throws NullPointerException if {@code name} is null; the message names the property
     */
    public Builder name(String name) {
      Objects.requireNonNull(name, "Name");
      this.name = name;
      return this;
    }

    /**
     * Sets {@code Introduction} (optional): Group introduction, at most 240 bytes.
     *
     * @param introduction the value, or null to leave the property out
     * @return this builder
     */
    public Builder introduction(String introduction) {
      this.introduction = introduction;
      return this;
    }

    /**
     * Sets {@code Notification} (optional): Group notice, at most 300 bytes.
     *
     * @param notification the value, or null to leave the property out
     * @return this builder
     */
    public Builder notification(String notification) {
      this.notification = notification;
      return this;
    }

    /**
     * Sets {@code FaceUrl} (optional): Group avatar URL, at most 100 bytes.
     *
     * @param faceUrl the value, or null to leave the property out
     * @return this builder
     */
    public Builder faceUrl(String faceUrl) {
      this.faceUrl = faceUrl;
      return this;
    }

    /**
     * Sets {@code MaxMemberCount} (optional): Maximum number of members.
     *
     * @param maxMemberCount the value, or null to leave the property out
     * @return this builder
     */
    public Builder maxMemberCount(Integer maxMemberCount) {
      this.maxMemberCount = maxMemberCount;
      return this;
    }

    /**
     * Sets {@code ApplyJoinOption} (optional): How users join.
     *
     * @param applyJoinOption the value, or null to leave the property out
     * @return this builder
     */
    public Builder applyJoinOption(String applyJoinOption) {
      this.applyJoinOption = applyJoinOption;
      return this;
    }

    /**
     * Sets {@code MemberList} (optional): Initial members.
     * The list is copied: changing it afterwards does not change this builder.
     *
     * @param memberList the value, or null to leave the property out
     * @return this builder
     * @throws NullPointerException if {@code memberList} holds null; the message names the element
     */
    public Builder memberList(List<GroupMember> memberList) {
      this.memberList = ModelSupport.copyWithoutNulls(memberList, "MemberList");
      return this;
    }

    /**
     * Builds the immutable {@code CreateGroupRequest}.
     *
     * @return the new value
     * @throws TimValidationException if {@code Type} or {@code Name} is not set
     *     (its {@code rule()} is {@code required})
     */
    public CreateGroupRequest build() {
      ModelSupport.requirePresent(type, "CreateGroupRequest", "Type");
      ModelSupport.requirePresent(name, "CreateGroupRequest", "Name");
      return new CreateGroupRequest(this);
    }
  }
}

