package io.timrest;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The five migration operations, each called with the spec's example request, with the golden
 * files of that example (golden/spec/) and the path it must reach.
 */
enum MigrationOperation {
  MULTIACCOUNT_IMPORT("v4/im_open_login_svc/multiaccount_import", "multiaccount_import",
      client -> client.multiaccountImport(ClientTestSupport.exampleMultiaccountImport()),
      client -> client.multiaccountImportAsync(ClientTestSupport.exampleMultiaccountImport())),
  IMPORT_GROUP("v4/group_open_http_svc/import_group", "import_group",
      client -> client.importGroup(ClientTestSupport.exampleImportGroup()),
      client -> client.importGroupAsync(ClientTestSupport.exampleImportGroup())),
  IMPORT_GROUP_MEMBER("v4/group_open_http_svc/import_group_member", "import_group_member",
      client -> client.importGroupMember(ClientTestSupport.exampleImportGroupMember()),
      client -> client.importGroupMemberAsync(ClientTestSupport.exampleImportGroupMember())),
  SET_UNREAD_MSG_NUM("v4/group_open_http_svc/set_unread_msg_num", "set_unread_msg_num",
      client -> client.setUnreadMsgNum(ClientTestSupport.exampleSetUnreadMsgNum()),
      client -> client.setUnreadMsgNumAsync(ClientTestSupport.exampleSetUnreadMsgNum())),
  IMPORT_C2C_MSG("v4/openim/importmsg", "importmsg",
      client -> client.importC2cMsg(ClientTestSupport.exampleImportC2cMsg()),
      client -> client.importC2cMsgAsync(ClientTestSupport.exampleImportC2cMsg()));

  /** The path relative to the base URL, as {@link TimApiException#operation()} names it. */
  final String path;
  private final String goldenName;
  private final Function<TimRestClient, Object> call;
  private final Function<TimRestClient, CompletableFuture<?>> callAsync;

  MigrationOperation(String path, String goldenName, Function<TimRestClient, Object> call,
      Function<TimRestClient, CompletableFuture<?>> callAsync) {
    this.path = path;
    this.goldenName = goldenName;
    this.call = call;
    this.callAsync = callAsync;
  }

  /** The golden request of the spec's example, for example {@code spec/importmsg.request.json}. */
  String goldenRequest() {
    return "spec/" + goldenName + ".request.json";
  }

  /** The golden response of the spec's example. */
  String goldenResponse() {
    return "spec/" + goldenName + ".response.json";
  }

  /** Calls the operation with the example request and returns its result. */
  Object call(TimRestClient client) {
    return call.apply(client);
  }

  /** Calls the async twin with the example request. */
  CompletableFuture<?> callAsync(TimRestClient client) {
    return callAsync.apply(client);
  }
}
