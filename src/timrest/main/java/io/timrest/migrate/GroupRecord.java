package io.timrest.migrate;

import io.timrest.model.ImportGroupRequest;
import java.util.Objects;

/**
 * A {@code group} record. Its {@code GroupId} is present: a history file requires it.
 *
 * @param line the record's line, from 1
 * @param group the group, as {@code import_group} takes it
 */
record GroupRecord(long line, ImportGroupRequest group) implements HistoryRecord {
  GroupRecord {
    Objects.requireNonNull(group, "group");
    if (group.groupId().isEmpty()) {
      throw new IllegalArgumentException("a group record has a GroupId");
    }
  }

  /** The custom ID of the group to create. */
  String groupId() {
    return group.groupId().orElseThrow();
  }

  @Override
  public RecordType type() {
    return RecordType.GROUP;
  }
}
