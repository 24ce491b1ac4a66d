// Generated from spec/openapi.yaml by templates/model.mustache. Do not edit: change the spec or
// the template and run `mvn generate-sources`.
package io.timrest.model;

import com.squareup.moshi.Json;
import com.squareup.moshi.JsonClass;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The body of {@code group_open_http_svc/import_group}: a group as it existed in another system, with its creation time.
 *
 * <p>Immutable and thread-safe: create one with {@link #builder()}, derive a changed copy with
 * {@link #toBuilder()}. Optional properties are {@link Optional}; lists are unmodifiable and hold no
 * null. {@link #equals(Object)} compares every property.
 */
@JsonClass(generateAdapter = true)
public final class ImportGroupRequest {
  /** The {@code Type} value {@code "Private"}. */
  public static final String TYPE_PRIVATE = "Private";
  /** The {@code Type} value {@code "Public"}. */
  public static final String TYPE_PUBLIC = "Public";
  /** The {@code Type} value {@code "ChatRoom"}. */
  public static final String TYPE_CHAT_ROOM = "ChatRoom";
  /** The {@code Type} value {@code "Community"}. */
  public static final String TYPE_COMMUNITY = "Community";
  /** The {@code ApplyJoinOption} value {@code "FreeAccess"}. */
  public static final String APPLY_JOIN_OPTION_FREE_ACCESS = "FreeAccess";
  /** The {@code ApplyJoinOption} value {@code "NeedPermission"}. */
  public static final String APPLY_JOIN_OPTION_NEED_PERMISSION = "NeedPermission";
  /** The {@code ApplyJoinOption} value {@code "DisableApply"}. */
  public static final String APPLY_JOIN_OPTION_DISABLE_APPLY = "DisableApply";

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
  @Json(name = "AppDefinedData")
  final List<AppDefinedDataItem> appDefinedData;
  @Json(name = "CreateTime")
  final Long createTime;
  @Json(name = "SupportTopic")
  final Integer supportTopic;

  private ImportGroupRequest(Builder builder) {
    this.ownerAccount = builder.ownerAccount;
    this.type = builder.type;
    this.groupId = builder.groupId;
    this.name = builder.name;
    this.introduction = builder.introduction;
    this.notification = builder.notification;
    this.faceUrl = builder.faceUrl;
    this.maxMemberCount = builder.maxMemberCount;
    this.applyJoinOption = builder.applyJoinOption;
    this.appDefinedData = ModelSupport.unmodifiableCopy(builder.appDefinedData);
    this.createTime = builder.createTime;
    this.supportTopic = builder.supportTopic;
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
   * {@code Owner_Account} (optional): UserID of the group owner; without it the App admin imports an ownerless group.
   *
   * @return the value, or empty when the property is absent
   */
  public Optional<String> ownerAccount() {
    return Optional.ofNullable(ownerAccount);
  }

  /**
   * {@code Type} (required): Group type (Private is called Work and ChatRoom Meeting in newer documentation). AVChatRoom groups cannot be imported (10007).
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
   * {@code AppDefinedData} (optional): App-defined group fields.
   *
   * @return the value (an unmodifiable list), or empty when the property is absent
   */
  public Optional<List<AppDefinedDataItem>> appDefinedData() {
    return Optional.ofNullable(appDefinedData);
  }

  /**
   * {@code CreateTime} (optional): When the group was created, in Unix seconds (not in the future); the time of the request when absent. Imported messages must be later than this.
   *
   * @return the value, or empty when the property is absent
   */
  public Optional<Long> createTime() {
    return Optional.ofNullable(createTime);
  }

  /**
   * {@code SupportTopic} (optional): 1 enables topics (Community groups only).
   *
   * @return the value, or empty when the property is absent
   */
  public Optional<Integer> supportTopic() {
    return Optional.ofNullable(supportTopic);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof ImportGroupRequest)) {
      return false;
    }
    ImportGroupRequest other = (ImportGroupRequest) o;
    return Objects.equals(ownerAccount, other.ownerAccount)
        && Objects.equals(type, other.type)
        && Objects.equals(groupId, other.groupId)
        && Objects.equals(name, other.name)
        && Objects.equals(introduction, other.introduction)
        && Objects.equals(notification, other.notification)
        && Objects.equals(faceUrl, other.faceUrl)
        && Objects.equals(maxMemberCount, other.maxMemberCount)
        && Objects.equals(applyJoinOption, other.applyJoinOption)
        && Objects.equals(appDefinedData, other.appDefinedData)
        && Objects.equals(createTime, other.createTime)
        && Objects.equals(supportTopic, other.supportTopic);
  }

  @Override
  public int hashCode() {
    return Objects.hash(ownerAccount, type, groupId, name, introduction, notification, faceUrl, maxMemberCount, applyJoinOption, appDefinedData, createTime, supportTopic);
  }

  @Override
  public String toString() {
    return new ModelSupport.ToString("ImportGroupRequest")
        .add("Owner_Account", ownerAccount)
        .add("Type", type)
        .add("GroupId", groupId)
        .add("Name", name)
        .add("Introduction", introduction)
        .add("Notification", notification)
        .add("FaceUrl", faceUrl)
        .add("MaxMemberCount", maxMemberCount)
        .add("ApplyJoinOption", applyJoinOption)
        .add("AppDefinedData", appDefinedData)
        .add("CreateTime", createTime)
        .add("SupportTopic", supportTopic)
        .toString();
  }

  /**
   * Builds a {@link ImportGroupRequest}: each setter checks its own argument, {@link #build()} checks that
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
    List<AppDefinedDataItem> appDefinedData;
    Long createTime;
    Integer supportTopic;

    private Builder() {
    }

    private Builder(ImportGroupRequest source) {
      this.ownerAccount = source.ownerAccount;
      this.type = source.type;
      this.groupId = source.groupId;
      this.name = source.name;
      this.introduction = source.introduction;
      this.notification = source.notification;
      this.faceUrl = source.faceUrl;
      this.maxMemberCount = source.maxMemberCount;
      this.applyJoinOption = source.applyJoinOption;
      this.appDefinedData = source.appDefinedData;
      this.createTime = source.createTime;
      this.supportTopic = source.supportTopic;
    }

    /**
     * Sets {@code Owner_Account} (optional): UserID of the group owner; without it the App admin imports an ownerless group.
     *
     * @param ownerAccount the value, or null to leave the property out
     * @return this builder
     */
    public Builder ownerAccount(String ownerAccount) {
      this.ownerAccount = ownerAccount;
      return this;
    }

    /**
     * Sets {@code Type} (required): Group type (Private is called Work and ChatRoom Meeting in newer documentation). AVChatRoom groups cannot be imported (10007).
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
     * Sets {@code AppDefinedData} (optional): App-defined group fields.
     * The list is copied: changing it afterwards does not change this builder.
     *
     * @param appDefinedData the value, or null to leave the property out
     * @return this builder
     * @throws NullPointerException if {@code appDefinedData} holds null; the message names the element
     */
    public Builder appDefinedData(List<AppDefinedDataItem> appDefinedData) {
      this.appDefinedData = ModelSupport.copyWithoutNulls(appDefinedData, "AppDefinedData");
      return this;
    }

    /**
     * Sets {@code CreateTime} (optional): When the group was created, in Unix seconds (not in the future); the time of the request when absent. Imported messages must be later than this.
     *
     * @param createTime the value, or null to leave the property out
     * @return this builder
     */
    public Builder createTime(Long createTime) {
      this.createTime = createTime;
      return this;
    }

    /**
     * Sets {@code SupportTopic} (optional): 1 enables topics (Community groups only).
     *
     * @param supportTopic the value, or null to leave the property out
     * @return this builder
     */
    public Builder supportTopic(Integer supportTopic) {
      this.supportTopic = supportTopic;
      return this;
    }

    /**
     * Builds the immutable {@code ImportGroupRequest}.
     *
     * @return the new value
     * @throws IllegalStateException if {@code Type} or {@code Name} is not set; the message names the missing property
     */
    public ImportGroupRequest build() {
      ModelSupport.requirePresent(type, "ImportGroupRequest", "Type");
      ModelSupport.requirePresent(name, "ImportGroupRequest", "Name");
      return new ImportGroupRequest(this);
    }
  }
}

