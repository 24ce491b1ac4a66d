// Generated from spec/openapi.yaml by templates/tim_error_codes.mustache. Do not edit: change the
// spec (x-public-error-codes, x-error-codes) or the template and run mvn generate-sources.
package io.timrest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The documented error codes: the public ones ({@code x-public-error-codes}) and each operation's
 * own ({@code x-error-codes}), with their meaning and handling advice. Package-private: callers
 * see them through {@link TimApiException}.
 */
final class TimErrorCodes {
  /** The spec's {@code retry} advice. */
  enum Retry {
    /** A permanent failure: the same request fails again. */
    NO("no"),
    /** A transient failure: the same request may succeed. */
    YES("yes"),
    /** Rate limited: retry later. */
    BACKOFF("backoff"),
    /** The UserSig expired or was invalidated: retry once with a newly signed one. */
    RENEW_USERSIG("renew-usersig");

    private final String specName;

    Retry(String specName) {
      this.specName = specName;
    }

    static Retry fromSpec(String name) {
      for (Retry retry : values()) {
        if (retry.specName.equals(name)) {
          return retry;
        }
      }
      throw new IllegalArgumentException("unknown retry advice in spec: " + name);
    }
  }

  /** One documented code. */
  record Entry(int code, Retry retry, String meaning) {
    Entry(int code, String retry, String meaning) {
      this(code, Retry.fromSpec(retry), meaning);
    }
  }

  private static final Map<Integer, Entry> PUBLIC = index(List.of(
      new Entry(60002, "no", "HTTP parse error; check the URL format"),
      new Entry(60003, "no", "Request JSON could not be parsed"),
      new Entry(60004, "no", "Identifier or UserSig is wrong"),
      new Entry(60005, "no", "Identifier or UserSig is wrong"),
      new Entry(60006, "no", "SDKAppID is invalid"),
      new Entry(60007, "backoff", "REST API call frequency exceeds the limit"),
      new Entry(60008, "yes", "Service timeout or bad HTTP request format"),
      new Entry(60009, "no", "Unknown service name or command"),
      new Entry(60010, "no", "The caller is not an App admin"),
      new Entry(60011, "backoff", "SDKAppID call frequency exceeds the limit"),
      new Entry(60012, "no", "The sdkappid query parameter is missing"),
      new Entry(60013, "yes", "Internal error while building the JSON response"),
      new Entry(60014, "yes", "Account exchange timed out"),
      new Entry(60015, "no", "An account field in the request is not a string"),
      new Entry(60016, "no", "The SDKAppID is disabled"),
      new Entry(60017, "no", "The request is disabled"),
      new Entry(60018, "backoff", "Requests are too frequent"),
      new Entry(60019, "backoff", "Requests are too frequent"),
      new Entry(60020, "no", "The package has expired or is not active"),
      new Entry(60021, "no", "The caller's IP address is not allowed"),
      new Entry(70001, "renew-usersig", "The UserSig has expired"),
      new Entry(70002, "no", "The UserSig is empty"),
      new Entry(70003, "no", "The UserSig is malformed or its signature is wrong"),
      new Entry(70005, "no", "The UserSig is malformed or its signature is wrong"),
      new Entry(70009, "no", "The UserSig was signed with another app's key"),
      new Entry(70013, "no", "The UserSig was signed for another identifier"),
      new Entry(70014, "no", "The UserSig was signed for another SDKAppID"),
      new Entry(70016, "no", "The host does not serve this SDKAppID's data centre"),
      new Entry(70020, "no", "The host does not serve this SDKAppID's data centre"),
      new Entry(70050, "no", "Too many UserSig failures; locked for one minute"),
      new Entry(70052, "renew-usersig", "The UserSig has been invalidated"),
      new Entry(70107, "no", "The account has not been imported"),
      new Entry(70169, "yes", "Internal timeout"),
      new Entry(70402, "no", "Invalid parameter"),
      new Entry(70403, "no", "App admin permission is required"),
      new Entry(70500, "yes", "Internal server error")
  ));

  private static final Map<String, Map<Integer, Entry>> BY_PATH = byPath();

  private TimErrorCodes() {
  }

  private static Map<String, Map<Integer, Entry>> byPath() {
    Map<String, Map<Integer, Entry>> byPath = new HashMap<>();
    byPath.put("v4/im_open_login_svc/account_import", index(List.of(
        new Entry(70402, "no", "Invalid parameter (for example UserID too long)"),
        new Entry(70500, "yes", "Internal server error; try again")
    )));
    byPath.put("v4/im_open_login_svc/multiaccount_import", index(List.of(
        new Entry(70398, "no", "The app has reached its number of accounts (trial apps: 100)"),
        new Entry(70402, "no", "Invalid parameter (for example more than 100 accounts)"),
        new Entry(70500, "yes", "Internal server error; try again")
    )));
    byPath.put("v4/openim/admin_getroammsg", index(List.of(
        new Entry(20001, "no", "Invalid request"),
        new Entry(20003, "no", "A UserID is invalid or has not been imported"),
        new Entry(20004, "yes", "Network exception; try again"),
        new Entry(20005, "yes", "Internal server error; try again"),
        new Entry(90001, "no", "The request JSON could not be parsed"),
        new Entry(90009, "no", "The request requires App admin permission"),
        new Entry(91000, "yes", "Internal service error; try again")
    )));
    byPath.put("v4/openim/importmsg", index(List.of(
        new Entry(90001, "no", "The request JSON could not be parsed"),
        new Entry(90002, "no", "MsgBody does not match the message format or is not an array"),
        new Entry(90003, "no", "To_Account is missing or is not a string"),
        new Entry(90005, "no", "MsgRandom is missing or is not an integer"),
        new Entry(90006, "no", "MsgTimeStamp is missing or is not an integer"),
        new Entry(90007, "no", "MsgBody is not an array"),
        new Entry(90008, "no", "From_Account is missing or is not registered"),
        new Entry(90009, "no", "The request requires App admin permission"),
        new Entry(90010, "no", "The request does not match the message format"),
        new Entry(90012, "no", "To_Account is not registered or does not exist"),
        new Entry(90030, "no", "SyncFromOldSystem is not one of the documented values"),
        new Entry(91000, "yes", "Internal service error; try again"),
        new Entry(90992, "yes", "Internal service error; try again (if every request fails, check the webhook server)"),
        new Entry(93000, "no", "The JSON request is too long (for importmsg, a MsgBody over 8 KB)")
    )));
    byPath.put("v4/openim/modify_c2c_msg", index(List.of(
        new Entry(20001, "no", "Invalid request"),
        new Entry(20002, "renew-usersig", "The UserSig or A2 has expired"),
        new Entry(20003, "no", "The sender or receiver UserID is invalid or has not been imported"),
        new Entry(20004, "yes", "Network exception; try again"),
        new Entry(20005, "yes", "Internal server error; try again"),
        new Entry(90001, "no", "The request JSON could not be parsed"),
        new Entry(90002, "no", "MsgBody does not match the message format or is not an array"),
        new Entry(90003, "no", "To_Account is missing or is not a string"),
        new Entry(90007, "no", "MsgBody is not an array"),
        new Entry(90009, "no", "The request requires App admin permission"),
        new Entry(90010, "no", "The request does not match the message format"),
        new Entry(90012, "no", "To_Account is not registered or does not exist"),
        new Entry(91000, "yes", "Internal service error; try again"),
        new Entry(90992, "yes", "Internal service error; try again (if every request fails, check the webhook server)")
    )));
    byPath.put("v4/openim/sendmsg", index(List.of(
        new Entry(20001, "no", "Invalid request"),
        new Entry(20002, "renew-usersig", "The UserSig or A2 has expired"),
        new Entry(20003, "no", "The sender or receiver UserID is invalid or has not been imported"),
        new Entry(20004, "yes", "Network exception; try again"),
        new Entry(20005, "yes", "Internal server error; try again"),
        new Entry(90001, "no", "The request JSON could not be parsed"),
        new Entry(90002, "no", "MsgBody does not match the message format or is not an array"),
        new Entry(90003, "no", "To_Account is missing or is not a string"),
        new Entry(90007, "no", "MsgBody is not an array"),
        new Entry(90009, "no", "The request requires App admin permission"),
        new Entry(90010, "no", "The request does not match the message format"),
        new Entry(90012, "no", "To_Account is not registered or does not exist"),
        new Entry(91000, "yes", "Internal service error; try again"),
        new Entry(90992, "yes", "Internal service error; try again (if every request fails, check the webhook server)"),
        new Entry(93000, "no", "The JSON request is too long")
    )));
    byPath.put("v4/group_open_http_svc/group_msg_get_simple", index(List.of(
        new Entry(10002, "yes", "Group service internal error; try again"),
        new Entry(10004, "no", "Invalid parameter"),
        new Entry(10007, "no", "No permission"),
        new Entry(10010, "no", "The group does not exist or has been dismissed"),
        new Entry(10015, "no", "The GroupId is invalid")
    )));
    byPath.put("v4/group_open_http_svc/import_group_msg", index(List.of(
        new Entry(10002, "yes", "Group service internal error; try again"),
        new Entry(10004, "no", "Invalid parameter (per message in ImportMsgResult, an invalid SendTime)"),
        new Entry(10007, "no", "No permission (for example importing into an AVChatRoom)"),
        new Entry(10010, "no", "The group does not exist or has been dismissed"),
        new Entry(10015, "no", "The GroupId is invalid"),
        new Entry(10020, "no", "The message content is too long (whole request; the limit is 12 KB)"),
        new Entry(80001, "no", "The message contains sensitive words (per message in ImportMsgResult)"),
        new Entry(80002, "no", "The message is longer than 12,000 bytes (per message in ImportMsgResult)")
    )));
    byPath.put("v4/openim/modify_group_msg", index(List.of(
        new Entry(10007, "no", "No permission (for example the group is an AVChatRoom)"),
        new Entry(10010, "no", "The group does not exist or has been dismissed"),
        new Entry(20001, "no", "Invalid request"),
        new Entry(20002, "renew-usersig", "The UserSig or A2 has expired"),
        new Entry(20004, "yes", "Network exception; try again"),
        new Entry(20005, "yes", "Internal server error; try again"),
        new Entry(90001, "no", "The request JSON could not be parsed"),
        new Entry(90002, "no", "MsgBody does not match the message format or is not an array"),
        new Entry(90003, "no", "To_Account is missing or is not a string"),
        new Entry(90007, "no", "MsgBody is not an array"),
        new Entry(90009, "no", "The request requires App admin permission"),
        new Entry(90010, "no", "The request does not match the message format"),
        new Entry(91000, "yes", "Internal service error; try again"),
        new Entry(90992, "yes", "Internal service error; try again (if every request fails, check the webhook server)")
    )));
    byPath.put("v4/group_open_http_svc/send_group_msg", index(List.of(
        new Entry(10002, "yes", "Group service internal error; try again"),
        new Entry(10004, "no", "Invalid parameter"),
        new Entry(10007, "no", "No permission"),
        new Entry(10010, "no", "The group does not exist or has been dismissed"),
        new Entry(10015, "no", "The GroupId is invalid"),
        new Entry(80001, "no", "The message contains sensitive words"),
        new Entry(80002, "no", "The message is longer than 12 KB")
    )));
    byPath.put("v4/group_open_http_svc/create_group", index(List.of(
        new Entry(10002, "yes", "Group service internal error; try again"),
        new Entry(10004, "no", "Invalid parameter"),
        new Entry(10007, "no", "No permission"),
        new Entry(10015, "no", "The GroupId is invalid"),
        new Entry(10019, "no", "A UserID in the request does not exist"),
        new Entry(10021, "no", "The GroupId is already in use")
    )));
    byPath.put("v4/group_open_http_svc/import_group", index(List.of(
        new Entry(10002, "yes", "Group service internal error; try again"),
        new Entry(10004, "no", "Invalid parameter (for example a CreateTime in the future)"),
        new Entry(10007, "no", "No permission (for example importing an AVChatRoom)"),
        new Entry(10015, "no", "The GroupId is invalid"),
        new Entry(10019, "no", "A UserID in the request does not exist"),
        new Entry(10021, "no", "The GroupId is already in use")
    )));
    byPath.put("v4/group_open_http_svc/import_group_member", index(List.of(
        new Entry(10002, "yes", "Group service internal error; try again"),
        new Entry(10003, "no", "Invalid command word"),
        new Entry(10004, "no", "Invalid parameter"),
        new Entry(10005, "no", "Too many accounts in MemberList"),
        new Entry(10007, "no", "No permission (for example an AVChatRoom)"),
        new Entry(10010, "no", "The group does not exist or has been dismissed"),
        new Entry(10015, "no", "The GroupId is invalid"),
        new Entry(10019, "no", "A UserID in the request does not exist")
    )));
    byPath.put("v4/group_open_http_svc/set_unread_msg_num", index(List.of(
        new Entry(10002, "yes", "Group service internal error; try again"),
        new Entry(10003, "no", "Invalid command word"),
        new Entry(10004, "no", "Invalid parameter"),
        new Entry(10007, "no", "No permission (for example the account is not a member of the group)"),
        new Entry(10010, "no", "The group does not exist or has been dismissed"),
        new Entry(10015, "no", "The GroupId is invalid")
    )));
    return Map.copyOf(byPath);
  }

  private static Map<Integer, Entry> index(List<Entry> entries) {
    return entries.stream().collect(Collectors.toUnmodifiableMap(Entry::code, Function.identity()));
  }

  /**
   * The documented meaning of {@code code} as answered by the operation at {@code path} (for
   * example {@code v4/openim/modify_c2c_msg}, as in the Retrofit interfaces): the operation's own entry first, then the public one.
   */
  static Optional<Entry> lookup(String path, long code) {
    Entry own = BY_PATH.getOrDefault(path, Map.of()).get((int) code);
    return own != null ? Optional.of(own) : Optional.ofNullable(PUBLIC.get((int) code));
  }
}
