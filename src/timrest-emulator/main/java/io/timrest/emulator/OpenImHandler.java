package io.timrest.emulator;

import java.util.Map;
import java.util.Set;
import okio.ByteString;

/**
 * {@code openim}: modify_group_msg, sendmsg, importmsg, admin_getroammsg and modify_c2c_msg
 * (docs/server-rules.md §2, §9 and the spec). An invalid field is 20001 ("invalid request"), the
 * one generic parameter code the {@code x-error-codes} of these operations list
 * (docs/server-rules.md §8), unless the operation gives the field a code of its own.
 */
final class OpenImHandler {
  /**
   * importmsg's largest MsgBody, in UTF-8 bytes of its compact JSON; larger is 93000, "JSON 数据包超长，
   * 消息包体请不要超过 8k" (docs/server-rules.md §9, https://cloud.tencent.com/document/product/269/2568).
   * Read as 8 KiB.
   */
  static final int MAX_IMPORT_MSG_BODY_BYTES = 8 * 1024;

  /**
   * importmsg's SyncFromOldSystem: 2 imports history (not unread, not pushed), 5 imports in real
   * time while two systems run side by side; 1 is the older pages' real-time value.
   */
  static final Set<Long> SYNC_FROM_OLD_SYSTEM = Set.of(1L, 2L, 5L);

  private final GroupStore groups;
  private final C2cStore c2c;
  private final Accounts accounts;

  OpenImHandler(GroupStore groups, C2cStore c2c, Accounts accounts) {
    this.groups = groups;
    this.c2c = c2c;
    this.accounts = accounts;
  }

  Service service() {
    // 90001 JSON parse failure, 93000 JSON packet too long, 20005 internal error, except importmsg,
    // whose page lists 91000 as its internal error and no 20005 (docs/server-rules.md §8).
    return new Service("openim", 20001, 90001, 93000, 20005,
        Map.of(
            "modify_group_msg", this::modifyGroupMsg,
            "sendmsg", this::sendMsg,
            "importmsg", this::importMsg,
            "admin_getroammsg", this::adminGetRoamMsg,
            "modify_c2c_msg", this::modifyC2cMsg),
        Map.of(),
        Map.of("importmsg", 91000));
  }

  /** MsgBody (checked) and CloudCustomData of a modify request; at least one is required. */
  private record Modification(ByteString body, String cloudCustomData) {
    static Modification of(Params body) {
      ByteString msgBody = null;
      if (body.has("MsgBody")) {
        msgBody = MsgBodies.requireValid(body, MsgBodies.OPENIM).text();
      }
      String cloudCustomData = body.optionalString("CloudCustomData");
      if (msgBody == null && cloudCustomData == null) {
        throw body.invalid("MsgBody or CloudCustomData is required");
      }
      return new Modification(msgBody, cloudCustomData);
    }
  }

  private Reply modifyGroupMsg(Call call) {
    Params body = call.body();
    String groupId = GroupHandler.requireGroupId(body);
    long seq = body.requiredLong("MsgSeq");
    GroupHandler.refuseTopicId(body);
    Modification modification = Modification.of(body);
    groups.modify(groupId, seq, modification.body(), modification.cloudCustomData());
    return Reply.ok();
  }

  private Reply sendMsg(Call call) {
    Params body = call.body();
    if (!(body.get("To_Account") instanceof String to)) {
      throw new ApiError(90003, "To_Account is missing or not a string");
    }
    long random = body.requiredUint32("MsgRandom");
    Json.Raw msgBody = MsgBodies.requireValid(body, MsgBodies.OPENIM);
    Long syncOtherMachine = body.optionalLong("SyncOtherMachine");
    if (syncOtherMachine != null && syncOtherMachine != 1 && syncOtherMachine != 2) {
      throw body.invalid("SyncOtherMachine must be 1 or 2");
    }
    Long lifeTime = body.optionalLong("MsgLifeTime");
    if (lifeTime != null && lifeTime < 0) {
      throw body.invalid("MsgLifeTime must not be negative");
    }
    Long seq = body.optionalUint32("MsgSeq");
    Long timestamp = body.optionalLong("MsgTimeStamp");
    if (timestamp != null && timestamp < 0) {
      throw body.invalid("MsgTimeStamp must not be negative");
    }
    String cloudCustomData = body.optionalString("CloudCustomData");
    String from = body.optionalString("From_Account");
    if (from == null) {
      from = accounts.admin();
    } else if (!accounts.exists(from)) {
      throw new ApiError(20003, "From_Account is not an imported account");
    }
    if (!accounts.exists(to)) {
      throw new ApiError(90012, "To_Account is not an imported account");
    }
    C2cStore.Sent sent = c2c.send(from, to, seq, random, timestamp, msgBody.text(), cloudCustomData, call.now());
    return Reply.ok(writer -> {
      writer.name("MsgTime").value(sent.time());
      writer.name("MsgKey").value(sent.key());
    });
  }

  /**
   * docs/server-rules.md §9, https://cloud.tencent.com/document/product/269/2568: one message per
   * call, both accounts imported. The codes are the page's own: 90030 SyncFromOldSystem, 90008
   * From_Account, 90003/90012 To_Account, 90005 MsgRandom, 90006 MsgTimeStamp, 90007/90002
   * MsgBody, 93000 too long.
   */
  private Reply importMsg(Call call) {
    Params body = call.body();
    Object sync = body.get("SyncFromOldSystem");
    Long syncValue = sync instanceof Json.Num num ? num.asLong() : null;
    if (syncValue == null || !SYNC_FROM_OLD_SYSTEM.contains(syncValue)) {
      throw new ApiError(90030, "SyncFromOldSystem is required and must be 2 (history) or 5 (real time; older pages: 1)");
    }
    if (!(body.get("From_Account") instanceof String from)) {
      throw new ApiError(90008, "From_Account is missing or not a string");
    }
    if (!(body.get("To_Account") instanceof String to)) {
      throw new ApiError(90003, "To_Account is missing or not a string");
    }
    Long seq = body.optionalUint32("MsgSeq");
    if (!Json.isUint32(body.get("MsgRandom"))) {
      throw new ApiError(90005, "MsgRandom is required and must be an unsigned 32-bit integer");
    }
    long random = body.requiredUint32("MsgRandom");
    Object timestampValue = body.get("MsgTimeStamp");
    Long timestamp = timestampValue instanceof Json.Num num ? num.asLong() : null;
    if (timestamp == null || timestamp < 0) {
      throw new ApiError(90006, "MsgTimeStamp is required and must be a non-negative integer (seconds)");
    }
    long now = call.now().getEpochSecond();
    if (timestamp > now) {
      throw new ApiError(90006, "MsgTimeStamp " + timestamp + " is in the future (now " + now + ")");
    }
    Json.Raw msgBody = MsgBodies.requireShape(body, MsgBodies.OPENIM);
    if (Json.compactSize(msgBody) > MAX_IMPORT_MSG_BODY_BYTES) {
      throw new ApiError(93000, "MsgBody is longer than " + MAX_IMPORT_MSG_BODY_BYTES + " bytes");
    }
    String cloudCustomData = body.optionalString("CloudCustomData");
    if (!accounts.exists(from)) {
      throw new ApiError(90008, "From_Account is not an imported account");
    }
    if (!accounts.exists(to)) {
      throw new ApiError(90012, "To_Account is not an imported account");
    }
    // SyncFromOldSystem decides unread counting and pushing, neither of which the emulator has
    // for one-to-one messages; every accepted value stores the message alike.
    c2c.importMessage(from, to, seq, random, timestamp, msgBody.text(), cloudCustomData);
    return Reply.ok();
  }

  private Reply adminGetRoamMsg(Call call) {
    Params body = call.body();
    // docs/server-rules.md §2: older pages name the two accounts From_Account/To_Account; the newer names win.
    String operator = body.has("Operator_Account")
        ? body.requiredString("Operator_Account")
        : body.requiredString("From_Account");
    String peer = body.has("Peer_Account")
        ? body.requiredString("Peer_Account")
        : body.requiredString("To_Account");
    long maxCount = body.requiredLong("MaxCnt");
    if (maxCount < 1) {
      throw body.invalid("MaxCnt must be at least 1");
    }
    long minTime = body.requiredLong("MinTime");
    long maxTime = body.requiredLong("MaxTime");
    if (minTime > maxTime) {
      throw body.invalid("MinTime must not be after MaxTime");
    }
    String lastKey = body.optionalString("LastMsgKey");
    if (!accounts.exists(operator) || !accounts.exists(peer)) {
      throw new ApiError(20003, "Operator_Account or Peer_Account is not an imported account");
    }
    C2cStore.Page page = c2c.roam(operator, peer, minTime, maxTime, (int) Math.min(maxCount, Integer.MAX_VALUE), lastKey);
    C2cStore.Message oldest = page.messages().isEmpty() ? null : page.messages().get(0);
    return Reply.ok(writer -> {
      writer.name("Complete").value(page.complete() ? 1 : 0);
      writer.name("MsgCnt").value(page.messages().size());
      writer.name("LastMsgTime").value(oldest != null ? oldest.timestamp() : 0L);
      writer.name("LastMsgKey").value(oldest != null ? oldest.key() : "");
      writer.name("MsgList").beginArray();
      for (C2cStore.Message message : page.messages()) {
        writer.beginObject();
        writer.name("From_Account").value(message.from());
        writer.name("To_Account").value(message.to());
        writer.name("MsgSeq").value(message.seq());
        writer.name("MsgRandom").value(message.random());
        writer.name("MsgTimeStamp").value(message.timestamp());
        writer.name("MsgFlagBits").value(0);
        writer.name("MsgKey").value(message.key());
        writer.name("MsgBody");
        Json.write(writer, new Json.Raw(message.body(), null));
        if (message.cloudCustomData() != null) {
          writer.name("CloudCustomData").value(message.cloudCustomData());
        }
        writer.endObject();
      }
      writer.endArray();
    });
  }

  private Reply modifyC2cMsg(Call call) {
    Params body = call.body();
    String from = body.requiredString("From_Account");
    if (!(body.get("To_Account") instanceof String to)) {
      throw new ApiError(90003, "To_Account is missing or not a string");
    }
    String key = body.requiredString("MsgKey");
    Modification modification = Modification.of(body);
    if (!accounts.exists(from) || !accounts.exists(to)) {
      throw new ApiError(20003, "From_Account or To_Account is not an imported account");
    }
    c2c.modify(from, to, key, modification.body(), modification.cloudCustomData());
    return Reply.ok();
  }
}
