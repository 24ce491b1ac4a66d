package io.timrest.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.squareup.moshi.JsonReader;
import io.timrest.UserSig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.Buffer;

/**
 * A started emulator on a {@link MutableClock} plus a plain OkHttp client that signs every call
 * as the admin. Tests talk real HTTP over loopback; nothing here knows the emulator's internals.
 */
final class Harness implements AutoCloseable {
  static final Instant START = Instant.parse("2024-05-01T00:00:00Z");
  static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  final MutableClock clock = MutableClock.at(START);
  final TimEmulator emu;
  // No silent retry: a dropped response must surface as an IOException, not a second request.
  final OkHttpClient http = new OkHttpClient.Builder().retryOnConnectionFailure(false).build();
  private long nextRandom = 1;

  Harness() {
    this(builder -> {});
  }

  Harness(Consumer<EmulatorConfig.Builder> customize) {
    EmulatorConfig.Builder builder = EmulatorConfig.builder()
        .sdkAppId(1_400_000_000L)
        .adminIdentifier("administrator")
        .secretKey("5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e")
        .clock(clock);
    customize.accept(builder);
    emu = TimEmulator.start(builder.build());
  }

  String adminSig() {
    return sig("administrator");
  }

  String sig(String identifier) {
    return UserSig.generate(emu.config().sdkAppId(), emu.secretKey(), identifier, Duration.ofDays(1), clock);
  }

  /** The URL of an endpoint with a valid admin query. */
  HttpUrl url(String endpoint) {
    return HttpUrl.get(emu.baseUrl()).newBuilder()
        .addPathSegments("v4/" + endpoint)
        .addQueryParameter("sdkappid", Long.toString(emu.config().sdkAppId()))
        .addQueryParameter("identifier", "administrator")
        .addQueryParameter("usersig", adminSig())
        .addQueryParameter("random", Long.toString(nextRandom++))
        .addQueryParameter("contenttype", "json")
        .build();
  }

  Response post(HttpUrl url, String body) throws IOException {
    return http.newCall(new Request.Builder().url(url).post(RequestBody.create(body, JSON)).build()).execute();
  }

  /** POSTs and parses the JSON answer, asserting HTTP 200. */
  Map<String, Object> call(HttpUrl url, String body) {
    try (Response response = post(url, body)) {
      assertEquals(200, response.code(), "HTTP status");
      return parse(response.body().string());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Map<String, Object> call(String endpoint, String body) {
    return call(url(endpoint), body);
  }

  /** Calls and asserts success. */
  Map<String, Object> ok(String endpoint, String body) {
    Map<String, Object> answer = call(endpoint, body);
    assertEquals(0L, num(answer.get("ErrorCode")), () -> endpoint + " failed: " + answer);
    assertEquals("OK", answer.get("ActionStatus"));
    return answer;
  }

  /** Calls and returns the ErrorCode, asserting that ActionStatus agrees with it. */
  long code(String endpoint, String body) {
    Map<String, Object> answer = call(endpoint, body);
    long code = num(answer.get("ErrorCode"));
    assertEquals(code == 0 ? "OK" : "FAIL", answer.get("ActionStatus"));
    return code;
  }

  void importAccount(String userId) {
    ok("im_open_login_svc/account_import", "{\"UserID\":\"" + userId + "\"}");
  }

  String createGroup(String type) {
    return (String) ok("group_open_http_svc/create_group",
        "{\"Type\":\"" + type + "\",\"Name\":\"test group\"}").get("GroupId");
  }

  Map<String, Object> sendGroupText(String groupId, long random, String text) {
    return ok("group_open_http_svc/send_group_msg", "{\"GroupId\":\"" + groupId + "\",\"Random\":" + random
        + ",\"MsgBody\":[{\"MsgType\":\"TIMTextElem\",\"MsgContent\":{\"Text\":\"" + text + "\"}}]}");
  }

  @SuppressWarnings("unchecked")
  List<Map<String, Object>> history(String groupId, int count) {
    Map<String, Object> answer = ok("group_open_http_svc/group_msg_get_simple",
        "{\"GroupId\":\"" + groupId + "\",\"ReqMsgNumber\":" + count + "}");
    return (List<Map<String, Object>>) answer.get("RspMsgList");
  }

  /** get_group_member_info's MemberList. */
  List<Map<String, Object>> members(String groupId) {
    return list(ok("group_open_http_svc/get_group_member_info", "{\"GroupId\":\"" + groupId + "\"}").get("MemberList"));
  }

  /**
   * A member's unread count as a client derives it: the group's newest MsgSeq minus the MsgSeq up
   * to which the member has read (get_group_member_info).
   */
  long unread(String groupId, String account) {
    List<Map<String, Object>> newest = history(groupId, 1);
    long lastSeq = newest.isEmpty() ? 0 : num(newest.get(0).get("MsgSeq"));
    for (Map<String, Object> member : members(groupId)) {
      if (account.equals(member.get("Member_Account"))) {
        return lastSeq - num(member.get("MsgSeq"));
      }
    }
    throw new AssertionError(account + " is not a member of " + groupId);
  }

  static String text(String value) {
    return "[{\"MsgType\":\"TIMTextElem\",\"MsgContent\":{\"Text\":\"" + value + "\"}}]";
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> parse(String json) {
    try {
      return (Map<String, Object>) JsonReader.of(new Buffer().writeUtf8(json)).readJsonValue();
    } catch (IOException e) {
      throw new UncheckedIOException("not JSON: " + json, e);
    }
  }

  /** A JSON number read by readJsonValue (a Double) as a long; fine below 2^53. */
  static long num(Object value) {
    return ((Number) value).longValue();
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> list(Object value) {
    return (List<Map<String, Object>>) value;
  }

  long nowSeconds() {
    return clock.instant().getEpochSecond();
  }

  @Override
  public void close() {
    emu.close();
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }
}
