// Generated from spec/openapi.yaml by templates/api.mustache. Do not edit: change the spec or the
// template and run mvn generate-sources.
package io.timrest;

import io.timrest.model.AdminGetRoamMsgRequest;
import io.timrest.model.AdminGetRoamMsgResponse;
import io.timrest.model.Envelope;
import io.timrest.model.ImportC2cMsgRequest;
import io.timrest.model.ModifyC2cMsgRequest;
import io.timrest.model.SendMsgRequest;
import io.timrest.model.SendMsgResponse;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.POST;

/**
 * The {@code C2cMessages} operations as a Retrofit interface, package-private: an implementation
 * detail behind {@link TimRestClient}. The common query parameters (the credentials sdkappid,
 * identifier, usersig and the parameters random, contenttype) are not parameters here: the
 * client's query authentication adds them to every request.
 */
interface C2cMessagesApi {
  /**
   * Query one-to-one message history: {@code POST v4/openim/admin_getroammsg}.
   */
  @POST("v4/openim/admin_getroammsg")
  Call<AdminGetRoamMsgResponse> adminGetRoamMsg(@Body AdminGetRoamMsgRequest body);

  /**
   * Import one one-to-one message: {@code POST v4/openim/importmsg}.
   */
  @POST("v4/openim/importmsg")
  Call<Envelope> importC2cMsg(@Body ImportC2cMsgRequest body);

  /**
   * Modify a historical one-to-one message: {@code POST v4/openim/modify_c2c_msg}.
   */
  @POST("v4/openim/modify_c2c_msg")
  Call<Envelope> modifyC2cMsg(@Body ModifyC2cMsgRequest body);

  /**
   * Send a one-to-one message: {@code POST v4/openim/sendmsg}.
   */
  @POST("v4/openim/sendmsg")
  Call<SendMsgResponse> sendMsg(@Body SendMsgRequest body);
}
