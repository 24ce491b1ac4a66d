// Generated from spec/openapi.yaml by templates/api.mustache. Do not edit: change the spec or the
// template and run mvn generate-sources.
package io.timrest;

import io.timrest.model.CreateGroupRequest;
import io.timrest.model.CreateGroupResponse;
import io.timrest.model.Envelope;
import io.timrest.model.ImportGroupMemberRequest;
import io.timrest.model.ImportGroupMemberResponse;
import io.timrest.model.ImportGroupRequest;
import io.timrest.model.ImportGroupResponse;
import io.timrest.model.SetUnreadMsgNumRequest;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.POST;

/**
 * The {@code Groups} operations as a Retrofit interface, package-private: an implementation
 * detail behind {@link TimRestClient}. The common query parameters (the credentials sdkappid,
 * identifier, usersig and the parameters random, contenttype) are not parameters here: the
 * client's query authentication adds them to every request.
 */
interface GroupsApi {
  /**
   * Create a group: {@code POST v4/group_open_http_svc/create_group}.
   */
  @POST("v4/group_open_http_svc/create_group")
  Call<CreateGroupResponse> createGroup(@Body CreateGroupRequest body);

  /**
   * Import a group, with its creation time: {@code POST v4/group_open_http_svc/import_group}.
   */
  @POST("v4/group_open_http_svc/import_group")
  Call<ImportGroupResponse> importGroup(@Body ImportGroupRequest body);

  /**
   * Import group members, with their join times: {@code POST v4/group_open_http_svc/import_group_member}.
   */
  @POST("v4/group_open_http_svc/import_group_member")
  Call<ImportGroupMemberResponse> importGroupMember(@Body ImportGroupMemberRequest body);

  /**
   * Set a member's unread message count: {@code POST v4/group_open_http_svc/set_unread_msg_num}.
   */
  @POST("v4/group_open_http_svc/set_unread_msg_num")
  Call<Envelope> setUnreadMsgNum(@Body SetUnreadMsgNumRequest body);
}
