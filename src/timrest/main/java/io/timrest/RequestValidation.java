package io.timrest;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import io.timrest.model.AdminGetRoamMsgRequest;
import io.timrest.model.GroupMsgGetSimpleRequest;
import io.timrest.model.ImportGroupMsgRequest;
import io.timrest.model.ImportMsg;
import io.timrest.model.ModifyC2cMsgRequest;
import io.timrest.model.ModifyGroupMsgRequest;
import io.timrest.model.MsgElement;
import io.timrest.model.SendGroupMsgRequest;
import io.timrest.model.SendMsgRequest;
import io.timrest.model.TIMCustomElem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
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
  static final long MAX_UINT32 = 0xFFFF_FFFFL;
  /** group_msg_get_simple returns at most 20 messages per call. */
  static final int MAX_GROUP_MSGS_PER_PULL = 20;

  private final JsonAdapter<List<MsgElement>> msgBodyAdapter;
  private final Clock clock;

  RequestValidation(Moshi moshi, Clock clock) {
    this.msgBodyAdapter = moshi.adapter(Types.newParameterizedType(List.class, MsgElement.class));
    this.clock = clock;
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
    long now = clock.instant().getEpochSecond();
    for (int i = 0; i < messages.size(); i++) {
      ImportMsg message = messages.get(i);
      String path = "MsgList[" + i + "]";
      if (message.sendTime() < 0) {
        throw new TimValidationException(path + ".SendTime", "must not be negative", "was " + message.sendTime());
      }
      if (message.sendTime() > now) {
        throw new TimValidationException(
            path + ".SendTime", "must not be in the future", "was " + message.sendTime() + ", now is " + now);
      }
      if (i > 0 && message.sendTime() <= messages.get(i - 1).sendTime()) {
        throw new TimValidationException(
            path + ".SendTime",
            "must be later than MsgList[" + (i - 1) + "].SendTime (messages are imported in ascending time order)",
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

  private static void requireUint32(long value, String field) {
    if (value < 0 || value > MAX_UINT32) {
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
