package io.timrest.cli;

import com.squareup.moshi.Types;
import io.timrest.AccountImportResult;
import io.timrest.C2cImportResult;
import io.timrest.ImportResult;
import io.timrest.MemberImportResult;
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
import io.timrest.model.ImportC2cMsgRequest;
import io.timrest.model.ImportGroupMember;
import io.timrest.model.ImportGroupMemberRequest;
import io.timrest.model.ImportGroupMemberResponse;
import io.timrest.model.ImportGroupMsgRequest;
import io.timrest.model.ImportGroupRequest;
import io.timrest.model.ImportGroupResponse;
import io.timrest.model.ImportGroupMsgResponse;
import io.timrest.model.ImportMsg;
import io.timrest.model.ImportMsgResult;
import io.timrest.model.ModifyC2cMsgRequest;
import io.timrest.model.ModifyGroupMsgRequest;
import io.timrest.model.MsgElement;
import io.timrest.model.MultiaccountImportRequest;
import io.timrest.model.MultiaccountImportResponse;
import io.timrest.model.SendGroupMsgRequest;
import io.timrest.model.SendGroupMsgResponse;
import io.timrest.model.SendMsgRequest;
import io.timrest.model.SendMsgResponse;
import io.timrest.model.SetUnreadMsgNumRequest;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

/** One command per API endpoint; each maps its options onto the endpoint's request model. */
final class EndpointCommands {
  /** Random and MsgRandom are unsigned 32-bit integers. */
  private static final long UINT32_BOUND = 1L << 32;
  private static final Type MSG_BODY = Types.newParameterizedType(List.class, MsgElement.class);
  private static final Type MSG_LIST = Types.newParameterizedType(List.class, ImportMsg.class);
  private static final String OR_BODY = EndpointCommand.OR_BODY;
  /** import_group_msg takes at most 7 messages a call. */
  private static final int IMPORT_BATCH = 7;

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
          + " SendTime ascending, imported 7 a call; FILE or - for standard input (required)");
  static final Option MSG_SEQ = Option.value("--msg-seq", "SEQ", "MsgSeq of the message to modify (required)");
  static final Option NEW_TEXT = Option.value("--text", "TEXT", "new text: MsgBody becomes one TIMTextElem");
  static final Option MSG_BODY_FILE = Option.value("--file", "FILE",
      "new MsgBody: a JSON array of message elements, from FILE or - for standard input");
  static final Option CLOUD_CUSTOM_DATA = Option.value("--cloud-custom-data", "DATA", "new CloudCustomData");
  static final Option MODIFY_FROM = Option.value("--from", "ID", "sender of the message, From_Account (required)");
  static final Option MODIFY_TO = Option.value("--to", "ID", "receiver of the message, To_Account (required)");
  static final Option MSG_KEY = Option.value("--msg-key", "KEY",
      "MsgKey of the message, as send-c2c-msg and get-c2c-msgs print it (required)");

  static final Option ACCOUNTS = Option.value("--user-ids", "IDS",
      "the UserIDs to import, comma-separated, 1 to 100 (AccountList)");
  static final Option ACCOUNTS_FILE = Option.value("--file", "FILE",
      "the accounts (AccountList): a JSON array of {UserID, Nick, FaceUrl}, 1 to 100; FILE or - for standard input");
  static final Option IMPORT_TYPE = Option.value("--type", "TYPE", "Private, Public, ChatRoom or Community (required)");
  static final Option CREATE_TIME = Option.value("--create-time", "SECONDS",
      "when the group was created, Unix seconds (CreateTime; default: now). Imported messages must be later");
  static final Option MEMBERS = Option.value("--members", "IDS",
      "the members' UserIDs, comma-separated, at most 20 (MemberList)");
  static final Option JOIN_TIME = Option.value("--join-time", "SECONDS",
      "when the --members joined, Unix seconds (JoinTime): after the group's CreateTime, before now");
  static final Option MEMBERS_FILE = Option.value("--file", "FILE",
      "the members (MemberList): a JSON array of {Member_Account, Role, JoinTime, UnreadMsgNum}, at most 20;"
          + " FILE or - for standard input");
  static final Option MEMBER = Option.value("--member", "ID", "the member, Member_Account (required)");
  static final Option UNREAD = Option.value("--count", "N", "the member's unread count, UnreadMsgNum (required)");
  static final Option IMPORT_FROM = Option.value("--from", "ID", "sender, From_Account (required)");
  static final Option SEND_TIME = Option.value("--time", "SECONDS", "when the message was sent, Unix seconds (MsgTimeStamp; required)");
  static final Option SYNC = Option.value("--sync", "N",
      "SyncFromOldSystem: 2 history, not unread and not pushed (default); 5 real-time import beside the old system");

  private static final Type ACCOUNT_LIST = Types.newParameterizedType(List.class, AccountImportRequest.class);
  private static final Type MEMBER_LIST = Types.newParameterizedType(List.class, ImportGroupMember.class);

  private EndpointCommands() {
  }

  static List<Command> all(JsonFiles json) {
    return List.of(
        importAccount(json), createGroup(json), sendGroupMsg(json), getGroupMsgs(json),
        sendC2cMsg(json), getC2cMsgs(json), importGroupMsg(json), modifyGroupMsg(json), modifyC2cMsg(json),
        importAccounts(json), importGroup(json), importGroupMembers(json), setUnread(json), importC2cMsg(json));
  }

  private static Command importAccounts(JsonFiles json) {
    return EndpointCommand.<MultiaccountImportRequest, AccountImportResult, MultiaccountImportResponse>named(
            "import-accounts", json)
        .summary("import up to 100 accounts at once (multiaccount_import)")
        .usage("--user-ids IDS | --file FILE")
        .description("Calls v4/im_open_login_svc/multiaccount_import, the first step of a migration;"
            + " importing an existing UserID again is not an error. Prints the response, whose"
            + " FailAccounts lists the accounts not imported; exits 1 if there is any.")
        .requestOptions(ACCOUNTS, ACCOUNTS_FILE)
        .request(MultiaccountImportRequest.class, (args, console) -> {
          List<AccountImportRequest> accounts = args.has(ACCOUNTS_FILE)
              ? json.read(args.get(ACCOUNTS_FILE).orElseThrow(), ACCOUNT_LIST, console.in())
              : commaSeparated(args.require(ACCOUNTS, " (or --file FILE, or give the whole request with --body FILE)"))
                  .stream().map(id -> AccountImportRequest.builder().userID(id).build()).collect(Collectors.toList());
          return MultiaccountImportRequest.builder().accountList(accounts).build();
        })
        .call(TimRestClient::multiaccountImport)
        .prints(MultiaccountImportResponse.class, AccountImportResult::response)
        .afterPrint(AccountImportResult::requireAllImported)
        .build();
  }

  private static Command importGroup(JsonFiles json) {
    return EndpointCommand.<ImportGroupRequest, ImportGroupResponse, ImportGroupResponse>named("import-group", json)
        .summary("import a group with its past creation time (import_group)")
        .usage("--type TYPE --name NAME [--group-id ID] [--owner ID] [--create-time SECONDS]")
        .description("Calls v4/group_open_http_svc/import_group: creates the group as it was in the"
            + " old system, so that its history can be imported with import-group-msg (the server"
            + " accepts only messages sent after the group's creation). Prints the response with the"
            + " GroupId.")
        .requestOptions(IMPORT_TYPE, NAME, NEW_GROUP_ID, OWNER, CREATE_TIME)
        .request(ImportGroupRequest.class, (args, console) -> ImportGroupRequest.builder()
            .type(args.require(IMPORT_TYPE, OR_BODY))
            .name(args.require(NAME, OR_BODY))
            .groupId(args.get(NEW_GROUP_ID).orElse(null))
            .ownerAccount(args.get(OWNER).orElse(null))
            .createTime(args.getLong(CREATE_TIME).orElse(null))
            .build())
        .call(TimRestClient::importGroup)
        .prints(ImportGroupResponse.class, response -> response)
        .build();
  }

  private static Command importGroupMembers(JsonFiles json) {
    return EndpointCommand.<ImportGroupMemberRequest, MemberImportResult, ImportGroupMemberResponse>named(
            "import-group-members", json)
        .summary("import members into a group, with their join times (import_group_member)")
        .usage("--group-id ID (--members IDS [--join-time SECONDS] | --file FILE)")
        .description("Calls v4/group_open_http_svc/import_group_member. Prints the response: one"
            + " MemberList entry per member, Result 1 imported, 2 already a member, 0 failed (for"
            + " example a JoinTime not after the group's creation); exits 1 if any failed.")
        .requestOptions(GROUP_ID, MEMBERS, JOIN_TIME, MEMBERS_FILE)
        .request(ImportGroupMemberRequest.class, (args, console) -> {
          String groupId = args.require(GROUP_ID, OR_BODY);
          List<ImportGroupMember> members;
          if (args.has(MEMBERS_FILE)) {
            if (args.has(MEMBERS) || args.has(JOIN_TIME)) {
              throw new UsageException("timrest " + args.command() + ": give the members as --members or --file, not both");
            }
            members = json.read(args.get(MEMBERS_FILE).orElseThrow(), MEMBER_LIST, console.in());
          } else {
            Long joinTime = args.getLong(JOIN_TIME).orElse(null);
            members = commaSeparated(args.require(MEMBERS, " (or --file FILE, or give the whole request with --body FILE)"))
                .stream().map(id -> ImportGroupMember.builder().memberAccount(id).joinTime(joinTime).build())
                .collect(Collectors.toList());
          }
          return ImportGroupMemberRequest.builder().groupId(groupId).memberList(members).build();
        })
        .call(TimRestClient::importGroupMember)
        .prints(ImportGroupMemberResponse.class, MemberImportResult::response)
        .afterPrint(MemberImportResult::requireAllImported)
        .build();
  }

  private static Command setUnread(JsonFiles json) {
    return EndpointCommand.<SetUnreadMsgNumRequest, Envelope, Envelope>named("set-unread", json)
        .summary("set a member's unread count after a migration (set_unread_msg_num)")
        .usage("--group-id ID --member ID --count N")
        .description("Calls v4/group_open_http_svc/set_unread_msg_num. Importing messages sets every"
            + " member's unread count to 0, so set counts after all messages are in; the server caps"
            + " a count at the group's number of messages. Prints the response envelope.")
        .requestOptions(GROUP_ID, MEMBER, UNREAD)
        .request(SetUnreadMsgNumRequest.class, (args, console) -> SetUnreadMsgNumRequest.builder()
            .groupId(args.require(GROUP_ID, OR_BODY))
            .memberAccount(args.require(MEMBER, OR_BODY))
            .unreadMsgNum(args.requireInt(UNREAD, OR_BODY))
            .build())
        .call(TimRestClient::setUnreadMsgNum)
        .prints(Envelope.class, response -> response)
        .build();
  }

  private static Command importC2cMsg(JsonFiles json) {
    return EndpointCommand.<ImportC2cMsgRequest, C2cImportResult, ImportC2cMsgRequest>named("import-c2c-msg", json)
        .summary("import one historical one-to-one message (importmsg)")
        .usage("--from ID --to ID --text TEXT --time SECONDS [--sync N]")
        .description("Calls v4/openim/importmsg; a missing MsgSeq or MsgRandom is chosen once, so that"
            + " a retried request is stored once. Prints the request as imported: its MsgKey for"
            + " modify-c2c-msg is MsgSeq_MsgRandom_MsgTimeStamp.")
        .requestOptions(IMPORT_FROM, TO, TEXT, SEND_TIME, SYNC)
        .request(ImportC2cMsgRequest.class, (args, console) -> ImportC2cMsgRequest.builder()
            .syncFromOldSystem(args.getInt(SYNC).orElse(2))
            .fromAccount(args.require(IMPORT_FROM, OR_BODY))
            .toAccount(args.require(TO, OR_BODY))
            .msgTimeStamp(args.requireLong(SEND_TIME, OR_BODY))
            .msgBody(text(args.require(TEXT, OR_BODY)))
            .build())
        .call(TimRestClient::importC2cMsg)
        .prints(ImportC2cMsgRequest.class, C2cImportResult::request)
        .build();
  }

  /** A comma-separated list, blanks trimmed and empty entries dropped. */
  private static List<String> commaSeparated(String value) {
    return Arrays.stream(value.split(",")).map(String::strip).filter(id -> !id.isEmpty()).collect(Collectors.toList());
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
    return EndpointCommand.<ImportGroupMsgRequest, List<ImportResult>, ImportGroupMsgResponse>named("import-group-msg", json)
        .summary("import historical messages into a group, 7 a call (import_group_msg)")
        .usage("--group-id ID --file FILE")
        .description("Calls v4/group_open_http_svc/import_group_msg, in batches of 7 (the most one call"
            + " takes), in order; a message without Random gets one, so that a retried request is"
            + " de-duplicated. Prints one response with an ImportMsgResult per message (Result 0 ="
            + " imported); exits 1 if any was not imported. For a whole history, see migrate.")
        .requestOptions(GROUP_ID, IMPORT_FILE)
        .request(ImportGroupMsgRequest.class, (args, console) -> {
          String groupId = args.require(GROUP_ID, OR_BODY);
          List<ImportMsg> messages = json.read(args.require(IMPORT_FILE, OR_BODY), MSG_LIST, console.in());
          return ImportGroupMsgRequest.builder().groupId(groupId).msgList(messages).build();
        })
        .call(EndpointCommands::importInBatches)
        .prints(ImportGroupMsgResponse.class, EndpointCommands::combined)
        .afterPrint(results -> results.forEach(ImportResult::requireAllImported))
        .build();
  }

  /** Imports the request's messages 7 a call, in order; the batches share the request's other fields. */
  private static List<ImportResult> importInBatches(TimRestClient client, ImportGroupMsgRequest request) {
    List<ImportMsg> messages = request.msgList();
    if (messages.size() <= IMPORT_BATCH) {
      return List.of(client.importGroupMsg(request));
    }
    List<ImportResult> results = new ArrayList<>();
    for (int from = 0; from < messages.size(); from += IMPORT_BATCH) {
      List<ImportMsg> batch = messages.subList(from, Math.min(from + IMPORT_BATCH, messages.size()));
      results.add(client.importGroupMsg(request.toBuilder().msgList(batch).build()));
    }
    return results;
  }

  /** One response for all batches: every message's ImportMsgResult, in request order. */
  private static ImportGroupMsgResponse combined(List<ImportResult> results) {
    if (results.size() == 1) {
      return results.get(0).response();
    }
    List<ImportMsgResult> all = new ArrayList<>();
    for (ImportResult result : results) {
      all.addAll(result.response().importMsgResult());
    }
    return results.get(0).response().toBuilder().importMsgResult(all).build();
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
