package io.timrest.migrate;

import io.timrest.model.ImportC2cMsgRequest;
import java.util.Objects;

/**
 * A {@code c2c_msg} record. Its message is the request as it is sent: where the line leaves them
 * out, {@code SyncFromOldSystem} is 2 (history) and {@code MsgSeq} and {@code MsgRandom} are
 * derived from {@code SourceId} ({@link Ids#c2cMsgSeq}, {@link Ids#c2cMsgRandom}).
 *
 * @param line the record's line, from 1
 * @param sourceId the message's ID in the old system, unique in the file
 * @param message the request of {@code openim/importmsg}
 */
record C2cMsgRecord(long line, String sourceId, ImportC2cMsgRequest message) implements HistoryRecord {
  C2cMsgRecord {
    Objects.requireNonNull(sourceId, "sourceId");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public RecordType type() {
    return RecordType.C2C_MSG;
  }
}
