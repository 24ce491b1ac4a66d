package io.timrest.migrate;

import io.timrest.model.SetUnreadMsgNumRequest;
import java.util.Objects;

/**
 * An {@code unread} record.
 *
 * @param line the record's line, from 1
 * @param unread the request of {@code set_unread_msg_num}
 */
record UnreadRecord(long line, SetUnreadMsgNumRequest unread) implements HistoryRecord {
  UnreadRecord {
    Objects.requireNonNull(unread, "unread");
  }

  @Override
  public RecordType type() {
    return RecordType.UNREAD;
  }
}
