package io.timrest.migrate;

import io.timrest.model.ImportMsg;
import java.util.Objects;

/**
 * A {@code group_msg} record. The message's {@code Random} is as the file gives it (usually
 * absent); the value to send is the {@link Plan}'s, derived by {@link Ids}.
 *
 * @param line the record's line, from 1
 * @param groupId the group the message belongs to
 * @param sourceId the message's ID in the old system, unique in the file
 * @param message the message, as an item of {@code import_group_msg}'s {@code MsgList}
 */
record GroupMsgRecord(long line, String groupId, String sourceId, ImportMsg message) implements HistoryRecord {
  GroupMsgRecord {
    Objects.requireNonNull(groupId, "groupId");
    Objects.requireNonNull(sourceId, "sourceId");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public RecordType type() {
    return RecordType.GROUP_MSG;
  }
}
