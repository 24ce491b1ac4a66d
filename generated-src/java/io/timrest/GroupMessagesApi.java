// Generated from spec/openapi.yaml by templates/api.mustache. Do not edit: change the spec or the
// template and run mvn generate-sources.
package io.timrest;

import io.timrest.model.Envelope;
import io.timrest.model.GroupMsgGetSimpleRequest;
import io.timrest.model.GroupMsgGetSimpleResponse;
import io.timrest.model.ImportGroupMsgRequest;
import io.timrest.model.ImportGroupMsgResponse;
import io.timrest.model.ModifyGroupMsgRequest;
import io.timrest.model.SendGroupMsgRequest;
import io.timrest.model.SendGroupMsgResponse;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.POST;

/**
 * The {@code GroupMessages} operations as a Retrofit interface, package-private: an implementation
 * detail behind {@link TimRestClient}. The common query parameters (the credentials sdkappid,
 * identifier, usersig and the parameters random, contenttype) are not parameters here: the
 * client's query authentication adds them to every request.
 */
interface GroupMessagesApi {
  /**
   * Pull a group's message history: {@code POST v4/group_open_http_svc/group_msg_get_simple}.
   */
  @POST("v4/group_open_http_svc/group_msg_get_simple")
  Call<GroupMsgGetSimpleResponse> groupMsgGetSimple(@Body GroupMsgGetSimpleRequest body);

  /**
   * Import historical group messages: {@code POST v4/group_open_http_svc/import_group_msg}.
   */
  @POST("v4/group_open_http_svc/import_group_msg")
  Call<ImportGroupMsgResponse> importGroupMsg(@Body ImportGroupMsgRequest body);

  /**
   * Modify a historical group message: {@code POST v4/openim/modify_group_msg}.
   */
  @POST("v4/openim/modify_group_msg")
  Call<Envelope> modifyGroupMsg(@Body ModifyGroupMsgRequest body);

  /**
   * Send a group message: {@code POST v4/group_open_http_svc/send_group_msg}.
   */
  @POST("v4/group_open_http_svc/send_group_msg")
  Call<SendGroupMsgResponse> sendGroupMsg(@Body SendGroupMsgRequest body);
}
