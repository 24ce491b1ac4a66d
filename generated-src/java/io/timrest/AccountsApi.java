// Generated from spec/openapi.yaml by templates/api.mustache. Do not edit: change the spec or the
// template and run mvn generate-sources.
package io.timrest;

import io.timrest.model.AccountImportRequest;
import io.timrest.model.Envelope;
import io.timrest.model.MultiaccountImportRequest;
import io.timrest.model.MultiaccountImportResponse;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.POST;

/**
 * The {@code Accounts} operations as a Retrofit interface, package-private: an implementation
 * detail behind {@link TimRestClient}. The common query parameters (the credentials sdkappid,
 * identifier, usersig and the parameters random, contenttype) are not parameters here: the
 * client's query authentication adds them to every request.
 */
interface AccountsApi {
  /**
   * Import an account: {@code POST v4/im_open_login_svc/account_import}.
   */
  @POST("v4/im_open_login_svc/account_import")
  Call<Envelope> accountImport(@Body AccountImportRequest body);

  /**
   * Import up to 100 accounts: {@code POST v4/im_open_login_svc/multiaccount_import}.
   */
  @POST("v4/im_open_login_svc/multiaccount_import")
  Call<MultiaccountImportResponse> multiaccountImport(@Body MultiaccountImportRequest body);
}
