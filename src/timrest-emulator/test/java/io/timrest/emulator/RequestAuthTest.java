package io.timrest.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.timrest.UserSig;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The common query parameters and UserSig rules (docs/server-rules.md §1, §7). */
class RequestAuthTest {
  private final Harness h = new Harness();
  private static final String IMPORT = "{\"UserID\":\"alice\"}";

  @AfterEach
  void stop() {
    h.close();
  }

  private HttpUrl.Builder query(String endpoint) {
    return HttpUrl.get(h.emu.baseUrl()).newBuilder().addPathSegments("v4/" + endpoint);
  }

  private HttpUrl.Builder fullQuery(String endpoint, String identifier, String sig) {
    return query(endpoint)
        .addQueryParameter("sdkappid", "1400000000")
        .addQueryParameter("identifier", identifier)
        .addQueryParameter("usersig", sig)
        .addQueryParameter("random", "12345")
        .addQueryParameter("contenttype", "json");
  }

  private long code(HttpUrl url, String body) {
    Map<String, Object> answer = h.call(url, body);
    assertEquals("FAIL", answer.get("ActionStatus"));
    return Harness.num(answer.get("ErrorCode"));
  }

  @Test
  void validAdminCallSucceeds() {
    Map<String, Object> answer = h.call(fullQuery("im_open_login_svc/account_import", "administrator", h.adminSig()).build(), IMPORT);
    assertEquals(0L, Harness.num(answer.get("ErrorCode")));
  }

  @Test
  void missingSdkAppIdIs60012() {
    HttpUrl url = fullQuery("im_open_login_svc/account_import", "administrator", h.adminSig())
        .removeAllQueryParameters("sdkappid").build();
    assertEquals(60012, code(url, IMPORT));
  }

  @Test
  void foreignSdkAppIdIs60006() {
    HttpUrl url = fullQuery("im_open_login_svc/account_import", "administrator", h.adminSig())
        .setQueryParameter("sdkappid", "1400000001").build();
    assertEquals(60006, code(url, IMPORT));
  }

  @Test
  void missingUserSigIs70002() {
    HttpUrl url = fullQuery("im_open_login_svc/account_import", "administrator", h.adminSig())
        .removeAllQueryParameters("usersig").build();
    assertEquals(70002, code(url, IMPORT));
  }

  @Test
  void emptyUserSigIs70002() {
    assertEquals(70002, code(fullQuery("im_open_login_svc/account_import", "administrator", "").build(), IMPORT));
  }

  @Test
  void malformedUserSigIs70003() {
    assertEquals(70003, code(fullQuery("im_open_login_svc/account_import", "administrator", "not-a-usersig").build(), IMPORT));
  }

  @Test
  void userSigOfAnotherAppIs70014() {
    String sig = UserSig.generate(1_400_000_001L, h.emu.secretKey(), "administrator", Duration.ofDays(1), h.clock);
    assertEquals(70014, code(fullQuery("im_open_login_svc/account_import", "administrator", sig).build(), IMPORT));
  }

  @Test
  void userSigForAnotherIdentifierIs70013() {
    assertEquals(70013, code(fullQuery("im_open_login_svc/account_import", "administrator", h.sig("alice")).build(), IMPORT));
  }

  @Test
  void missingIdentifierIs70013() {
    HttpUrl url = fullQuery("im_open_login_svc/account_import", "administrator", h.adminSig())
        .removeAllQueryParameters("identifier").build();
    assertEquals(70013, code(url, IMPORT));
  }

  @Test
  void expiredUserSigIs70001() {
    String sig = UserSig.generate(1_400_000_000L, h.emu.secretKey(), "administrator", Duration.ofHours(1), h.clock);
    h.clock.advance(Duration.ofHours(1).plusSeconds(1));
    assertEquals(70001, code(fullQuery("im_open_login_svc/account_import", "administrator", sig).build(), IMPORT));
  }

  @Test
  void userSigAtItsLastSecondIsStillValid() {
    String sig = UserSig.generate(1_400_000_000L, h.emu.secretKey(), "administrator", Duration.ofHours(1), h.clock);
    h.clock.advance(Duration.ofHours(1));
    Map<String, Object> answer = h.call(fullQuery("im_open_login_svc/account_import", "administrator", sig).build(), IMPORT);
    assertEquals(0L, Harness.num(answer.get("ErrorCode")));
  }

  @Test
  void userSigSignedWithAnotherKeyIs70003() {
    String sig = UserSig.generate(1_400_000_000L, "another-key", "administrator", Duration.ofDays(1), h.clock);
    assertEquals(70003, code(fullQuery("im_open_login_svc/account_import", "administrator", sig).build(), IMPORT));
  }

  @Test
  void nonAdminIdentifierIs60010OutsideOpenim() {
    assertEquals(60010, code(fullQuery("im_open_login_svc/account_import", "alice", h.sig("alice")).build(), IMPORT));
  }

  @Test
  void nonAdminIdentifierIs90009ForOpenim() {
    assertEquals(90009, code(fullQuery("openim/sendmsg", "alice", h.sig("alice")).build(), "{}"));
  }

  @Test
  void missingRandomIs60002() {
    HttpUrl url = fullQuery("im_open_login_svc/account_import", "administrator", h.adminSig())
        .removeAllQueryParameters("random").build();
    assertEquals(60002, code(url, IMPORT));
  }

  @Test
  void randomAboveUint32Is60002() {
    HttpUrl url = fullQuery("im_open_login_svc/account_import", "administrator", h.adminSig())
        .setQueryParameter("random", "4294967296").build();
    assertEquals(60002, code(url, IMPORT));
  }

  @Test
  void randomAtUint32MaximumIsAccepted() {
    HttpUrl url = fullQuery("im_open_login_svc/account_import", "administrator", h.adminSig())
        .setQueryParameter("random", "4294967295").build();
    assertEquals(0L, Harness.num(h.call(url, IMPORT).get("ErrorCode")));
  }

  @Test
  void negativeRandomIs60002() {
    HttpUrl url = fullQuery("im_open_login_svc/account_import", "administrator", h.adminSig())
        .setQueryParameter("random", "-1").build();
    assertEquals(60002, code(url, IMPORT));
  }

  @Test
  void contentTypeOtherThanJsonIs60002() {
    HttpUrl url = fullQuery("im_open_login_svc/account_import", "administrator", h.adminSig())
        .setQueryParameter("contenttype", "JSON").build();
    assertEquals(60002, code(url, IMPORT));
  }

  @Test
  void absentContentTypeIsAccepted() {
    HttpUrl url = fullQuery("im_open_login_svc/account_import", "administrator", h.adminSig())
        .removeAllQueryParameters("contenttype").build();
    assertEquals(0L, Harness.num(h.call(url, IMPORT).get("ErrorCode")));
  }

  @Test
  void queryNamesAreCaseSensitive() {
    HttpUrl url = fullQuery("im_open_login_svc/account_import", "administrator", h.adminSig())
        .removeAllQueryParameters("sdkappid").addQueryParameter("SdkAppId", "1400000000").build();
    assertEquals(60012, code(url, IMPORT));
  }

  @Test
  void unknownCommandIs60009() {
    assertEquals(60009, h.code("openim/no_such_command", "{}"));
  }

  @Test
  void unknownServiceIs60009() {
    assertEquals(60009, h.code("no_such_svc/sendmsg", "{}"));
  }

  @Test
  void commandNamesAreCaseSensitive() {
    assertEquals(60009, h.code("openim/SendMsg", "{}"));
  }

  @Test
  void emptyBodyIs60003OutsideOpenim() {
    assertEquals(60003, h.code("group_open_http_svc/create_group", ""));
  }

  @Test
  void emptyBodyIs90001ForOpenim() {
    assertEquals(90001, h.code("openim/sendmsg", ""));
  }

  @Test
  void bodyThatIsNotAnObjectIs60003() {
    assertEquals(60003, h.code("group_open_http_svc/create_group", "[1,2]"));
  }

  @Test
  void bodyWithTrailingCommaIs90001ForOpenim() {
    assertEquals(90001, h.code("openim/sendmsg", "{\"To_Account\":\"a\",}"));
  }

  @Test
  void bodyWithCommentsIs60003() {
    assertEquals(60003, h.code("group_open_http_svc/create_group", "{\"Type\":\"Public\" // comment\n}"));
  }

  @Test
  void getIsRefusedWith60002() throws IOException {
    Request request = new Request.Builder().url(h.url("im_open_login_svc/account_import")).get().build();
    try (Response response = h.http.newCall(request).execute()) {
      assertEquals(200, response.code());
      assertEquals(60002L, Harness.num(Harness.parse(response.body().string()).get("ErrorCode")));
    }
  }

  @Test
  void businessFailuresAreHttp200WithJsonContentType() throws IOException {
    HttpUrl url = fullQuery("im_open_login_svc/account_import", "administrator", "").build();
    try (Response response = h.post(url, IMPORT)) {
      assertEquals(200, response.code());
      assertEquals("application/json; charset=utf-8", response.header("Content-Type"));
    }
  }

  @Test
  void envelopeKeysComeFirstInDocumentedOrder() throws IOException {
    try (Response response = h.post(h.url("group_open_http_svc/create_group"), "{\"Type\":\"Public\",\"Name\":\"n\"}")) {
      String body = response.body().string();
      assertTrue(body.startsWith("{\"ActionStatus\":\"OK\",\"ErrorInfo\":\"\",\"ErrorCode\":0,\"GroupId\":"), body);
    }
  }

  @Test
  void errorInfoNeverContainsTheUserSigOrKey() throws IOException {
    String badSig = UserSig.generate(1_400_000_000L, "another-key", "administrator", Duration.ofDays(1), h.clock);
    for (HttpUrl url : List.of(
        fullQuery("im_open_login_svc/account_import", "administrator", badSig).build(),
        fullQuery("im_open_login_svc/account_import", "alice", h.sig("alice")).build(),
        fullQuery("im_open_login_svc/account_import", "administrator", "garbage").build())) {
      try (Response response = h.post(url, IMPORT)) {
        String body = response.body().string();
        assertFalse(body.contains(url.queryParameter("usersig")), body);
        assertFalse(body.contains(h.emu.secretKey()), body);
      }
    }
  }

  @Test
  void unauthenticatedRequestsDoNotReachTheEndpoint() {
    h.call(fullQuery("im_open_login_svc/account_import", "alice", h.sig("alice")).build(), "{\"UserID\":\"bob\"}");
    // bob was not imported, so making him a group owner fails.
    assertEquals(10019, h.code("group_open_http_svc/create_group",
        "{\"Type\":\"Public\",\"Name\":\"n\",\"Owner_Account\":\"bob\"}"));
  }

  @Test
  void postWithoutContentTypeHeaderIsAccepted() throws IOException {
    Request request = new Request.Builder().url(h.url("im_open_login_svc/account_import"))
        .post(RequestBody.create(IMPORT.getBytes(java.nio.charset.StandardCharsets.UTF_8))).build();
    try (Response response = h.http.newCall(request).execute()) {
      assertEquals(0L, Harness.num(Harness.parse(response.body().string()).get("ErrorCode")));
    }
  }
}
