// Generated from spec/openapi.yaml by templates/api.mustache. Do not edit: change the spec or the
// template and run `mvn generate-sources`.
package io.timrest.internal.api;

import io.timrest.model.Envelope;
import io.timrest.model.ModifyC2cMsgRequest;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.POST;

/**
 * The {@code C2cMessages} operations as a Retrofit interface. The common query parameters
 * (sdkappid, identifier, usersig, random, contenttype) are not parameters here: the client's
 * query authentication adds them to every request.
 */
public interface C2cMessagesApi {

  /**
   * Modify a historical one-to-one message: {@code POST v4/openim/modify_c2c_msg}.
   */
  @POST("v4/openim/modify_c2c_msg")
  Call<Envelope> modifyC2cMsg(@Body ModifyC2cMsgRequest body);
}
