// Generated from spec/openapi.yaml by templates/model.mustache. Do not edit: change the spec or
// the template and run mvn generate-sources.
package io.timrest.model;

import io.timrest.TimValidationException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The body of {@code group_open_http_svc/import_group_member}: a group and the members to import into it.
 *
 * <p>Immutable and thread-safe: create one with {@link #builder()}, derive a changed copy with
 * {@link #toBuilder()}. Optional properties are {@link Optional}; lists are unmodifiable and hold no
 * null. {@link #equals(Object)} compares every property. {@link Builder#build()} checks that the
 * required properties are set and numbers are finite; {@link #validate()} checks the spec's
 * other constraints, which the client does before sending a request (an answer from the server
 * is not held to them).
 */
public final class ImportGroupMemberRequest {
  /** The fewest UTF-8 bytes of {@code GroupId}: the spec's {@code minLength}, counted as the server counts. */
  public static final int GROUP_ID_MIN_LENGTH = 1;
  /** The most UTF-8 bytes of {@code GroupId}: the spec's {@code maxLength}, counted as the server counts. */
  public static final int GROUP_ID_MAX_LENGTH = 48;
  /** The fewest elements of {@code MemberList}: the spec's {@code minItems}. */
  public static final int MEMBER_LIST_MIN_ITEMS = 1;

  final String groupId;
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
  public ImportGroupMemberRequest validate() {
    validateAt("");
    return this;
  }

  /** {@link #validate()} for a value at {@code at} (its path and a dot, or empty at the top). */
  void validateAt(String at) {
    ModelSupport.checkMinLength(groupId, GROUP_ID_MIN_LENGTH, at, "GroupId");
    ModelSupport.checkMaxLength(groupId, GROUP_ID_MAX_LENGTH, at, "GroupId");
    ModelSupport.checkMinItems(memberList, MEMBER_LIST_MIN_ITEMS, at, "MemberList");
    ModelSupport.validateEach(memberList, at, "MemberList");
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
   * {@code MemberList} (required): The members to import, at most 20 per call on the newest page (the operation's {@code x-max-members-per-call}; older pages say 100 to 500, so the limit is left to the caller, not written as {@code maxItems}).
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
     * Sets {@code MemberList} (required): The members to import, at most 20 per call on the newest page (the operation's {@code x-max-members-per-call}; older pages say 100 to 500, so the limit is left to the caller, not written as {@code maxItems}).
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
     * @throws TimValidationException if {@code GroupId} or {@code MemberList} is not set
     *     (its {@code rule()} is {@code required})
     */
    public ImportGroupMemberRequest build() {
      ModelSupport.requirePresent(groupId, "ImportGroupMemberRequest", "GroupId");
      ModelSupport.requirePresent(memberList, "ImportGroupMemberRequest", "MemberList");
      return new ImportGroupMemberRequest(this);
    }
  }
}

