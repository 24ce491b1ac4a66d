package io.timrest.migrate;

import java.util.Optional;

/**
 * The record types of a history file (the spec's {@code x-history-file}): each record is the
 * request object of one endpoint, plus the fields the file adds to it.
 */
public enum RecordType {
  /** An account: {@code AccountImportRequest} ({@code im_open_login_svc/account_import}). */
  ACCOUNT("account"),
  /** A group: {@code ImportGroupRequest} ({@code group_open_http_svc/import_group}). */
  GROUP("group"),
  /** A member of a group: {@code GroupId} plus {@code ImportGroupMember} ({@code import_group_member}). */
  MEMBER("member"),
  /** A group message: {@code GroupId}, {@code SourceId} plus {@code ImportMsg} ({@code import_group_msg}). */
  GROUP_MSG("group_msg"),
  /** A one-to-one message: {@code SourceId} plus {@code ImportC2cMsgRequest} ({@code openim/importmsg}). */
  C2C_MSG("c2c_msg"),
  /** A member's unread count: {@code SetUnreadMsgNumRequest} ({@code set_unread_msg_num}). */
  UNREAD("unread");

  private final String fileName;

  RecordType(String fileName) {
    this.fileName = fileName;
  }

  /**
   * The record type's name in the file.
   *
   * @return the value of the record's {@code type} field, e.g. {@code group_msg}
   */
  public String fileName() {
    return fileName;
  }

  /** The record type whose {@link #fileName()} is {@code name}, if any. */
  static Optional<RecordType> ofFileName(String name) {
    for (RecordType type : values()) {
      if (type.fileName.equals(name)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }
}
