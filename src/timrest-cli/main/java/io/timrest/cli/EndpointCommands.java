package io.timrest.cli;

import com.squareup.moshi.Types;
import io.timrest.ImportResult;
import io.timrest.MsgElements;
import io.timrest.TimRestClient;
import io.timrest.model.AccountImportRequest;
import io.timrest.model.AdminGetRoamMsgRequest;
import io.timrest.model.AdminGetRoamMsgResponse;
import io.timrest.model.CreateGroupRequest;
import io.timrest.model.CreateGroupResponse;
import io.timrest.model.Envelope;
import io.timrest.model.GroupMsgGetSimpleRequest;
import io.timrest.model.GroupMsgGetSimpleResponse;
import io.timrest.model.ImportGroupMsgRequest;
import io.timrest.model.ImportGroupMsgResponse;
import io.timrest.model.ImportMsg;
import io.timrest.model.ModifyC2cMsgRequest;
import io.timrest.model.ModifyGroupMsgRequest;
import io.timrest.model.MsgElement;
import io.timrest.model.SendGroupMsgRequest;
import io.timrest.model.SendGroupMsgResponse;
import io.timrest.model.SendMsgRequest;
import io.timrest.model.SendMsgResponse;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/** One command per API endpoint; each maps its options onto the endpoint's request model. */
final class EndpointCommands {
  /** Random and MsgRandom are unsigned 32-bit integers. */
  private static final long UINT32_BOUND = 1L << 32;
  private static final Type MSG_BODY = Types.newParameterizedType(List.class, MsgElement.class);
  private static final Type MSG_LIST = Types.newParameterizedType(List.class, ImportMsg.class);
  private static final String OR_BODY = EndpointCommand.OR_BODY;

  static final Option USER_ID = Option.value("--user-id", "ID", "UserID of the account, at most 32 bytes (required)");
  static final Option NICK = Option.value("--nick", "NAME", "nickname (Nick)");
  static final Option TYPE = Option.value("--type", "TYPE", "Private, Public, ChatRoom, AVChatRoom or Community (required)");
  static final Option NAME = Option.value("--name", "NAME", "group name, at most 30 bytes (required)");
  static final Option NEW_GROUP_ID = Option.value("--group-id", "ID", "custom GroupId (default: the server generates one)");
  static final Option OWNER = Option.value("--owner", "ID", "owner account, Owner_Account (must be imported)");
  static final Option GROUP_ID = Option.value("--group-id", "ID", "the group's GroupId (required)");
  static final Option TEXT = Option.value("--text", "TEXT", "message text, sent as one TIMTextElem (required)");
  static final Option GROUP_FROM = Option.value("--from", "ID", "sender, From_Account (default: the App admin)");
  static final Option COUNT = Option.value("--count", "N", "how many messages, 1 to 20 (default 20)");
  static final Option BEFORE_SEQ = Option.value("--before-seq", "SEQ",
      "newest MsgSeq to return, inclusive (ReqMsgSeq; default: the newest message)");
  static final Option TO = Option.value("--to", "ID", "receiver, To_Account (required)");
  static final Option C2C_FROM = Option.value("--from", "ID", "sender, From_Account (default: the App admin)");
  static final Option ACCOUNT = Option.value("--account", "ID", "one account of the conversation, Operator_Account (required)");
  static final Option PEER = Option.value("--peer", "ID", "the other account, Peer_Account (required)");
  static final Option MIN_TIME = Option.value("--min-time", "SECONDS", "earliest send time, Unix seconds (MinTime; default 0)");
  static final Option MAX_TIME = Option.value("--max-time", "SECONDS", "latest send time, Unix seconds (MaxTime; default: now)");
  static final Option MAX_COUNT = Option.value("--max-count", "N", "most messages to return (MaxCnt; default 20)");
  static final Option IMPORT_FILE = Option.value("--file", "FILE",
      "the messages (MsgList): a JSON array of {From_Account, SendTime, Random, MsgBody},"
          + " 1 to 7, SendTime ascending; FILE or - for standard input (required)");
  static final Option MSG_SEQ = Option.value("--msg-seq", "SEQ", "MsgSeq of the message to modify (required)");
  static final Option NEW_TEXT = Option.value("--text", "TEXT", "new text: MsgBody becomes one TIMTextElem");
  static final Option MSG_BODY_FILE = Option.value("--file", "FILE",
      "new MsgBody: a JSON array of message elements, from FILE or - for standard input");
  static final Option CLOUD_CUSTOM_DATA = Option.value("--cloud-custom-data", "DATA", "new CloudCustomData");
  static final Option MODIFY_FROM = Option.value("--from", "ID", "sender of the message, From_Account (required)");
  static final Option MODIFY_TO = Option.value("--to", "ID", "receiver of the message, To_Account (required)");
  static final Option MSG_KEY = Option.value("--msg-key", "KEY",
      "MsgKey of the message, as send-c2c-msg and get-c2c-msgs print it (required)");

  private EndpointCommands() {
  }

  static List<Command> all(JsonFiles json) {
    return List.of(
        importAccount(json), createGroup(json), sendGroupMsg(json), getGroupMsgs(json),
        sendC2cMsg(json), getC2cMsgs(json), importGroupMsg(json), modifyGroupMsg(json), modifyC2cMsg(json));
  }

  private static Command importAccount(JsonFiles json) {
    return EndpointCommand.<AccountImportRequest, Envelope, Envelope>named("import-account", json)
        .summary("import an account so that it can send and receive (account_import)")
        .usage("--user-id ID [--nick NAME]")
        .description("Calls v4/im_open_login_svc/account_import; importing an existing UserID again"
            + " is not an error. Prints the response envelope.")
        .requestOptions(USER_ID, NICK)
        .request(AccountImportRequest.class, (args, console) -> AccountImportRequest.builder()
            .userID(args.require(USER_ID, OR_BODY))
            .nick(args.get(NICK).orElse(null))
            .build())
        .call(TimRestClient::accountImport)
        .prints(Envelope.class, response -> response)
        .build();
  }

  private static Command createGroup(JsonFiles json) {
    return EndpointCommand.<CreateGroupRequest, CreateGroupResponse, CreateGroupResponse>named("create-group", json)
        .summary("create a group (create_group)")
        .usage("--type TYPE --name NAME [--group-id ID] [--owner ID]")
        .description("Calls v4/group_open_http_svc/create_group. Prints the response, whose GroupId"
            + " names the new group.")
        .requestOptions(TYPE, NAME, NEW_GROUP_ID, OWNER)
        .request(CreateGroupRequest.class, (args, console) -> CreateGroupRequest.builder()
            .type(args.require(TYPE, OR_BODY))
            .name(args.require(NAME, OR_BODY))
            .groupId(args.get(NEW_GROUP_ID).orElse(null))
            .ownerAccount(args.get(OWNER).orElse(null))
            .build())
        .call(TimRestClient::createGroup)
        .prints(CreateGroupResponse.class, response -> response)
        .build();
  }

  private static Command sendGroupMsg(JsonFiles json) {
    return EndpointCommand.<SendGroupMsgRequest, SendGroupMsgResponse, SendGroupMsgResponse>named("send-group-msg", json)
        .summary("send a text message to a group (send_group_msg)")
        .usage("--group-id ID --text TEXT [--from ID]")
        .description("Calls v4/group_open_http_svc/send_group_msg with a fresh Random. Prints the"
            + " response with the message's MsgSeq and MsgTime.")
        .requestOptions(GROUP_ID, TEXT, GROUP_FROM)
        .request(SendGroupMsgRequest.class, (args, console) -> SendGroupMsgRequest.builder()
            .groupId(args.require(GROUP_ID, OR_BODY))
            .msgBody(text(args.require(TEXT, OR_BODY)))
            .random(random())
            .fromAccount(args.get(GROUP_FROM).orElse(null))
            .build())
        .call(TimRestClient::sendGroupMsg)
        .prints(SendGroupMsgResponse.class, response -> response)
        .build();
  }

  private static Command getGroupMsgs(JsonFiles json) {
    return EndpointCommand.<GroupMsgGetSimpleRequest, GroupMsgGetSimpleResponse, GroupMsgGetSimpleResponse>named(
            "get-group-msgs", json)
        .summary("read a page of a group's messages, newest first (group_msg_get_simple)")
        .usage("--group-id ID [--count N] [--before-seq SEQ]")
        .description("Calls v4/group_open_http_svc/group_msg_get_simple. Prints the response:"
            + " RspMsgList newest first, IsFinished 1 when no older message remains. For the next"
            + " page, pass the smallest MsgSeq minus 1 as --before-seq.")
        .requestOptions(GROUP_ID, COUNT, BEFORE_SEQ)
        .request(GroupMsgGetSimpleRequest.class, (args, console) -> GroupMsgGetSimpleRequest.builder()
            .groupId(args.require(GROUP_ID, OR_BODY))
            .reqMsgNumber(args.getInt(COUNT).orElse(20))
            .reqMsgSeq(args.getLong(BEFORE_SEQ).orElse(null))
            .build())
        .call(TimRestClient::groupMsgGetSimple)
        .prints(GroupMsgGetSimpleResponse.class, response -> response)
        .build();
  }

  private static Command sendC2cMsg(JsonFiles json) {
    return EndpointCommand.<SendMsgRequest, SendMsgResponse, SendMsgResponse>named("send-c2c-msg", json)
        .summary("send a one-to-one text message (sendmsg)")
        .usage("--to ID --text TEXT [--from ID]")
        .description("Calls v4/openim/sendmsg with a fresh MsgRandom. Prints the response with the"
            + " message's MsgKey (needed by modify-c2c-msg) and MsgTime.")
        .requestOptions(TO, TEXT, C2C_FROM)
        .request(SendMsgRequest.class, (args, console) -> SendMsgRequest.builder()
            .toAccount(args.require(TO, OR_BODY))
            .msgBody(text(args.require(TEXT, OR_BODY)))
            .msgRandom(random())
            .fromAccount(args.get(C2C_FROM).orElse(null))
            .build())
        .call(TimRestClient::sendMsg)
        .prints(SendMsgResponse.class, response -> response)
        .build();
  }

  private static Command getC2cMsgs(JsonFiles json) {
    return EndpointCommand.<AdminGetRoamMsgRequest, AdminGetRoamMsgResponse, AdminGetRoamMsgResponse>named(
            "get-c2c-msgs", json)
        .summary("read a page of a one-to-one conversation (admin_getroammsg)")
        .usage("--account ID --peer ID [--min-time SECONDS] [--max-time SECONDS] [--max-count N]")
        .description("Calls v4/openim/admin_getroammsg. Prints the response: the newest messages of"
            + " the time range, oldest first, each with its MsgKey; Complete 1 when nothing older"
            + " remains.")
        .requestOptions(ACCOUNT, PEER, MIN_TIME, MAX_TIME, MAX_COUNT)
        .request(AdminGetRoamMsgRequest.class, (args, console) -> AdminGetRoamMsgRequest.builder()
            .operatorAccount(args.require(ACCOUNT, OR_BODY))
            .peerAccount(args.require(PEER, OR_BODY))
            .minTime(args.getLong(MIN_TIME).orElse(0L))
            .maxTime(args.getLong(MAX_TIME).orElseGet(() -> Instant.now().getEpochSecond()))
            .maxCnt(args.getInt(MAX_COUNT).orElse(20))
            .build())
        .call(TimRestClient::adminGetRoamMsg)
        .prints(AdminGetRoamMsgResponse.class, response -> response)
        .build();
  }

  private static Command importGroupMsg(JsonFiles json) {
    return EndpointCommand.<ImportGroupMsgRequest, ImportResult, ImportGroupMsgResponse>named("import-group-msg", json)
        .summary("import 1 to 7 historical messages into a group (import_group_msg)")
        .usage("--group-id ID --file FILE")
        .description("Calls v4/group_open_http_svc/import_group_msg; a message without Random gets"
            + " one, so that a retried request is de-duplicated. Prints the response, with one"
            + " ImportMsgResult per message (Result 0 = imported); exits 1 if any was not imported.")
        .requestOptions(GROUP_ID, IMPORT_FILE)
        .request(ImportGroupMsgRequest.class, (args, console) -> {
          String groupId = args.require(GROUP_ID, OR_BODY);
          List<ImportMsg> messages = json.read(args.require(IMPORT_FILE, OR_BODY), MSG_LIST, console.in());
          return ImportGroupMsgRequest.builder().groupId(groupId).msgList(messages).build();
        })
        .call(TimRestClient::importGroupMsg)
        .prints(ImportGroupMsgResponse.class, ImportResult::response)
        .afterPrint(ImportResult::requireAllImported)
        .build();
  }

  private static Command modifyGroupMsg(JsonFiles json) {
    return EndpointCommand.<ModifyGroupMsgRequest, Envelope, Envelope>named("modify-group-msg", json)
        .summary("overwrite a group message's body and/or CloudCustomData (modify_group_msg)")
        .usage("--group-id ID --msg-seq SEQ (--text TEXT | --file FILE) [--cloud-custom-data DATA]")
        .description("Calls v4/openim/modify_group_msg. Give the new body as --text or --file, new"
            + " CloudCustomData with --cloud-custom-data, or both. Prints the response envelope.")
        .requestOptions(GROUP_ID, MSG_SEQ, NEW_TEXT, MSG_BODY_FILE, CLOUD_CUSTOM_DATA)
        .request(ModifyGroupMsgRequest.class, (args, console) -> ModifyGroupMsgRequest.builder()
            .groupId(args.require(GROUP_ID, OR_BODY))
            .msgSeq(args.requireLong(MSG_SEQ, OR_BODY))
            .msgBody(newMsgBody(args, console, json).orElse(null))
            .cloudCustomData(args.get(CLOUD_CUSTOM_DATA).orElse(null))
            .build())
        .call(TimRestClient::modifyGroupMsg)
        .prints(Envelope.class, response -> response)
        .build();
  }

  private static Command modifyC2cMsg(JsonFiles json) {
    return EndpointCommand.<ModifyC2cMsgRequest, Envelope, Envelope>named("modify-c2c-msg", json)
        .summary("overwrite a one-to-one message's body and/or CloudCustomData (modify_c2c_msg)")
        .usage("--from ID --to ID --msg-key KEY (--text TEXT | --file FILE) [--cloud-custom-data DATA]")
        .description("Calls v4/openim/modify_c2c_msg. Give the new body as --text or --file, new"
            + " CloudCustomData with --cloud-custom-data, or both. Prints the response envelope.")
        .requestOptions(MODIFY_FROM, MODIFY_TO, MSG_KEY, NEW_TEXT, MSG_BODY_FILE, CLOUD_CUSTOM_DATA)
        .request(ModifyC2cMsgRequest.class, (args, console) -> ModifyC2cMsgRequest.builder()
            .fromAccount(args.require(MODIFY_FROM, OR_BODY))
            .toAccount(args.require(MODIFY_TO, OR_BODY))
            .msgKey(args.require(MSG_KEY, OR_BODY))
            .msgBody(newMsgBody(args, console, json).orElse(null))
            .cloudCustomData(args.get(CLOUD_CUSTOM_DATA).orElse(null))
            .build())
        .call(TimRestClient::modifyC2cMsg)
        .prints(Envelope.class, response -> response)
        .build();
  }

  /** The new body from --text or --file; neither leaves it out (the client says what is missing). */
  private static Optional<List<MsgElement>> newMsgBody(Args args, Console console, JsonFiles json) {
    if (args.has(NEW_TEXT) && args.has(MSG_BODY_FILE)) {
      throw new UsageException("timrest " + args.command() + ": give the new body as --text or --file, not both");
    }
    if (args.has(NEW_TEXT)) {
      return Optional.of(text(args.get(NEW_TEXT).orElseThrow()));
    }
    return args.get(MSG_BODY_FILE).map(file -> json.read(file, MSG_BODY, console.in()));
  }

  static List<MsgElement> text(String text) {
    return List.of(MsgElements.text(text));
  }

  private static long random() {
    return ThreadLocalRandom.current().nextLong(UINT32_BOUND);
  }
}
