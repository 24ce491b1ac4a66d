// Generated from spec/openapi.yaml by templates/model.mustache. Do not edit: change the spec or
// the template and run `mvn generate-sources`.
package io.timrest.model;

import com.squareup.moshi.Json;
import com.squareup.moshi.JsonClass;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The body of {@code group_open_http_svc/import_group_member}: a group and the members to import into it.
 *
 * <p>Immutable and thread-safe: create one with {@link #builder()}, derive a changed copy with
 * {@link #toBuilder()}. Optional properties are {@link Optional}; lists are unmodifiable and hold no
 * null. {@link #equals(Object)} compares every property.
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

  /**
   * Returns a new builder; {@link Builder#build()} requires
   * {@code GroupId} and {@code MemberList}.
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
   * {@code GroupId} (required): A group ID: generated ones look like {@code @TGS#2J4SZEAEL}; custom ones are printable ASCII of at most 48 bytes.
   *
   * @return the value; never null, the property is required
   */
  public String groupId() {
    return groupId;
  }

  /**
   * {@code MemberList} (required): The members to import, at most 20 per call.
   *
   * @return the value, an unmodifiable list; never null, the property is required
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

  /**
   * Builds a {@link ImportGroupMemberRequest}: each setter checks its own argument, {@link #build()} checks that
   * every required property is set. Not thread-safe; a builder may be reused after {@code build()}.
   */
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
     * Sets {@code GroupId} (required): A group ID: generated ones look like {@code @TGS#2J4SZEAEL}; custom ones are printable ASCII of at most 48 bytes.
     *
     * @param groupId the value; not null
     * @return this builder
     * @throws NullPointerException if {@code groupId} is null; the message names the property
     */
    public Builder groupId(String groupId) {
      Objects.requireNonNull(groupId, "GroupId");
      this.groupId = groupId;
      return this;
    }

    /**
     * Sets {@code MemberList} (required): The members to import, at most 20 per call.
     * The list is copied: changing it afterwards does not change this builder.
     *
     * @param memberList the value; not null
     * @return this builder
     * @throws NullPointerException if {@code memberList} is null or holds null; the message names the property
     */
    public Builder memberList(List<ImportGroupMember> memberList) {
      Objects.requireNonNull(memberList, "MemberList");
      this.memberList = ModelSupport.copyWithoutNulls(memberList, "MemberList");
      return this;
    }

    /**
     * Builds the immutable {@code ImportGroupMemberRequest}.
     *
     * @return the new value
     * @throws IllegalStateException if {@code GroupId} or {@code MemberList} is not set; the message names the missing property
     */
    public ImportGroupMemberRequest build() {
      ModelSupport.requirePresent(groupId, "ImportGroupMemberRequest", "GroupId");
      ModelSupport.requirePresent(memberList, "ImportGroupMemberRequest", "MemberList");
      return new ImportGroupMemberRequest(this);
    }
  }
}

