package io.timrest.migrate;

/**
 * One record of a history file, parsed: the request object of its endpoint plus the fields the
 * file adds to it ({@code GroupId} where the model has none, {@code SourceId}).
 */
sealed interface HistoryRecord
    permits AccountRecord, GroupRecord, MemberRecord, GroupMsgRecord, C2cMsgRecord, UnreadRecord {

  /** The record's line in the file, counted from 1 (blank lines count). */
  long line();

  /** The record's type. */
  RecordType type();
}
