package io.timrest.migrate;

import io.timrest.model.AccountImportRequest;
import io.timrest.model.ImportC2cMsgRequest;
import io.timrest.model.ImportGroupRequest;
import io.timrest.model.ImportMsg;
import java.util.Set;

/**
 * The documented limits a history file is checked against. Those of one field are the spec's,
 * read from the generated models' constants (the client checks the same ones, in
 * {@code validate()}); the 12 KB body limit is the client's ({@code io.timrest.RequestValidation},
 * package-private in another package; {@code LimitsTest} keeps the two equal).
 */
final class Limits {
  private Limits() {
  }

  /**
   * A group message's serialized {@code MsgBody}: at most 12 KB = 12,288 bytes, as the client
   * reads the limit (docs/server-rules.md §4; the client's {@code MAX_MSG_BODY_BYTES}).
   */
  static final int MAX_GROUP_MSG_BODY_BYTES = 12 * 1024;
  /**
   * A one-to-one message's serialized {@code MsgBody}: at most 8 KB = 8,192 bytes; importmsg
   * answers 93000 above it (the spec's importmsg {@code x-error-codes}).
   */
  static final int MAX_C2C_MSG_BODY_BYTES = 8 * 1024;
  /** {@code Random}, {@code MsgSeq} and {@code MsgRandom} are unsigned 32-bit (docs/server-rules.md §3). */
  static final long MAX_UINT32 = ImportMsg.RANDOM_MAXIMUM;
  /** A UserID is at most 32 bytes (the spec's {@code AccountImportRequest.UserID}). */
  static final int MAX_USER_ID_BYTES = AccountImportRequest.USER_ID_MAX_LENGTH;
  /** A custom group ID: printable ASCII, at most 48 bytes (docs/server-rules.md §5). */
  static final int MAX_GROUP_ID_BYTES = ImportGroupRequest.GROUP_ID_MAX_LENGTH;
  /** The prefix of server-generated group IDs, which custom ones must not use (§5)... */
  static final String GENERATED_GROUP_ID_PREFIX = "@TGS#";
  /** ...except that a Community group's ID must start with this one (§5). */
  static final String COMMUNITY_GROUP_ID_PREFIX = "@TGS#_";
  /** import_group's {@code Name}: at most 30 bytes. */
  static final int MAX_GROUP_NAME_BYTES = ImportGroupRequest.NAME_MAX_LENGTH;
  /** import_group's {@code Introduction}: at most 240 bytes. */
  static final int MAX_INTRODUCTION_BYTES = ImportGroupRequest.INTRODUCTION_MAX_LENGTH;
  /** import_group's {@code Notification}: at most 300 bytes. */
  static final int MAX_NOTIFICATION_BYTES = ImportGroupRequest.NOTIFICATION_MAX_LENGTH;
  /** import_group's {@code FaceUrl}: at most 100 bytes. */
  static final int MAX_GROUP_FACE_URL_BYTES = ImportGroupRequest.FACE_URL_MAX_LENGTH;
  /** importmsg's {@code SyncFromOldSystem}: 2 history, 5 real-time import beside the old system, 1 the older pages' history. */
  static final Set<Integer> SYNC_FROM_OLD_SYSTEM_VALUES = Set.copyOf(ImportC2cMsgRequest.SYNC_FROM_OLD_SYSTEM_VALUES);
  /** {@code SyncFromOldSystem} of a history file's one-to-one message that has none: history. */
  static final int DEFAULT_SYNC_FROM_OLD_SYSTEM = 2;
  /** The group types import_group takes: not AVChatRoom, which keeps no history (10007, §5). */
  static final Set<String> IMPORTABLE_GROUP_TYPES = Set.copyOf(ImportGroupRequest.TYPE_VALUES);
  /** import_group's {@code ApplyJoinOption} values. */
  static final Set<String> APPLY_JOIN_OPTIONS = Set.copyOf(ImportGroupRequest.APPLY_JOIN_OPTION_VALUES);
}
