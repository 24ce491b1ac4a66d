package io.timrest;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import io.timrest.model.AdminGetRoamMsgRequest;
import io.timrest.model.GroupMsgGetSimpleRequest;
import io.timrest.model.ImportC2cMsgRequest;
import io.timrest.model.ImportGroupMember;
import io.timrest.model.ImportGroupMemberRequest;
import io.timrest.model.ImportGroupMsgRequest;
import io.timrest.model.ImportGroupRequest;
import io.timrest.model.ImportMsg;
import io.timrest.model.ModifyC2cMsgRequest;
import io.timrest.model.ModifyGroupMsgRequest;
import io.timrest.model.MsgElement;
import io.timrest.model.MultiaccountImportRequest;
import io.timrest.model.SendGroupMsgRequest;
import io.timrest.model.SendMsgRequest;
import io.timrest.model.SetUnreadMsgNumRequest;
import io.timrest.model.TIMCustomElem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import okio.Buffer;

/**
 * The documented rules a request must meet, checked before any I/O so that a request the server
 * would refuse is never sent. Required properties are already enforced by the models' builders.
 * The size limit of a {@code MsgBody} is checked when the request is serialized for sending
 * ({@link #checkSerializedSize}), so that a request is serialized once, not twice.
 */
final class RequestValidation {
  /**
   * The client's limit for a serialized {@code MsgBody}: 12 KB = 12,288 bytes (docs/server-rules.md §4). The
   * server's own per-message figure (12,000 bytes, {@code Result} 80002) is left to the server:
   * a stricter client would block messages the server takes.
   */
  static final int MAX_MSG_BODY_BYTES = 12 * 1024;
  /** import_group_msg takes 1 to 7 messages per request. */
  static final int MAX_IMPORT_MESSAGES = 7;
  /** group_msg_get_simple returns at most 20 messages per call. */
  static final int MAX_GROUP_MSGS_PER_PULL = 20;
  /**
   * import_group_member takes at most 20 members per call on the newest page; older pages say 100,
   * 300 or 500 (docs/server-rules.md §9), hence {@link TimRestClient.Builder#maxMembersPerImport}.
   */
  static final int DEFAULT_MAX_MEMBERS_PER_IMPORT = 20;
  /** multiaccount_import takes at most 100 accounts per call. */
  static final int MAX_ACCOUNTS_PER_IMPORT = 100;
  /** importmsg's SyncFromOldSystem: 2 history, 5 real-time import beside the old system, 1 the older pages' history. */
  private static final Set<Integer> SYNC_FROM_OLD_SYSTEM_VALUES = Set.of(1, 2, 5);

  private static final Set<String> IMPORTABLE_GROUP_TYPES = Set.of(
      ImportGroupRequest.TYPE_PRIVATE, ImportGroupRequest.TYPE_PUBLIC,
      ImportGroupRequest.TYPE_CHAT_ROOM, ImportGroupRequest.TYPE_COMMUNITY);

  private final JsonAdapter<List<MsgElement>> msgBodyAdapter;
  private final Clock clock;
  private final int maxMembersPerImport;

  RequestValidation(Moshi moshi, Clock clock) {
    this(moshi, clock, DEFAULT_MAX_MEMBERS_PER_IMPORT);
  }

  RequestValidation(Moshi moshi, Clock clock, int maxMembersPerImport) {
    this.msgBodyAdapter = moshi.adapter(Types.newParameterizedType(List.class, MsgElement.class));
    this.clock = clock;
    this.maxMembersPerImport = maxMembersPerImport;
  }

  void check(MultiaccountImportRequest request) {
    boolean current = request.accountList().isPresent();
    if (current == request.accounts().isPresent()) {
      throw new TimValidationException(
          "AccountList", "give the accounts either as AccountList or as Accounts (the older shape), exactly one of them", "");
    }
    String field = current ? "AccountList" : "Accounts";
    List<String> userIds = AccountImportResult.userIds(request);
    if (userIds.isEmpty() || userIds.size() > MAX_ACCOUNTS_PER_IMPORT) {
      throw new TimValidationException(
          field, "must hold 1 to " + MAX_ACCOUNTS_PER_IMPORT + " accounts", "has " + userIds.size());
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < userIds.size(); i++) {
      String userId = userIds.get(i);
      String path = field + "[" + i + "]" + (current ? ".UserID" : "");
      if (userId.isEmpty()) {
        throw new TimValidationException(path, "must not be empty", "");
      }
      if (!seen.add(userId)) {
        throw new TimValidationException(path, "must not repeat an account of the same request", "was " + userId);
      }
    }
  }

  void check(ImportGroupRequest request) {
    if (!IMPORTABLE_GROUP_TYPES.contains(request.type())) {
      throw new TimValidationException(
          "Type", "must be one of " + IMPORTABLE_GROUP_TYPES + " (AVChatRoom groups keep no history and cannot be imported)",
          "was " + request.type());
    }
    request.createTime().ifPresent(createTime -> requirePastTime(createTime, "CreateTime"));
  }

  void check(ImportGroupMemberRequest request) {
    List<ImportGroupMember> members = request.memberList();
    if (members.isEmpty() || members.size() > maxMembersPerImport) {
      throw new TimValidationException(
          "MemberList", "must hold 1 to " + maxMembersPerImport + " members", "has " + members.size());
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < members.size(); i++) {
      ImportGroupMember member = members.get(i);
      String path = "MemberList[" + i + "]";
      if (!seen.add(member.memberAccount())) {
        throw new TimValidationException(
            path + ".Member_Account", "must not repeat a member of the same request", "was " + member.memberAccount());
      }
      member.role().ifPresent(role -> {
        if (!ImportGroupMember.ROLE_ADMIN.equals(role)) {
          throw new TimValidationException(path + ".Role", "must be Admin or absent (an ordinary member)", "was " + role);
        }
      });
      member.joinTime().ifPresent(joinTime -> requirePastTime(joinTime, path + ".JoinTime"));
      member.unreadMsgNum().ifPresent(unread -> requireNotNegative(unread, path + ".UnreadMsgNum"));
    }
  }

  void check(SetUnreadMsgNumRequest request) {
    requireNotNegative(request.unreadMsgNum(), "UnreadMsgNum");
  }

  void check(ImportC2cMsgRequest request) {
    if (!SYNC_FROM_OLD_SYSTEM_VALUES.contains(request.syncFromOldSystem())) {
      throw new TimValidationException(
          "SyncFromOldSystem", "must be 2 (history), 5 (real-time import beside the old system) or 1 (older pages' history)",
          "was " + request.syncFromOldSystem());
    }
    request.msgSeq().ifPresent(seq -> requireUint32(seq, "MsgSeq"));
    request.msgRandom().ifPresent(random -> requireUint32(random, "MsgRandom"));
    requirePastTime(request.msgTimeStamp(), "MsgTimeStamp");
    checkMsgBody(request.msgBody(), "MsgBody");
  }

  void check(ModifyC2cMsgRequest request) {
    requireSomethingToModify(request.msgBody(), request.cloudCustomData());
    request.msgBody().ifPresent(body -> checkMsgBody(body, "MsgBody"));
  }

  void check(ModifyGroupMsgRequest request) {
    if (request.msgSeq() < 1) {
      throw new TimValidationException("MsgSeq", "must be at least 1 (group sequence numbers start at 1)", "was " + request.msgSeq());
    }
    requireSomethingToModify(request.msgBody(), request.cloudCustomData());
    request.msgBody().ifPresent(body -> checkMsgBody(body, "MsgBody"));
  }

  void check(ImportGroupMsgRequest request) {
    List<ImportMsg> messages = request.msgList();
    if (messages.isEmpty() || messages.size() > MAX_IMPORT_MESSAGES) {
      throw new TimValidationException(
          "MsgList", "must hold 1 to " + MAX_IMPORT_MESSAGES + " messages", "has " + messages.size());
    }
    request.recentContactFlag().ifPresent(flag -> {
      if (flag != 0 && flag != 1) {
        throw new TimValidationException("RecentContactFlag", "must be 0 or 1", "was " + flag);
      }
    });
    for (int i = 0; i < messages.size(); i++) {
      ImportMsg message = messages.get(i);
      String path = "MsgList[" + i + "]";
      requirePastTime(message.sendTime(), path + ".SendTime");
      // docs/server-rules.md §4: ascending is read as non-decreasing; equal seconds are allowed.
      if (i > 0 && message.sendTime() < messages.get(i - 1).sendTime()) {
        throw new TimValidationException(
            path + ".SendTime",
            "must not be earlier than MsgList[" + (i - 1) + "].SendTime (messages are imported in ascending time order)",
            "was " + message.sendTime() + " after " + messages.get(i - 1).sendTime());
      }
      message.random().ifPresent(random -> requireUint32(random, path + ".Random"));
      checkMsgBody(message.msgBody(), path + ".MsgBody");
    }
  }

  void check(SendGroupMsgRequest request) {
    requireUint32(request.random(), "Random");
    checkMsgBody(request.msgBody(), "MsgBody");
  }

  void check(SendMsgRequest request) {
    requireUint32(request.msgRandom(), "MsgRandom");
    checkMsgBody(request.msgBody(), "MsgBody");
  }

  void check(GroupMsgGetSimpleRequest request) {
    if (request.reqMsgNumber() < 1 || request.reqMsgNumber() > MAX_GROUP_MSGS_PER_PULL) {
      throw new TimValidationException(
          "ReqMsgNumber", "must be 1 to " + MAX_GROUP_MSGS_PER_PULL, "was " + request.reqMsgNumber());
    }
  }

  /** The two accounts are named by the current pair or by the older pair; one pair, complete. */
  void check(AdminGetRoamMsgRequest request) {
    boolean current = request.operatorAccount().isPresent() || request.peerAccount().isPresent();
    boolean older = request.fromAccount().isPresent() || request.toAccount().isPresent();
    if (current && older) {
      throw new TimValidationException(
          "From_Account", "name the accounts either Operator_Account/Peer_Account or From_Account/To_Account, not both", "");
    }
    if (current && (request.operatorAccount().isEmpty() || request.peerAccount().isEmpty())) {
      throw new TimValidationException(
          request.operatorAccount().isEmpty() ? "Operator_Account" : "Peer_Account", "is required with the other account", "");
    }
    if (older && (request.fromAccount().isEmpty() || request.toAccount().isEmpty())) {
      throw new TimValidationException(
          request.fromAccount().isEmpty() ? "From_Account" : "To_Account", "is required with the other account", "");
    }
    if (!current && !older) {
      throw new TimValidationException("Operator_Account", "the two accounts of the conversation are required", "");
    }
    if (request.minTime() > request.maxTime()) {
      throw new TimValidationException(
          "MinTime", "must not be later than MaxTime", request.minTime() + " > " + request.maxTime());
    }
  }

  /**
   * Checks the 12 KB limit of every {@code MsgBody} of a request, given the size of the request's
   * JSON as it is about to be sent. A request of at most {@link #MAX_MSG_BODY_BYTES} bytes cannot
   * hold a larger MsgBody, so only a larger request costs a second serialization, message by message.
   */
  void checkSerializedSize(Object request, long requestBytes) {
    if (requestBytes <= MAX_MSG_BODY_BYTES) {
      return;
    }
    if (request instanceof ImportGroupMsgRequest) {
      List<ImportMsg> messages = ((ImportGroupMsgRequest) request).msgList();
      for (int i = 0; i < messages.size(); i++) {
        requireMsgBodySize(messages.get(i).msgBody(), "MsgList[" + i + "].MsgBody");
      }
    } else if (request instanceof ModifyGroupMsgRequest) {
      ((ModifyGroupMsgRequest) request).msgBody().ifPresent(body -> requireMsgBodySize(body, "MsgBody"));
    } else if (request instanceof ModifyC2cMsgRequest) {
      ((ModifyC2cMsgRequest) request).msgBody().ifPresent(body -> requireMsgBodySize(body, "MsgBody"));
    } else if (request instanceof SendGroupMsgRequest) {
      requireMsgBodySize(((SendGroupMsgRequest) request).msgBody(), "MsgBody");
    } else if (request instanceof SendMsgRequest) {
      requireMsgBodySize(((SendMsgRequest) request).msgBody(), "MsgBody");
    } else if (request instanceof ImportC2cMsgRequest) {
      requireMsgBodySize(((ImportC2cMsgRequest) request).msgBody(), "MsgBody");
    }
  }

  private void requireMsgBodySize(List<MsgElement> body, String path) {
    Buffer serialized = new Buffer();
    long bytes;
    try {
      msgBodyAdapter.toJson(serialized, body);
      bytes = serialized.size();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a Buffer does no I/O
    } finally {
      serialized.clear(); // returns the segments to okio's pool
    }
    if (bytes > MAX_MSG_BODY_BYTES) {
      throw new TimValidationException(
          path, "serialized MsgBody must be at most " + MAX_MSG_BODY_BYTES + " bytes (12 KB)", "is " + bytes + " bytes");
    }
  }

  /** A time of the past (the server refuses future ones), in Unix seconds. */
  private void requirePastTime(long seconds, String field) {
    if (seconds < 0) {
      throw new TimValidationException(field, "must not be negative", "was " + seconds);
    }
    long now = clock.instant().getEpochSecond();
    if (seconds > now) {
      throw new TimValidationException(field, "must not be in the future", "was " + seconds + ", now is " + now);
    }
  }

  private static void requireNotNegative(long value, String field) {
    if (value < 0) {
      throw new TimValidationException(field, "must not be negative", "was " + value);
    }
  }

  private static void requireUint32(long value, String field) {
    if (value < 0 || value > Uint32.MAX) {
      throw new TimValidationException(field, "must be an unsigned 32-bit integer (0..4294967295)", "was " + value);
    }
  }

  private static void requireSomethingToModify(Optional<?> msgBody, Optional<?> cloudCustomData) {
    if (msgBody.isEmpty() && cloudCustomData.isEmpty()) {
      throw new TimValidationException(
          "MsgBody", "a modification needs MsgBody or CloudCustomData (or both)", "");
    }
  }

  private void checkMsgBody(List<MsgElement> body, String path) {
    if (body.isEmpty()) {
      throw new TimValidationException(path, "must hold at least one message element", "");
    }
    int customElements = 0;
    for (MsgElement element : body) {
      if (TIMCustomElem.MSG_TYPE_TIM_CUSTOM_ELEM.equals(element.msgType()) && ++customElements > 1) {
        throw new TimValidationException(path, "may hold at most one TIMCustomElem", "");
      }
    }
  }
}
