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
public final class ImportGroupMemberRequest {

  @Json(name = "GroupId")
  final String groupId;
  @Json(name = "MemberList")
  final List<ImportGroupMember> memberList;

  private ImportGroupMemberRequest(Builder builder) {
    this.groupId = builder.groupId;
    this.memberList = ModelSupport.unmodifiableCopy(builder.memberList);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * {@code GroupId} (required): A group ID: generated ones look like `@TGS#2J4SZEAEL`; custom ones are printable ASCII of at most 48 bytes.
   */
  public String groupId() {
    return groupId;
  }

  /**
   * {@code MemberList} (required): The members to import, at most 20 per call.
   */
  public List<ImportGroupMember> memberList() {
    return memberList;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof ImportGroupMemberRequest)) {
      return false;
    }
    ImportGroupMemberRequest other = (ImportGroupMemberRequest) o;
    return Objects.equals(groupId, other.groupId)
        && Objects.equals(memberList, other.memberList);
  }

  @Override
  public int hashCode() {
    return Objects.hash(groupId, memberList);
  }

  @Override
  public String toString() {
    return new ModelSupport.ToString("ImportGroupMemberRequest")
        .add("GroupId", groupId)
        .add("MemberList", memberList)
        .toString();
  }

  /** Builds a {@link ImportGroupMemberRequest}; {@link #build()} checks that every required property is set. */
  public static final class Builder {
    String groupId;
    List<ImportGroupMember> memberList;

    private Builder() {
    }

    private Builder(ImportGroupMemberRequest source) {
      this.groupId = source.groupId;
      this.memberList = source.memberList;
    }

    /**
     * Sets {@code GroupId} (required; must not be null).
     */
    public Builder groupId(String groupId) {
      Objects.requireNonNull(groupId, "GroupId");
      this.groupId = groupId;
      return this;
    }

    /**
     * Sets {@code MemberList} (required; must not be null).
     * The list is copied; it must not contain null.
     */
    public Builder memberList(List<ImportGroupMember> memberList) {
      Objects.requireNonNull(memberList, "MemberList");
      this.memberList = ModelSupport.copyWithoutNulls(memberList, "MemberList");
      return this;
    }

    /** Returns the immutable value; throws {@link IllegalStateException} naming a missing required property. */
    public ImportGroupMemberRequest build() {
      ModelSupport.requirePresent(groupId, "ImportGroupMemberRequest", "GroupId");
      ModelSupport.requirePresent(memberList, "ImportGroupMemberRequest", "MemberList");
      return new ImportGroupMemberRequest(this);
    }
  }
}

