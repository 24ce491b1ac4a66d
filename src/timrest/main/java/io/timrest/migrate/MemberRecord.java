package io.timrest.migrate;

import io.timrest.model.ImportGroupMember;
import java.util.Objects;

/**
 * A {@code member} record.
 *
 * @param line the record's line, from 1
 * @param groupId the group the member belongs to
 * @param member the member, as an item of {@code import_group_member}'s {@code MemberList}
 */
record MemberRecord(long line, String groupId, ImportGroupMember member) implements HistoryRecord {
  MemberRecord {
    Objects.requireNonNull(groupId, "groupId");
    Objects.requireNonNull(member, "member");
  }

  @Override
  public RecordType type() {
    return RecordType.MEMBER;
  }
}
