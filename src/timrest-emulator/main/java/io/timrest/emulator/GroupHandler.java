package io.timrest.emulator;

import com.squareup.moshi.JsonWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code group_open_http_svc}: create_group, send_group_msg, group_msg_get_simple,
 * get_group_member_info and the migration endpoints import_group, import_group_member,
 * import_group_msg and set_unread_msg_num (docs/server-rules.md §2, §4, §5, §9; the spec).
 */
final class GroupHandler {
  /** docs/server-rules.md §2: a group Name is at most 30 bytes. */
  static final int MAX_NAME_BYTES = 30;
  /** docs/server-rules.md §5: a custom GroupId is printable ASCII of at most 48 bytes. */
  static final int MAX_GROUP_ID_BYTES = 48;
  /** docs/server-rules.md §2: group_msg_get_simple returns at most 20 messages per call. */
  static final int MAX_REQ_MSG_NUMBER = 20;
  /** docs/server-rules.md §4: 1 to 7 messages per import request. */
  static final int MAX_IMPORT_MESSAGES = 7;
  /** docs/server-rules.md §9, import_group: Introduction is at most 240 bytes. */
  static final int MAX_INTRODUCTION_BYTES = 240;
  /** docs/server-rules.md §9, import_group: Notification is at most 300 bytes. */
  static final int MAX_NOTIFICATION_BYTES = 300;
  /** docs/server-rules.md §9, import_group: FaceUrl is at most 100 bytes. */
  static final int MAX_FACE_URL_BYTES = 100;
  /** get_group_member_info's largest page (https://cloud.tencent.com/document/product/269/1617). */
  static final int MAX_MEMBER_INFO_LIMIT = 200;

  /**
   * The largest import_group_msg body, in bytes; larger gives 10020 for the whole request
   * (docs/server-rules.md §4). The limit is not documented; 100 KiB leaves room for seven messages at the
   * client's 12,288-byte limit plus 16 KiB of envelope, so that an over-long single message still
   * gets its own per-message 80002 rather than failing the whole request.
   */
  static final int MAX_IMPORT_REQUEST_BYTES = 7 * 12_288 + 16_384;

  private final GroupStore groups;
  private final Accounts accounts;
  private final int importGroupMemberLimit;

  GroupHandler(GroupStore groups, Accounts accounts, int importGroupMemberLimit) {
    this.groups = groups;
    this.accounts = accounts;
    this.importGroupMemberLimit = importGroupMemberLimit;
  }

  Service service() {
    return new Service("group_open_http_svc", 10004, 60003, 10020, 10002, Map.of(
        "create_group", this::createGroup,
        "send_group_msg", this::sendGroupMsg,
        "group_msg_get_simple", this::groupMsgGetSimple,
        "get_group_member_info", this::getGroupMemberInfo,
        "import_group", this::importGroup,
        "import_group_member", this::importGroupMember,
        "import_group_msg", this::importGroupMsg,
        "set_unread_msg_num", this::setUnreadMsgNum));
  }

  /** Printable ASCII (0x20..0x7E), 1..48 bytes (docs/server-rules.md §5); otherwise 10015. */
  static boolean isWellFormedGroupId(String id) {
    if (id.isEmpty() || id.length() > MAX_GROUP_ID_BYTES) {
      return false;
    }
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (c < 0x20 || c > 0x7E) {
        return false;
      }
    }
    return true;
  }

  /** The request's GroupId: missing → invalid parameter, malformed → 10015. */
  static String requireGroupId(Params body) {
    String groupId = body.requiredString("GroupId");
    if (!isWellFormedGroupId(groupId)) {
      throw new ApiError(10015, "GroupId is invalid: printable ASCII, 1.." + MAX_GROUP_ID_BYTES + " bytes");
    }
    return groupId;
  }

  /** Topics are not emulated: a non-empty TopicId is refused rather than silently ignored. */
  static void refuseTopicId(Params body) {
    String topicId = body.optionalString("TopicId");
    if (topicId != null && !topicId.isEmpty()) {
      throw body.invalid("TopicId is not supported by the emulator (topics are not emulated)");
    }
  }

  /** The request's Type; the newer names Work and Meeting are accepted (docs/server-rules.md §5). */
  private static GroupStore.Type requireType(Params body) {
    GroupStore.Type type = GroupStore.Type.parse(body.requiredString("Type"));
    if (type == null) {
      throw body.invalid("Type must be Private, Public, ChatRoom, AVChatRoom or Community (or Work, Meeting)");
    }
    return type;
  }

  /** docs/server-rules.md §2: Name is required and at most 30 bytes. */
  private static void requireName(Params body) {
    int nameBytes = body.requiredString("Name").getBytes(StandardCharsets.UTF_8).length;
    if (nameBytes == 0 || nameBytes > MAX_NAME_BYTES) {
      throw body.invalid("Name must be 1.." + MAX_NAME_BYTES + " bytes");
    }
  }

  /** An optional string of at most {@code maxBytes} UTF-8 bytes. */
  private static void checkOptionalBytes(Params body, String field, int maxBytes) {
    String value = body.optionalString(field);
    if (value != null && value.getBytes(StandardCharsets.UTF_8).length > maxBytes) {
      throw body.invalid(field + " must be at most " + maxBytes + " bytes");
    }
  }

  private Reply createGroup(Call call) {
    Params body = call.body();
    GroupStore.Type type = requireType(body);
    requireName(body);
    for (String field : List.of("Introduction", "Notification", "FaceUrl", "ApplyJoinOption")) {
      body.optionalString(field);
    }
    body.optionalLong("MaxMemberCount");
    String groupId = body.optionalString("GroupId");
    if (groupId != null) {
      checkCustomGroupId(groupId, type);
    }
    Map<String, String> members = new LinkedHashMap<>();
    String owner = body.optionalString("Owner_Account");
    if (owner != null) {
      requireAccount(owner, "Owner_Account");
      members.put(owner, GroupStore.OWNER);
    }
    List<Params> memberList = body.optionalObjectList("MemberList");
    if (memberList != null) {
      for (Params member : memberList) {
        String account = member.requiredString("Member_Account");
        String role = member.optionalString("Role");
        if (role != null && !role.equals(GroupStore.ADMIN) && !role.equals(GroupStore.MEMBER)) {
          throw member.invalid("Role must be Admin or Member");
        }
        requireAccount(account, "Member_Account");
        members.putIfAbsent(account, role != null ? role : GroupStore.MEMBER);
      }
    }
    String id = groups.create(groupId, type, call.now().getEpochSecond(), members);
    return Reply.ok(writer -> writer.name("GroupId").value(id));
  }

  /**
   * docs/server-rules.md §9, https://cloud.tencent.com/document/product/269/1634: create_group's
   * fields and ID rules plus CreateTime (absent = now) and SupportTopic; no AVChatRoom (10007).
   */
  private Reply importGroup(Call call) {
    Params body = call.body();
    GroupStore.Type type = requireType(body);
    if (type == GroupStore.Type.AVChatRoom) {
      throw new ApiError(10007, "AVChatRoom groups cannot be imported; create them with create_group");
    }
    requireName(body);
    checkOptionalBytes(body, "Introduction", MAX_INTRODUCTION_BYTES);
    checkOptionalBytes(body, "Notification", MAX_NOTIFICATION_BYTES);
    checkOptionalBytes(body, "FaceUrl", MAX_FACE_URL_BYTES);
    body.optionalString("ApplyJoinOption");
    body.optionalLong("MaxMemberCount");
    List<Params> appDefinedData = body.optionalObjectList("AppDefinedData");
    if (appDefinedData != null) {
      for (Params entry : appDefinedData) {
        entry.requiredString("Key");
        entry.requiredString("Value");
      }
    }
    Long supportTopic = body.optionalLong("SupportTopic");
    if (supportTopic != null && supportTopic != 0 && supportTopic != 1) {
      throw body.invalid("SupportTopic must be 0 or 1");
    }
    if (supportTopic != null && supportTopic == 1 && type != GroupStore.Type.Community) {
      throw body.invalid("SupportTopic is only for Community groups");
    }
    long now = call.now().getEpochSecond();
    Long createTime = body.optionalLong("CreateTime");
    if (createTime != null && (createTime < 0 || createTime > now)) {
      throw body.invalid("CreateTime " + createTime + " must be 0.." + now + " (not in the future)");
    }
    String groupId = body.optionalString("GroupId");
    if (groupId != null) {
      checkCustomGroupId(groupId, type);
    }
    String owner = body.optionalString("Owner_Account");
    if (owner != null) {
      requireAccount(owner, "Owner_Account");
    }
    String id = groups.create(groupId, type, createTime != null ? createTime : now,
        owner != null ? Map.of(owner, GroupStore.OWNER) : Map.of());
    return Reply.ok(writer -> writer.name("GroupId").value(id));
  }

  /**
   * docs/server-rules.md §9, https://cloud.tencent.com/document/product/269/1636. Every account is
   * checked before any is imported, so an unknown one (10019) leaves the group as it was.
   */
  private Reply importGroupMember(Call call) {
    Params body = call.body();
    String groupId = requireGroupId(body);
    List<Params> memberList = body.optionalObjectList("MemberList");
    if (memberList == null || memberList.isEmpty()) {
      throw body.invalid("MemberList is required and must not be empty");
    }
    if (memberList.size() > importGroupMemberLimit) {
      throw new ApiError(10005, "MemberList holds " + memberList.size() + " members; at most "
          + importGroupMemberLimit + " per call");
    }
    List<GroupStore.MemberImport> items = new ArrayList<>();
    for (Params member : memberList) {
      String account = member.requiredString("Member_Account");
      String role = member.optionalString("Role");
      if (role != null && !role.equals(GroupStore.ADMIN)) {
        throw member.invalid("Role must be Admin (the only role import_group_member takes) or absent");
      }
      Long joinTime = member.optionalLong("JoinTime");
      Long unread = member.optionalLong("UnreadMsgNum");
      if (unread != null && unread < 0) {
        throw member.invalid("UnreadMsgNum must not be negative");
      }
      items.add(new GroupStore.MemberImport(account, role != null ? role : GroupStore.MEMBER, joinTime, unread));
    }
    if (groups.typeOf(groupId) == GroupStore.Type.AVChatRoom) {
      throw new ApiError(10007, "AVChatRoom groups do not support importing members");
    }
    for (GroupStore.MemberImport item : items) {
      requireAccount(item.account(), "Member_Account " + item.account());
    }
    List<GroupStore.MemberResult> results = groups.importMembers(groupId, items, call.now().getEpochSecond());
    List<String> reasons = new ArrayList<>();
    for (int i = 0; i < results.size(); i++) {
      if (results.get(i).reason() != null) {
        reasons.add("MemberList[" + i + "] " + results.get(i).account() + ": " + results.get(i).reason());
      }
    }
    return Reply.ok(String.join("; ", reasons), writer -> {
      writer.name("MemberList").beginArray();
      for (GroupStore.MemberResult result : results) {
        writer.beginObject();
        writer.name("Member_Account").value(result.account());
        writer.name("Result").value(result.result());
        writer.endObject();
      }
      writer.endArray();
    });
  }

  /** docs/server-rules.md §9, https://cloud.tencent.com/document/product/269/1637: one member per call. */
  private Reply setUnreadMsgNum(Call call) {
    Params body = call.body();
    String groupId = requireGroupId(body);
    String account = body.requiredString("Member_Account");
    long unread = body.requiredLong("UnreadMsgNum");
    if (unread < 0) {
      throw body.invalid("UnreadMsgNum must not be negative");
    }
    groups.setUnread(groupId, account, unread);
    return Reply.ok();
  }

  /**
   * The members with Member_Account, Role, JoinTime and MsgSeq (the MsgSeq up to which the member
   * has read, so its unread count is the group's newest MsgSeq minus this); Limit and Offset page.
   */
  private Reply getGroupMemberInfo(Call call) {
    Params body = call.body();
    String groupId = requireGroupId(body);
    Long limit = body.optionalLong("Limit");
    if (limit != null && (limit < 1 || limit > MAX_MEMBER_INFO_LIMIT)) {
      throw body.invalid("Limit must be 1.." + MAX_MEMBER_INFO_LIMIT);
    }
    Long offset = body.optionalLong("Offset");
    if (offset != null && offset < 0) {
      throw body.invalid("Offset must not be negative");
    }
    List<GroupStore.MemberInfo> members = groups.members(groupId);
    int from = (int) Math.min(offset != null ? offset : 0, members.size());
    int to = limit != null ? (int) Math.min(from + limit, members.size()) : members.size();
    List<GroupStore.MemberInfo> page = members.subList(from, to);
    return Reply.ok(writer -> {
      writer.name("MemberNum").value(members.size());
      writer.name("MemberList").beginArray();
      for (GroupStore.MemberInfo member : page) {
        writer.beginObject();
        writer.name("Member_Account").value(member.account());
        writer.name("Role").value(member.role());
        writer.name("JoinTime").value(member.joinTime());
        writer.name("MsgSeq").value(member.readSeq());
        writer.endObject();
      }
      writer.endArray();
    });
  }

  /** docs/server-rules.md §5: custom IDs must not start with @TGS#, except Community ones, which must start with @TGS#_. */
  private static void checkCustomGroupId(String groupId, GroupStore.Type type) {
    if (!isWellFormedGroupId(groupId)) {
      throw new ApiError(10015, "GroupId is invalid: printable ASCII, 1.." + MAX_GROUP_ID_BYTES + " bytes");
    }
    if (type == GroupStore.Type.Community) {
      if (!groupId.startsWith("@TGS#_")) {
        throw new ApiError(10015, "a custom Community GroupId must start with @TGS#_");
      }
    } else if (groupId.startsWith("@TGS#")) {
      throw new ApiError(10015, "a custom GroupId must not start with @TGS#");
    }
  }

  /** A named account must have been imported: 10019 (docs/server-rules.md §8, user not found). */
  private void requireAccount(String account, String field) {
    if (!accounts.exists(account)) {
      throw new ApiError(10019, field + " is not an imported account");
    }
  }

  private Reply sendGroupMsg(Call call) {
    Params body = call.body();
    String groupId = requireGroupId(body);
    long random = body.requiredUint32("Random");
    Json.Raw msgBody = MsgBodies.requireValid(body, MsgBodies.GROUP);
    String cloudCustomData = body.optionalString("CloudCustomData");
    body.optionalLong("OnlineOnlyFlag");
    refuseTopicId(body);
    String from = body.optionalString("From_Account");
    if (from == null) {
      from = accounts.admin();
    } else {
      requireAccount(from, "From_Account");
    }
    GroupStore.Sent sent = groups.send(groupId, random, from, msgBody.text(), cloudCustomData, call.now());
    return Reply.ok(writer -> {
      writer.name("MsgTime").value(sent.time());
      writer.name("MsgSeq").value(sent.seq());
    });
  }

  private Reply groupMsgGetSimple(Call call) {
    Params body = call.body();
    String groupId = requireGroupId(body);
    long count = body.requiredLong("ReqMsgNumber");
    if (count < 1 || count > MAX_REQ_MSG_NUMBER) {
      throw body.invalid("ReqMsgNumber must be 1.." + MAX_REQ_MSG_NUMBER);
    }
    Long upToSeq = body.optionalLong("ReqMsgSeq");
    body.optionalLong("WithRecalledMsg");
    refuseTopicId(body);
    GroupStore.Page page = groups.history(groupId, upToSeq, (int) count);
    return Reply.ok(writer -> {
      writer.name("GroupId").value(groupId);
      writer.name("IsFinished").value(page.finished() ? 1 : 0);
      writer.name("RspMsgList").beginArray();
      for (GroupStore.Message message : page.messages()) {
        writeGroupMessage(writer, message);
      }
      writer.endArray();
    });
  }

  private static void writeGroupMessage(JsonWriter writer, GroupStore.Message message) throws java.io.IOException {
    writer.beginObject();
    writer.name("From_Account").value(message.from());
    writer.name("IsPlaceMsg").value(0);
    writer.name("MsgPriority").value(1);
    // An imported message without Random reads back as MsgRandom 0.
    writer.name("MsgRandom").value(message.random() != null ? message.random() : 0L);
    writer.name("MsgSeq").value(message.seq());
    writer.name("MsgTimeStamp").value(message.time());
    writer.name("IsSystemMsg").value(0);
    writer.name("MsgBody");
    Json.write(writer, new Json.Raw(message.body(), null));
    if (message.cloudCustomData() != null) {
      writer.name("CloudCustomData").value(message.cloudCustomData());
    }
    writer.endObject();
  }

  private Reply importGroupMsg(Call call) {
    Params body = call.body();
    if (call.bodyBytes() > MAX_IMPORT_REQUEST_BYTES) {
      throw new ApiError(10020, "the request is longer than " + MAX_IMPORT_REQUEST_BYTES + " bytes");
    }
    String groupId = requireGroupId(body);
    List<Params> msgList = body.optionalObjectList("MsgList");
    if (msgList == null) {
      throw body.invalid("MsgList is required");
    }
    if (msgList.isEmpty() || msgList.size() > MAX_IMPORT_MESSAGES) {
      throw body.invalid("MsgList must hold 1.." + MAX_IMPORT_MESSAGES + " messages");
    }
    Long recentContactFlag = body.optionalLong("RecentContactFlag");
    refuseTopicId(body);
    List<GroupStore.ImportItem> items = new ArrayList<>();
    for (Params message : msgList) {
      String from = message.requiredString("From_Account");
      long sendTime = message.requiredLong("SendTime");
      Long random = message.optionalUint32("Random");
      String cloudCustomData = message.optionalString("CloudCustomData");
      Json.Raw msgBody = MsgBodies.requireShape(message, MsgBodies.GROUP);
      items.add(new GroupStore.ImportItem(
          sendTime, random, from, msgBody.text(), MsgBodies.isTooLong(msgBody), cloudCustomData));
    }
    // docs/server-rules.md §4: RecentContactFlag is not supported for Community (AVChatRoom gets 10007 anyway).
    if (recentContactFlag != null && recentContactFlag == 1
        && groups.typeOf(groupId) == GroupStore.Type.Community) {
      throw body.invalid("RecentContactFlag is not supported for Community groups");
    }
    List<GroupStore.ImportResult> results = groups.importMessages(groupId, items, call.now());
    // The per-message Result is only a code; ErrorInfo says which rule each failed message broke.
    List<String> reasons = new ArrayList<>();
    for (int i = 0; i < results.size(); i++) {
      if (results.get(i).reason() != null) {
        reasons.add("MsgList[" + i + "]: " + results.get(i).result() + " " + results.get(i).reason());
      }
    }
    return Reply.ok(String.join("; ", reasons), writer -> {
      writer.name("ImportMsgResult").beginArray();
      for (GroupStore.ImportResult result : results) {
        writer.beginObject();
        writer.name("MsgSeq").value(result.seq());
        writer.name("MsgTime").value(result.time());
        writer.name("Result").value(result.result());
        writer.endObject();
      }
      writer.endArray();
    });
  }
}
