package io.timrest;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import io.timrest.model.AccountImportRequest;
import io.timrest.model.AdminGetRoamMsgRequest;
import io.timrest.model.CreateGroupRequest;
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
 * would refuse is never sent. Each {@code check} first runs the model's generated
 * {@code validate()}, which holds every constraint of one field that the spec states
 * ({@code maxLength} in UTF-8 bytes, {@code enum}, {@code minimum}/{@code maximum},
 * {@code minItems}/{@code maxItems}); the builders already refused a missing required property or
 * a non-finite number. What is left here are the rules the spec can only say in words: those that
 * span fields or need the clock or the client's configuration (ascending {@code SendTime}, not in
 * the future, one {@code TIMCustomElem} per message, one account pair, no repeated account, the
 * configurable number of members per call). The size limit of a {@code MsgBody} is checked when
 * the request is serialized for sending ({@link #checkSerializedSize}), so that a request is
 * serialized once, not twice.
 */
final class RequestValidation {
  /**
   * The client's limit for a serialized {@code MsgBody}: 12 KB = 12,288 bytes (docs/server-rules.md §4). The
   * server's own per-message figure (12,000 bytes, {@code Result} 80002) is left to the server:
   * a stricter client would block messages the server takes.
   */
  static final int MAX_MSG_BODY_BYTES = 12 * 1024;
  /**
   * import_group_member takes at most 20 members per call on the newest page; older pages say 100,
   * 300 or 500 (docs/server-rules.md §9), hence {@link TimRestClient.Builder#maxMembersPerImport}
   * and no {@code maxItems} in the spec.
   */
  static final int DEFAULT_MAX_MEMBERS_PER_IMPORT = 20;

  private final JsonAdapter<List<MsgElement>> msgBodyAdapter;
  private final Clock clock;
  private final int maxMembersPerImport;

  RequestValidation(Moshi moshi, Clock clock, int maxMembersPerImport) {
    this.msgBodyAdapter = moshi.adapter(Types.newParameterizedType(List.class, MsgElement.class));
    this.clock = clock;
    this.maxMembersPerImport = maxMembersPerImport;
  }

  void check(AccountImportRequest request) {
    request.validate();
  }

  void check(CreateGroupRequest request) {
    request.validate();
  }

  void check(MultiaccountImportRequest request) {
    request.validate();
    boolean current = request.accountList().isPresent();
    if (current == request.accounts().isPresent()) {
      throw new TimValidationException(
          "AccountList", "oneOf", "give the accounts either as AccountList or as Accounts (the older shape), exactly one of them");
    }
    String field = current ? "AccountList" : "Accounts";
    List<String> userIds = AccountImportResult.userIds(request);
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < userIds.size(); i++) {
      String userId = userIds.get(i);
      if (!seen.add(userId)) {
        throw new TimValidationException(field + "[" + i + "]" + (current ? ".UserID" : ""), "unique",
            "must not repeat an account of the same request, was " + userId);
      }
    }
  }

  void check(ImportGroupRequest request) {
    request.validate();
    request.createTime().ifPresent(createTime -> requireNotInFuture(createTime, "CreateTime"));
  }

  void check(ImportGroupMemberRequest request) {
    request.validate();
    List<ImportGroupMember> members = request.memberList();
    if (members.size() > maxMembersPerImport) {
      throw new TimValidationException("MemberList", "maxItems",
          "at most " + maxMembersPerImport + " members per call (TimRestClient.Builder.maxMembersPerImport), has "
              + members.size());
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < members.size(); i++) {
      ImportGroupMember member = members.get(i);
      String path = "MemberList[" + i + "]";
      if (!seen.add(member.memberAccount())) {
        throw new TimValidationException(path + ".Member_Account", "unique",
            "must not repeat a member of the same request, was " + member.memberAccount());
      }
      member.joinTime().ifPresent(joinTime -> requireNotInFuture(joinTime, path + ".JoinTime"));
    }
  }

  void check(SetUnreadMsgNumRequest request) {
    request.validate();
  }

  void check(ImportC2cMsgRequest request) {
    request.validate();
    requireNotInFuture(request.msgTimeStamp(), "MsgTimeStamp");
    checkMsgBody(request.msgBody(), "MsgBody");
  }

  void check(ModifyC2cMsgRequest request) {
    request.validate();
    requireSomethingToModify(request.msgBody(), request.cloudCustomData());
    request.msgBody().ifPresent(body -> checkMsgBody(body, "MsgBody"));
  }

  void check(ModifyGroupMsgRequest request) {
    request.validate();
    requireSomethingToModify(request.msgBody(), request.cloudCustomData());
    request.msgBody().ifPresent(body -> checkMsgBody(body, "MsgBody"));
  }

  void check(ImportGroupMsgRequest request) {
    request.validate();
    List<ImportMsg> messages = request.msgList();
    for (int i = 0; i < messages.size(); i++) {
      ImportMsg message = messages.get(i);
      String path = "MsgList[" + i + "]";
      requireNotInFuture(message.sendTime(), path + ".SendTime");
      // docs/server-rules.md §4: ascending is read as non-decreasing; equal seconds are allowed.
      if (i > 0 && message.sendTime() < messages.get(i - 1).sendTime()) {
        throw new TimValidationException(path + ".SendTime", "ascending",
            "must not be earlier than MsgList[" + (i - 1) + "].SendTime (messages are imported in ascending time order), was "
                + message.sendTime() + " after " + messages.get(i - 1).sendTime());
      }
      checkMsgBody(message.msgBody(), path + ".MsgBody");
    }
  }

  void check(SendGroupMsgRequest request) {
    request.validate();
    checkMsgBody(request.msgBody(), "MsgBody");
  }

  void check(SendMsgRequest request) {
    request.validate();
    checkMsgBody(request.msgBody(), "MsgBody");
  }

  void check(GroupMsgGetSimpleRequest request) {
    request.validate();
  }

  /** The two accounts are named by the current pair or by the older pair; one pair, complete. */
  void check(AdminGetRoamMsgRequest request) {
    request.validate();
    boolean current = request.operatorAccount().isPresent() || request.peerAccount().isPresent();
    boolean older = request.fromAccount().isPresent() || request.toAccount().isPresent();
    if (current && older) {
      throw new TimValidationException("From_Account", "oneOf",
          "name the accounts either Operator_Account/Peer_Account or From_Account/To_Account, not both");
    }
    if (current && (request.operatorAccount().isEmpty() || request.peerAccount().isEmpty())) {
      throw new TimValidationException(request.operatorAccount().isEmpty() ? "Operator_Account" : "Peer_Account",
          "required", "is required with the other account");
    }
    if (older && (request.fromAccount().isEmpty() || request.toAccount().isEmpty())) {
      throw new TimValidationException(request.fromAccount().isEmpty() ? "From_Account" : "To_Account",
          "required", "is required with the other account");
    }
    if (!current && !older) {
      throw new TimValidationException("Operator_Account", "required", "the two accounts of the conversation are required");
    }
    if (request.minTime() > request.maxTime()) {
      throw new TimValidationException("MinTime", "notAfterMaxTime",
          "must not be later than MaxTime, " + request.minTime() + " > " + request.maxTime());
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
          path, "maxBodyBytes", "the serialized MsgBody must be at most " + MAX_MSG_BODY_BYTES + " bytes (12 KB), is " + bytes);
    }
  }

  /** A time of the past: the server refuses future ones. ({@code minimum} 0 is the spec's.) */
  private void requireNotInFuture(long seconds, String field) {
    long now = clock.instant().getEpochSecond();
    if (seconds > now) {
      throw new TimValidationException(field, "notInFuture", "must not be in the future, was " + seconds + ", now is " + now);
    }
  }

  private static void requireSomethingToModify(Optional<?> msgBody, Optional<?> cloudCustomData) {
    if (msgBody.isEmpty() && cloudCustomData.isEmpty()) {
      throw new TimValidationException("MsgBody", "anyOf", "a modification needs MsgBody or CloudCustomData (or both)");
    }
  }

  /** At most one {@code TIMCustomElem} per message: a rule over the elements, not of one field. */
  private static void checkMsgBody(List<MsgElement> body, String path) {
    int customElements = 0;
    for (int i = 0; i < body.size(); i++) {
      if (TIMCustomElem.MSG_TYPE_TIM_CUSTOM_ELEM.equals(body.get(i).msgType()) && ++customElements > 1) {
        throw new TimValidationException(path + "[" + i + "]", "oneCustomElem", "a message may hold at most one TIMCustomElem");
      }
    }
  }
}
