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
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * One command per API endpoint; each maps its options onto the endpoint's request model. Options
 * are not marked required for picocli: every one may instead come whole from {@code --body}.
 */
final class EndpointCommands {
  private static final Type MSG_BODY = Types.newParameterizedType(List.class, MsgElement.class);
  private static final Type MSG_LIST = Types.newParameterizedType(List.class, ImportMsg.class);
  private static final Type ACCOUNT_LIST = Types.newParameterizedType(List.class, AccountImportRequest.class);
  private static final Type MEMBER_LIST = Types.newParameterizedType(List.class, ImportGroupMember.class);
  /** import_group_msg takes at most 7 messages a call. */
  private static final int IMPORT_BATCH = ImportGroupMsgRequest.MSG_LIST_MAX_ITEMS;
  private static final String OR_FILE_OR_BODY = " (or --file FILE, or give the whole request with --body FILE)";
  private static final String CONNECTION = " [connection options]";

  private EndpointCommands() {
  }

  static List<CliCommand> all(Console console, JsonFiles json) {
    return List.of(
        new ImportAccount(console, json), new CreateGroup(console, json), new SendGroupMsg(console, json),
        new GetGroupMsgs(console, json), new SendC2cMsg(console, json), new GetC2cMsgs(console, json),
        new ImportGroupMsg(console, json), new ModifyGroupMsg(console, json), new ModifyC2cMsg(console, json),
        new ImportAccounts(console, json), new ImportGroup(console, json), new ImportGroupMembers(console, json),
        new SetUnread(console, json), new ImportC2cMsg(console, json));
  }

  @Command(name = "import-account", header = "import an account so that it can send and receive (account_import)",
      customSynopsis = "timrest import-account (--user-id ID [--nick NAME] | --body FILE)" + CONNECTION,
      description = "Calls v4/im_open_login_svc/account_import; importing an existing UserID again is not an"
          + " error. Prints the response envelope.")
  static final class ImportAccount extends EndpointCommand<AccountImportRequest, Envelope> {
    @Option(names = "--user-id", paramLabel = "ID", description = "UserID of the account, at most 32 bytes (required)")
    String userId;
    @Option(names = "--nick", paramLabel = "NAME", description = "nickname (Nick)")
    String nick;

    ImportAccount(Console console, JsonFiles json) {
      super(console, json, AccountImportRequest.class, Envelope.class, TimRestClient::accountImport);
    }

    @Override
    AccountImportRequest request() {
      return AccountImportRequest.builder().userID(require(userId, "--user-id")).nick(nick).build();
    }
  }

  @Command(name = "create-group", header = "create a group (create_group)",
      customSynopsis = "timrest create-group (--type TYPE --name NAME [--group-id ID] [--owner ID] | --body FILE)"
          + CONNECTION,
      description = "Calls v4/group_open_http_svc/create_group. Prints the response, whose GroupId names the new"
          + " group.")
  static final class CreateGroup extends EndpointCommand<CreateGroupRequest, CreateGroupResponse> {
    @Option(names = "--type", paramLabel = "TYPE",
        description = "Private, Public, ChatRoom, AVChatRoom or Community (required)")
    String type;
    @Option(names = "--name", paramLabel = "NAME", description = "group name, at most 30 bytes (required)")
    String name;
    @Option(names = "--group-id", paramLabel = "ID", description = "custom GroupId (default: the server generates one)")
    String groupId;
    @Option(names = "--owner", paramLabel = "ID", description = "owner account, Owner_Account (must be imported)")
    String owner;

    CreateGroup(Console console, JsonFiles json) {
      super(console, json, CreateGroupRequest.class, CreateGroupResponse.class, TimRestClient::createGroup);
    }

    @Override
    CreateGroupRequest request() {
      return CreateGroupRequest.builder().type(require(type, "--type")).name(require(name, "--name"))
          .groupId(groupId).ownerAccount(owner).build();
    }
  }

  @Command(name = "send-group-msg", header = "send a text message to a group (send_group_msg)",
      customSynopsis = "timrest send-group-msg (--group-id ID --text TEXT [--from ID] | --body FILE)" + CONNECTION,
      description = "Calls v4/group_open_http_svc/send_group_msg (the client picks its Random). Prints the response with"
          + " the message's MsgSeq and MsgTime.")
  static final class SendGroupMsg extends EndpointCommand<SendGroupMsgRequest, SendGroupMsgResponse> {
    @Option(names = "--group-id", paramLabel = "ID", description = "the group's GroupId (required)")
    String groupId;
    @Option(names = "--text", paramLabel = "TEXT", description = "message text, sent as one TIMTextElem (required)")
    String text;
    @Option(names = "--from", paramLabel = "ID", description = "sender, From_Account (default: the App admin)")
    String from;

    SendGroupMsg(Console console, JsonFiles json) {
      super(console, json, SendGroupMsgRequest.class, SendGroupMsgResponse.class, TimRestClient::sendGroupMsg);
    }

    @Override
    SendGroupMsgRequest request() {
      return SendGroupMsgRequest.builder().groupId(require(groupId, "--group-id"))
          .msgBody(text(require(text, "--text"))).fromAccount(from).build();
    }
  }

  @Command(name = "get-group-msgs", header = "read a page of a group's messages, newest first (group_msg_get_simple)",
      customSynopsis = "timrest get-group-msgs (--group-id ID [--count N] [--before-seq SEQ] | --body FILE) [--all]"
          + CONNECTION,
      description = "Calls v4/group_open_http_svc/group_msg_get_simple. Prints the response: RspMsgList newest"
          + " first, IsFinished 1 when no older message remains. For the next page, pass the smallest MsgSeq"
          + " minus 1 as --before-seq.")
  static final class GetGroupMsgs extends EndpointCommand<GroupMsgGetSimpleRequest, GroupMsgGetSimpleResponse> {
    @Option(names = "--group-id", paramLabel = "ID", description = "the group's GroupId (required)")
    String groupId;
    @Option(names = "--count", paramLabel = "N", description = "how many messages, 1 to 20 (default 20)")
    Integer count;
    @Option(names = "--before-seq", paramLabel = "SEQ",
        description = "newest MsgSeq to return, inclusive (ReqMsgSeq; default: the newest message)")
    Long beforeSeq;
    @Option(names = "--all", description = "every message from there back to the first, one JSON line each,"
        + " fetching --count a call (group_msg_get_simple page by page)")
    boolean all;

    @Override
    Optional<Stream<?>> everyMessage(TimRestClient client, GroupMsgGetSimpleRequest firstPage) {
      return all ? Optional.of(client.groupMessages(firstPage)) : Optional.empty();
    }

    GetGroupMsgs(Console console, JsonFiles json) {
      super(console, json, GroupMsgGetSimpleRequest.class, GroupMsgGetSimpleResponse.class,
          TimRestClient::groupMsgGetSimple);
    }

    @Override
    GroupMsgGetSimpleRequest request() {
      GroupMsgGetSimpleRequest.Builder request = GroupMsgGetSimpleRequest.builder() // ReqMsgNumber preset: 20
          .groupId(require(groupId, "--group-id")).reqMsgSeq(beforeSeq);
      if (count != null) {
        request.reqMsgNumber(count);
      }
      return request.build();
    }
  }

  @Command(name = "send-c2c-msg", header = "send a one-to-one text message (sendmsg)",
      customSynopsis = "timrest send-c2c-msg (--to ID --text TEXT [--from ID] | --body FILE)" + CONNECTION,
      description = "Calls v4/openim/sendmsg (the client picks its MsgSeq and MsgRandom). Prints the response with the message's"
          + " MsgKey (needed by modify-c2c-msg) and MsgTime.")
  static final class SendC2cMsg extends EndpointCommand<SendMsgRequest, SendMsgResponse> {
    @Option(names = "--to", paramLabel = "ID", description = "receiver, To_Account (required)")
    String to;
    @Option(names = "--text", paramLabel = "TEXT", description = "message text, sent as one TIMTextElem (required)")
    String text;
    @Option(names = "--from", paramLabel = "ID", description = "sender, From_Account (default: the App admin)")
    String from;

    SendC2cMsg(Console console, JsonFiles json) {
      super(console, json, SendMsgRequest.class, SendMsgResponse.class, TimRestClient::sendMsg);
    }

    @Override
    SendMsgRequest request() {
      return SendMsgRequest.builder().toAccount(require(to, "--to")).msgBody(text(require(text, "--text")))
          .fromAccount(from).build();
    }
  }

  @Command(name = "get-c2c-msgs", header = "read a page of a one-to-one conversation (admin_getroammsg)",
      customSynopsis = "timrest get-c2c-msgs (--account ID --peer ID [--min-time SECONDS] [--max-time SECONDS]"
          + " [--max-count N] | --body FILE) [--all]" + CONNECTION,
      description = "Calls v4/openim/admin_getroammsg. Prints the response: the newest messages of the time"
          + " range, oldest first, each with its MsgKey; Complete 1 when nothing older remains.")
  static final class GetC2cMsgs extends EndpointCommand<AdminGetRoamMsgRequest, AdminGetRoamMsgResponse> {
    @Option(names = "--account", paramLabel = "ID",
        description = "one account of the conversation, Operator_Account (required)")
    String account;
    @Option(names = "--peer", paramLabel = "ID", description = "the other account, Peer_Account (required)")
    String peer;
    @Option(names = "--min-time", paramLabel = "SECONDS",
        description = "earliest send time, Unix seconds (MinTime; default 0)")
    Long minTime;
    @Option(names = "--max-time", paramLabel = "SECONDS",
        description = "latest send time, Unix seconds (MaxTime; default: now)")
    Long maxTime;
    @Option(names = "--max-count", paramLabel = "N", description = "most messages to return (MaxCnt; default 20)")
    Integer maxCount;
    @Option(names = "--all", description = "every message of the time range, newest first, one JSON line each,"
        + " fetching --max-count a call (admin_getroammsg page by page)")
    boolean all;

    @Override
    Optional<Stream<?>> everyMessage(TimRestClient client, AdminGetRoamMsgRequest firstPage) {
      return all ? Optional.of(client.conversationMessages(firstPage)) : Optional.empty();
    }

    GetC2cMsgs(Console console, JsonFiles json) {
      super(console, json, AdminGetRoamMsgRequest.class, AdminGetRoamMsgResponse.class,
          TimRestClient::adminGetRoamMsg);
    }

    @Override
    AdminGetRoamMsgRequest request() {
      return AdminGetRoamMsgRequest.builder()
          .operatorAccount(require(account, "--account"))
          .peerAccount(require(peer, "--peer"))
          .minTime(minTime == null ? 0L : minTime)
          .maxTime(maxTime == null ? Instant.now().getEpochSecond() : maxTime)
          .maxCnt(maxCount == null ? 20 : maxCount)
          .build();
    }
  }

  @Command(name = "import-group-msg", header = "import historical messages into a group, 7 a call (import_group_msg)",
      customSynopsis = "timrest import-group-msg (--group-id ID --file FILE | --body FILE)" + CONNECTION,
      description = "Calls v4/group_open_http_svc/import_group_msg, in batches of 7 (the most one call takes), in"
          + " order; a message without Random gets one, so that a retried request is de-duplicated. Prints one"
          + " response with an ImportMsgResult per message (Result 0 = imported); exits 1 if any was not"
          + " imported. For a whole history, see migrate.")
  static final class ImportGroupMsg extends EndpointCommand<ImportGroupMsgRequest, List<ImportResult>> {
    @Option(names = "--group-id", paramLabel = "ID", description = "the group's GroupId (required)")
    String groupId;
    @Option(names = "--file", paramLabel = "FILE",
        description = "the messages (MsgList): a JSON array of {From_Account, SendTime, Random, MsgBody},"
            + " SendTime ascending, imported 7 a call; FILE or - for standard input (required)")
    String file;

    ImportGroupMsg(Console console, JsonFiles json) {
      super(console, json, ImportGroupMsgRequest.class, ImportGroupMsgResponse.class,
          ImportGroupMsg::importInBatches);
    }

    @Override
    ImportGroupMsgRequest request() {
      String id = require(groupId, "--group-id");
      List<ImportMsg> messages = json.read(require(file, "--file"), MSG_LIST, console.in());
      return ImportGroupMsgRequest.builder().groupId(id).msgList(messages).build();
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
    @Override
    ImportGroupMsgResponse printed(List<ImportResult> results) {
      if (results.size() == 1) {
        return results.get(0).response();
      }
      List<ImportMsgResult> all = new ArrayList<>();
      for (ImportResult result : results) {
        all.addAll(result.response().importMsgResult());
      }
      return results.get(0).response().toBuilder().importMsgResult(all).build();
    }

    @Override
    void afterPrint(List<ImportResult> results) {
      results.forEach(ImportResult::requireAllImported);
    }
  }

  /** The options shared by the two modify commands: the new body and CloudCustomData. */
  abstract static class Modify<Q> extends EndpointCommand<Q, Envelope> {
    @Option(names = "--text", paramLabel = "TEXT", order = 10, description = "new text: MsgBody becomes one TIMTextElem")
    String text;
    @Option(names = "--file", paramLabel = "FILE", order = 11,
        description = "new MsgBody: a JSON array of message elements, from FILE or - for standard input")
    String file;
    @Option(names = "--cloud-custom-data", paramLabel = "DATA", order = 12, description = "new CloudCustomData")
    String cloudCustomData;

    Modify(Console console, JsonFiles json, Class<Q> requestType, BiFunction<TimRestClient, Q, Envelope> call) {
      super(console, json, requestType, Envelope.class, call);
    }

    /** The new body from --text or --file; neither leaves it out (the client says what is missing). */
    List<MsgElement> newMsgBody() {
      if (text != null && file != null) {
        throw usage("give the new body as --text or --file, not both");
      }
      if (text != null) {
        return text(text);
      }
      return file == null ? null : json.read(file, MSG_BODY, console.in());
    }
  }

  @Command(name = "modify-group-msg",
      header = "overwrite a group message's body and/or CloudCustomData (modify_group_msg)",
      customSynopsis = "timrest modify-group-msg (--group-id ID --msg-seq SEQ (--text TEXT | --file FILE)"
          + " [--cloud-custom-data DATA] | --body FILE)" + CONNECTION,
      description = "Calls v4/openim/modify_group_msg. Give the new body as --text or --file, new CloudCustomData"
          + " with --cloud-custom-data, or both. Prints the response envelope.")
  static final class ModifyGroupMsg extends Modify<ModifyGroupMsgRequest> {
    @Option(names = "--group-id", paramLabel = "ID", order = 1, description = "the group's GroupId (required)")
    String groupId;
    @Option(names = "--msg-seq", paramLabel = "SEQ", order = 2, description = "MsgSeq of the message to modify (required)")
    Long msgSeq;

    ModifyGroupMsg(Console console, JsonFiles json) {
      super(console, json, ModifyGroupMsgRequest.class, TimRestClient::modifyGroupMsg);
    }

    @Override
    ModifyGroupMsgRequest request() {
      return ModifyGroupMsgRequest.builder().groupId(require(groupId, "--group-id")).msgSeq(require(msgSeq, "--msg-seq"))
          .msgBody(newMsgBody()).cloudCustomData(cloudCustomData).build();
    }
  }

  @Command(name = "modify-c2c-msg",
      header = "overwrite a one-to-one message's body and/or CloudCustomData (modify_c2c_msg)",
      customSynopsis = "timrest modify-c2c-msg (--from ID --to ID --msg-key KEY (--text TEXT | --file FILE)"
          + " [--cloud-custom-data DATA] | --body FILE)" + CONNECTION,
      description = "Calls v4/openim/modify_c2c_msg. Give the new body as --text or --file, new CloudCustomData"
          + " with --cloud-custom-data, or both. Prints the response envelope.")
  static final class ModifyC2cMsg extends Modify<ModifyC2cMsgRequest> {
    @Option(names = "--from", paramLabel = "ID", order = 1, description = "sender of the message, From_Account (required)")
    String from;
    @Option(names = "--to", paramLabel = "ID", order = 2, description = "receiver of the message, To_Account (required)")
    String to;
    @Option(names = "--msg-key", paramLabel = "KEY", order = 3,
        description = "MsgKey of the message, as send-c2c-msg and get-c2c-msgs print it (required)")
    String msgKey;

    ModifyC2cMsg(Console console, JsonFiles json) {
      super(console, json, ModifyC2cMsgRequest.class, TimRestClient::modifyC2cMsg);
    }

    @Override
    ModifyC2cMsgRequest request() {
      return ModifyC2cMsgRequest.builder().fromAccount(require(from, "--from")).toAccount(require(to, "--to"))
          .msgKey(require(msgKey, "--msg-key")).msgBody(newMsgBody()).cloudCustomData(cloudCustomData).build();
    }
  }

  @Command(name = "import-accounts", header = "import up to 100 accounts at once (multiaccount_import)",
      customSynopsis = "timrest import-accounts (--user-ids IDS | --file FILE | --body FILE)" + CONNECTION,
      description = "Calls v4/im_open_login_svc/multiaccount_import, the first step of a migration; importing an"
          + " existing UserID again is not an error. Prints the response, whose FailAccounts lists the accounts"
          + " not imported; exits 1 if there is any.")
  static final class ImportAccounts extends EndpointCommand<MultiaccountImportRequest, AccountImportResult> {
    @Option(names = "--user-ids", paramLabel = "IDS",
        description = "the UserIDs to import, comma-separated, 1 to 100 (AccountList)")
    String userIds;
    @Option(names = "--file", paramLabel = "FILE", description = "the accounts (AccountList): a JSON array of"
        + " {UserID, Nick, FaceUrl}, 1 to 100; FILE or - for standard input")
    String file;

    ImportAccounts(Console console, JsonFiles json) {
      super(console, json, MultiaccountImportRequest.class, MultiaccountImportResponse.class,
          TimRestClient::multiaccountImport);
    }

    @Override
    MultiaccountImportRequest request() {
      List<AccountImportRequest> accounts = file != null
          ? json.read(file, ACCOUNT_LIST, console.in())
          : commaSeparated(require(userIds, "--user-ids", OR_FILE_OR_BODY),
              id -> AccountImportRequest.builder().userID(id).build());
      return MultiaccountImportRequest.builder().accountList(accounts).build();
    }

    @Override
    MultiaccountImportResponse printed(AccountImportResult result) {
      return result.response();
    }

    @Override
    void afterPrint(AccountImportResult result) {
      result.requireAllImported();
    }
  }

  @Command(name = "import-group", header = "import a group with its past creation time (import_group)",
      customSynopsis = "timrest import-group (--type TYPE --name NAME [--group-id ID] [--owner ID]"
          + " [--create-time SECONDS] | --body FILE)" + CONNECTION,
      description = "Calls v4/group_open_http_svc/import_group: creates the group as it was in the old system, so"
          + " that its history can be imported with import-group-msg (the server accepts only messages sent after"
          + " the group's creation). Prints the response with the GroupId.")
  static final class ImportGroup extends EndpointCommand<ImportGroupRequest, ImportGroupResponse> {
    @Option(names = "--type", paramLabel = "TYPE", description = "Private, Public, ChatRoom or Community (required)")
    String type;
    @Option(names = "--name", paramLabel = "NAME", description = "group name, at most 30 bytes (required)")
    String name;
    @Option(names = "--group-id", paramLabel = "ID", description = "custom GroupId (default: the server generates one)")
    String groupId;
    @Option(names = "--owner", paramLabel = "ID", description = "owner account, Owner_Account (must be imported)")
    String owner;
    @Option(names = "--create-time", paramLabel = "SECONDS", description = "when the group was created, Unix"
        + " seconds (CreateTime; default: now). Imported messages must be later")
    Long createTime;

    ImportGroup(Console console, JsonFiles json) {
      super(console, json, ImportGroupRequest.class, ImportGroupResponse.class, TimRestClient::importGroup);
    }

    @Override
    ImportGroupRequest request() {
      return ImportGroupRequest.builder().type(require(type, "--type")).name(require(name, "--name"))
          .groupId(groupId).ownerAccount(owner).createTime(createTime).build();
    }
  }

  @Command(name = "import-group-members",
      header = "import members into a group, with their join times (import_group_member)",
      customSynopsis = "timrest import-group-members (--group-id ID (--members IDS [--join-time SECONDS]"
          + " | --file FILE) | --body FILE)" + CONNECTION,
      description = "Calls v4/group_open_http_svc/import_group_member. Prints the response: one MemberList entry"
          + " per member, Result 1 imported, 2 already a member, 0 failed (for example a JoinTime not after the"
          + " group's creation); exits 1 if any failed.")
  static final class ImportGroupMembers extends EndpointCommand<ImportGroupMemberRequest, MemberImportResult> {
    @Option(names = "--group-id", paramLabel = "ID", description = "the group's GroupId (required)")
    String groupId;
    @Option(names = "--members", paramLabel = "IDS",
        description = "the members' UserIDs, comma-separated, at most 20 (MemberList)")
    String members;
    @Option(names = "--join-time", paramLabel = "SECONDS", description = "when the --members joined, Unix seconds"
        + " (JoinTime): after the group's CreateTime, before now")
    Long joinTime;
    @Option(names = "--file", paramLabel = "FILE", description = "the members (MemberList): a JSON array of"
        + " {Member_Account, Role, JoinTime, UnreadMsgNum}, at most 20; FILE or - for standard input")
    String file;

    ImportGroupMembers(Console console, JsonFiles json) {
      super(console, json, ImportGroupMemberRequest.class, ImportGroupMemberResponse.class,
          TimRestClient::importGroupMember);
    }

    @Override
    ImportGroupMemberRequest request() {
      String id = require(groupId, "--group-id");
      List<ImportGroupMember> memberList;
      if (file != null) {
        if (members != null || joinTime != null) {
          throw usage("give the members as --members or --file, not both");
        }
        memberList = json.read(file, MEMBER_LIST, console.in());
      } else {
        memberList = commaSeparated(require(members, "--members", OR_FILE_OR_BODY),
            member -> ImportGroupMember.builder().memberAccount(member).joinTime(joinTime).build());
      }
      return ImportGroupMemberRequest.builder().groupId(id).memberList(memberList).build();
    }

    @Override
    ImportGroupMemberResponse printed(MemberImportResult result) {
      return result.response();
    }

    @Override
    void afterPrint(MemberImportResult result) {
      result.requireAllImported();
    }
  }

  @Command(name = "set-unread", header = "set a member's unread count after a migration (set_unread_msg_num)",
      customSynopsis = "timrest set-unread (--group-id ID --member ID --count N | --body FILE)" + CONNECTION,
      description = "Calls v4/group_open_http_svc/set_unread_msg_num. Importing messages sets every member's"
          + " unread count to 0, so set counts after all messages are in; the server caps a count at the group's"
          + " number of messages. Prints the response envelope.")
  static final class SetUnread extends EndpointCommand<SetUnreadMsgNumRequest, Envelope> {
    @Option(names = "--group-id", paramLabel = "ID", description = "the group's GroupId (required)")
    String groupId;
    @Option(names = "--member", paramLabel = "ID", description = "the member, Member_Account (required)")
    String member;
    @Option(names = "--count", paramLabel = "N", description = "the member's unread count, UnreadMsgNum (required)")
    Integer count;

    SetUnread(Console console, JsonFiles json) {
      super(console, json, SetUnreadMsgNumRequest.class, Envelope.class, TimRestClient::setUnreadMsgNum);
    }

    @Override
    SetUnreadMsgNumRequest request() {
      return SetUnreadMsgNumRequest.builder().groupId(require(groupId, "--group-id"))
          .memberAccount(require(member, "--member")).unreadMsgNum(require(count, "--count")).build();
    }
  }

  @Command(name = "import-c2c-msg", header = "import one historical one-to-one message (importmsg)",
      customSynopsis = "timrest import-c2c-msg (--from ID --to ID --text TEXT --time SECONDS [--sync N]"
          + " | --body FILE)" + CONNECTION,
      description = "Calls v4/openim/importmsg; a missing MsgSeq or MsgRandom is chosen once, so that a retried"
          + " request is stored once. Prints the request as imported: its MsgKey for modify-c2c-msg is"
          + " MsgSeq_MsgRandom_MsgTimeStamp.")
  static final class ImportC2cMsg extends EndpointCommand<ImportC2cMsgRequest, C2cImportResult> {
    @Option(names = "--from", paramLabel = "ID", description = "sender, From_Account (required)")
    String from;
    @Option(names = "--to", paramLabel = "ID", description = "receiver, To_Account (required)")
    String to;
    @Option(names = "--text", paramLabel = "TEXT", description = "message text, sent as one TIMTextElem (required)")
    String text;
    @Option(names = "--time", paramLabel = "SECONDS",
        description = "when the message was sent, Unix seconds (MsgTimeStamp; required)")
    Long time;
    @Option(names = "--sync", paramLabel = "N", description = "SyncFromOldSystem: 2 history, not unread and not"
        + " pushed (default); 5 real-time import beside the old system")
    Integer sync;

    ImportC2cMsg(Console console, JsonFiles json) {
      super(console, json, ImportC2cMsgRequest.class, ImportC2cMsgRequest.class, TimRestClient::importC2cMsg);
    }

    @Override
    ImportC2cMsgRequest request() {
      return ImportC2cMsgRequest.builder()
          .syncFromOldSystem(sync == null ? 2 : sync)
          .fromAccount(require(from, "--from"))
          .toAccount(require(to, "--to"))
          .msgTimeStamp(require(time, "--time"))
          .msgBody(text(require(text, "--text")))
          .build();
    }

    @Override
    ImportC2cMsgRequest printed(C2cImportResult result) {
      return result.request();
    }
  }

  /** A comma-separated list, blanks trimmed and empty entries dropped, each entry made into a {@code T}. */
  private static <T> List<T> commaSeparated(String value, Function<String, T> entry) {
    return Arrays.stream(value.split(",")).map(String::strip).filter(id -> !id.isEmpty()).map(entry)
        .collect(Collectors.toList());
  }

  static List<MsgElement> text(String text) {
    return List.of(MsgElements.text(text));
  }
}
