package io.timrest;

import static io.timrest.ClientTestSupport.ADMIN;
import static io.timrest.ClientTestSupport.NOW;
import static io.timrest.ClientTestSupport.SDK_APP_ID;
import static io.timrest.ClientTestSupport.SECRET_KEY;
import static io.timrest.ClientTestSupport.bodyOf;
import static io.timrest.ClientTestSupport.clientFor;
import static io.timrest.ClientTestSupport.helloBody;
import static io.timrest.ClientTestSupport.json;
import static io.timrest.ClientTestSupport.modifyC2c;
import static io.timrest.ClientTestSupport.modifyGroup;
import static io.timrest.ClientTestSupport.seedImport;
import static io.timrest.ClientTestSupport.take;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.timrest.golden.Golden;
import io.timrest.model.Envelope;
import io.timrest.model.ImportMsgResult;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every golden request goes on the wire exactly as its documentation page shows it, and every golden response parses. */
class WireFormatTest {
  private static final Set<String> COMMON_PARAMETERS = Set.of("sdkappid", "identifier", "usersig", "random", "contenttype");
  private static final long MAX_UINT32 = 4294967295L;

  private MockWebServer server;
  private TimRestClient client;

  @BeforeEach
  void start() {
    server = ClientTestSupport.startServer();
    client = clientFor(server).build();
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  static Stream<Arguments> modifyExamples() {
    return Stream.of(
        Arguments.of("v4/openim/modify_c2c_msg", "modify_c2c_msg.request.msgbody_only.json", "modify_c2c_msg.response.json",
            (Consumer<TimRestClient>) c -> c.modifyC2cMsg(modifyC2c(helloBody(), null))),
        Arguments.of("v4/openim/modify_c2c_msg", "modify_c2c_msg.request.cloud_custom_data_only.json", "modify_c2c_msg.response.json",
            (Consumer<TimRestClient>) c -> c.modifyC2cMsg(modifyC2c(null, "your cloud custom data"))),
        Arguments.of("v4/openim/modify_c2c_msg", "modify_c2c_msg.request.msgbody_and_cloud_custom_data.json", "modify_c2c_msg.response.json",
            (Consumer<TimRestClient>) c -> c.modifyC2cMsg(modifyC2c(helloBody(), "your cloud custom data"))),
        Arguments.of("v4/openim/modify_group_msg", "modify_group_msg.request.msgbody_only.json", "modify_group_msg.response.json",
            (Consumer<TimRestClient>) c -> c.modifyGroupMsg(modifyGroup(helloBody(), null))),
        Arguments.of("v4/openim/modify_group_msg", "modify_group_msg.request.cloud_custom_data_only.json", "modify_group_msg.response.json",
            (Consumer<TimRestClient>) c -> c.modifyGroupMsg(modifyGroup(null, "your cloud custom data"))),
        Arguments.of("v4/openim/modify_group_msg", "modify_group_msg.request.msgbody_and_cloud_custom_data.json", "modify_group_msg.response.json",
            (Consumer<TimRestClient>) c -> c.modifyGroupMsg(modifyGroup(helloBody(), "your cloud custom data"))));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("modifyExamples")
  void modifyRequestMatchesTheSeedExample(String path, String requestFile, String responseFile, Consumer<TimRestClient> call) {
    server.enqueue(json(Golden.read(responseFile)));

    call.accept(client);

    RecordedRequest recorded = take(server);
    assertCommonRequestShape(recorded, path);
    Golden.assertJsonEquals(Golden.read(requestFile), bodyOf(recorded));
  }

  @Test
  void modifyC2cMsgParsesTheSeedResponse() {
    server.enqueue(json(Golden.read("modify_c2c_msg.response.json")));

    Envelope envelope = client.modifyC2cMsg(modifyC2c());

    assertEquals("OK", envelope.actionStatus());
    assertEquals(0, envelope.errorCode());
    assertEquals("succeed", envelope.errorInfo().orElseThrow());
  }

  @Test
  void modifyGroupMsgParsesTheSeedResponse() {
    server.enqueue(json(Golden.read("modify_group_msg.response.json")));

    Envelope envelope = client.modifyGroupMsg(modifyGroup());

    assertEquals("OK", envelope.actionStatus());
    assertEquals(0, envelope.errorCode());
    assertEquals("succeed", envelope.errorInfo().orElseThrow());
  }

  @Test
  void importRequestMatchesTheSeedExampleWithTheMissingRandomFilledIn() {
    server.enqueue(json(Golden.read("import_group_msg.response.json")));

    client.importGroupMsg(seedImport());

    RecordedRequest recorded = take(server);
    assertCommonRequestShape(recorded, "v4/group_open_http_svc/import_group_msg");
    String body = bodyOf(recorded);
    // The page's second message has no Random: the client adds one, a uint32, and nothing else.
    Matcher filled = Pattern.compile("\"Random\":(\\d+)").matcher(body);
    assertTrue(filled.find(), "first Random");
    assertEquals(8912345L, Long.parseLong(filled.group(1)));
    assertTrue(filled.find(), "the filled-in Random");
    long random = Long.parseLong(filled.group(1));
    assertTrue(random >= 0 && random <= MAX_UINT32, "Random " + random + " is a uint32");
    String golden = Golden.read("import_group_msg.request.json");
    String expected = golden.replace("\"SendTime\":1620892821,", "\"SendTime\":1620892821, \"Random\": " + random + ",");
    assertNotEquals(golden, expected, "the golden file has the seed's second message");
    Golden.assertJsonEquals(expected, body);
  }

  @Test
  void importParsesTheSeedResponseIntoTwoImportedOutcomes() {
    server.enqueue(json(Golden.read("import_group_msg.response.json")));

    ImportResult result = client.importGroupMsg(seedImport());

    assertEquals(2, result.outcomes().size());
    assertTrue(result.allImported());
    assertEquals(ImportMsgOutcome.Kind.IMPORTED, result.outcomes().get(0).kind());
    assertEquals(ImportMsgOutcome.Kind.IMPORTED, result.outcomes().get(1).kind());
    ImportMsgResult first = result.outcomes().get(0).result();
    ImportMsgResult second = result.outcomes().get(1).result();
    assertEquals(1L, first.msgSeq().orElseThrow());
    assertEquals(1620808101L, first.msgTime().orElseThrow());
    assertEquals(2L, second.msgSeq().orElseThrow());
    assertEquals(1620892821L, second.msgTime().orElseThrow());
    assertEquals("leckie", result.outcomes().get(0).message().fromAccount());
    assertEquals("peter", result.outcomes().get(1).message().fromAccount());
  }

  @Test
  void importResultCarriesTheRandomThatWasSent() {
    server.enqueue(json(Golden.read("import_group_msg.response.json")));

    ImportResult result = client.importGroupMsg(seedImport());

    String body = bodyOf(take(server));
    long filled = result.request().msgList().get(1).random().orElseThrow();
    assertTrue(body.contains("\"Random\":" + filled + ","), body);
  }

  @Test
  void everyRequestCarriesAFreshRandom() {
    server.enqueue(json(Golden.read("modify_c2c_msg.response.json")));
    server.enqueue(json(Golden.read("modify_c2c_msg.response.json")));

    client.modifyC2cMsg(modifyC2c());
    client.modifyC2cMsg(modifyC2c());

    String first = take(server).getUrl().queryParameter("random");
    String second = take(server).getUrl().queryParameter("random");
    assertNotEquals(first, second);
  }

  @Test
  void asyncTwinsSendTheSameRequests() throws Exception {
    server.enqueue(json(Golden.read("modify_c2c_msg.response.json")));
    server.enqueue(json(Golden.read("modify_group_msg.response.json")));
    server.enqueue(json(Golden.read("import_group_msg.response.json")));

    client.modifyC2cMsgAsync(modifyC2c()).get();
    client.modifyGroupMsgAsync(modifyGroup()).get();
    ImportResult imported = client.importGroupMsgAsync(seedImport()).get();

    RecordedRequest c2c = take(server);
    assertCommonRequestShape(c2c, "v4/openim/modify_c2c_msg");
    Golden.assertJsonEquals(Golden.read("modify_c2c_msg.request.msgbody_only.json"), bodyOf(c2c));
    RecordedRequest group = take(server);
    assertCommonRequestShape(group, "v4/openim/modify_group_msg");
    Golden.assertJsonEquals(Golden.read("modify_group_msg.request.msgbody_only.json"), bodyOf(group));
    assertCommonRequestShape(take(server), "v4/group_open_http_svc/import_group_msg");
    assertEquals(2, imported.outcomes().size());
  }

  /** A POST to {@code path} with the common query parameters once each, a valid UserSig and a JSON body. */
  static void assertCommonRequestShape(RecordedRequest recorded, String path) {
    assertEquals("POST", recorded.getMethod());
    HttpUrl url = recorded.getUrl();
    assertEquals("/" + path, url.encodedPath());
    assertEquals(COMMON_PARAMETERS, url.queryParameterNames());
    for (String name : COMMON_PARAMETERS) {
      assertEquals(1, url.queryParameterValues(name).size(), name + " appears once");
    }
    assertEquals(Long.toString(SDK_APP_ID), url.queryParameter("sdkappid"));
    assertEquals(ADMIN, url.queryParameter("identifier"));
    assertEquals("json", url.queryParameter("contenttype"));
    long random = Long.parseLong(url.queryParameter("random"));
    assertTrue(random >= 0 && random <= MAX_UINT32, "random " + random + " is a uint32");
    UserSig.Verification verification = UserSig.verify(
        url.queryParameter("usersig"), SDK_APP_ID, SECRET_KEY, ADMIN, Clock.fixed(NOW, ZoneOffset.UTC));
    assertTrue(verification.isValid(), verification.toString());
    assertEquals("application/json; charset=utf-8", recorded.getHeaders().get("Content-Type"));
  }
}
