package io.timrest;

import static io.timrest.ClientTestSupport.bodyOf;
import static io.timrest.ClientTestSupport.clientFor;
import static io.timrest.ClientTestSupport.exampleImportC2cMsg;
import static io.timrest.ClientTestSupport.exampleImportGroup;
import static io.timrest.ClientTestSupport.exampleImportGroupMember;
import static io.timrest.ClientTestSupport.exampleMultiaccountImport;
import static io.timrest.ClientTestSupport.exampleSetUnreadMsgNum;
import static io.timrest.ClientTestSupport.json;
import static io.timrest.ClientTestSupport.take;
import static io.timrest.WireFormatTest.assertCommonRequestShape;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.timrest.golden.Golden;
import io.timrest.model.Envelope;
import io.timrest.model.ImportGroupResponse;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The spec's examples of the five migration operations go on the wire exactly as the spec shows
 * them (key order included), to the right path, and the spec's example responses come back as
 * results with the example's values.
 */
class MigrationWireFormatTest {
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

  // ---------------------------------------------------------------- requests

  @ParameterizedTest
  @EnumSource(MigrationOperation.class)
  void requestIsTheSpecExampleAtItsPath(MigrationOperation operation) {
    server.enqueue(json(Golden.read(operation.goldenResponse())));

    operation.call(client);

    RecordedRequest recorded = take(server);
    assertCommonRequestShape(recorded, operation.path);
    Golden.assertJsonEqualsInKeyOrder(Golden.read(operation.goldenRequest()), bodyOf(recorded));
  }

  @ParameterizedTest
  @EnumSource(MigrationOperation.class)
  void asyncTwinSendsTheSameRequest(MigrationOperation operation) throws Exception {
    server.enqueue(json(Golden.read(operation.goldenResponse())));

    operation.callAsync(client).get(10, TimeUnit.SECONDS);

    RecordedRequest recorded = take(server);
    assertCommonRequestShape(recorded, operation.path);
    Golden.assertJsonEqualsInKeyOrder(Golden.read(operation.goldenRequest()), bodyOf(recorded));
  }

  @Test
  void importGroupMemberSendsRoleOnlyForTheAdmin() {
    server.enqueue(json(Golden.read("spec/import_group_member.response.json")));

    client.importGroupMember(exampleImportGroupMember());

    String body = bodyOf(take(server));
    assertTrue(body.contains("{\"Member_Account\":\"tommy\",\"Role\":\"Admin\",\"JoinTime\":1448357837,"), body);
    assertTrue(body.contains("{\"Member_Account\":\"peter\",\"JoinTime\":1448357837,"), body);
  }

  // ---------------------------------------------------------------- responses

  @Test
  void multiaccountImportParsesTheSpecResponseAsEveryAccountImported() {
    server.enqueue(json(Golden.read("spec/multiaccount_import.response.json")));

    AccountImportResult result = client.multiaccountImport(exampleMultiaccountImport());

    assertEquals("OK", result.response().actionStatus());
    assertEquals(0, result.response().errorCode());
    assertEquals(Optional.of(""), result.response().errorInfo());
    assertEquals(Optional.of(List.of()), result.response().failAccounts());
    assertEquals(List.of(new AccountImportOutcome(0, "test1", true), new AccountImportOutcome(1, "test2", true)),
        result.outcomes());
    assertTrue(result.allImported());
  }

  @Test
  void importGroupParsesTheSpecResponseWithTheGroupId() {
    server.enqueue(json(Golden.read("spec/import_group.response.json")));

    ImportGroupResponse response = client.importGroup(exampleImportGroup());

    assertEquals("OK", response.actionStatus());
    assertEquals(0, response.errorCode());
    assertEquals(Optional.of(""), response.errorInfo());
    assertEquals("MyFirstGroup", response.groupId());
  }

  @Test
  void importGroupMemberParsesTheSpecResponseAsTommyImportedAndPeterAlreadyAMember() {
    server.enqueue(json(Golden.read("spec/import_group_member.response.json")));

    MemberImportResult result = client.importGroupMember(exampleImportGroupMember());

    assertEquals(List.of("tommy", "peter"),
        result.outcomes().stream().map(o -> o.member().memberAccount()).collect(Collectors.toList()));
    assertEquals(List.of(MemberImportOutcome.Kind.IMPORTED, MemberImportOutcome.Kind.ALREADY_MEMBER),
        result.outcomes().stream().map(MemberImportOutcome::kind).collect(Collectors.toList()));
    assertEquals(List.of(1, 2), result.outcomes().stream().map(o -> o.result().result()).collect(Collectors.toList()));
    assertTrue(result.allImported());
    assertEquals("OK", result.response().actionStatus());
    assertEquals(0, result.response().errorCode());
  }

  @Test
  void setUnreadMsgNumParsesTheSpecResponse() {
    server.enqueue(json(Golden.read("spec/set_unread_msg_num.response.json")));

    Envelope envelope = client.setUnreadMsgNum(exampleSetUnreadMsgNum());

    assertEquals("OK", envelope.actionStatus());
    assertEquals(0, envelope.errorCode());
    assertEquals(Optional.of("succeed"), envelope.errorInfo());
  }

  @Test
  void importC2cMsgParsesTheSpecResponseAndNamesTheMessageByItsKey() {
    server.enqueue(json(Golden.read("spec/importmsg.response.json")));

    C2cImportResult result = client.importC2cMsg(exampleImportC2cMsg());

    assertEquals("93847636_1287657_1556178721", result.msgKey());
    assertEquals(exampleImportC2cMsg(), result.request());
  }

  @Test
  void asyncTwinsParseTheSpecResponsesLikeSync() throws Exception {
    server.enqueue(json(Golden.read("spec/multiaccount_import.response.json")));
    server.enqueue(json(Golden.read("spec/import_group.response.json")));
    server.enqueue(json(Golden.read("spec/import_group_member.response.json")));
    server.enqueue(json(Golden.read("spec/set_unread_msg_num.response.json")));
    server.enqueue(json(Golden.read("spec/importmsg.response.json")));

    AccountImportResult accounts = client.multiaccountImportAsync(exampleMultiaccountImport()).get(10, TimeUnit.SECONDS);
    ImportGroupResponse group = client.importGroupAsync(exampleImportGroup()).get(10, TimeUnit.SECONDS);
    MemberImportResult members = client.importGroupMemberAsync(exampleImportGroupMember()).get(10, TimeUnit.SECONDS);
    Envelope unread = client.setUnreadMsgNumAsync(exampleSetUnreadMsgNum()).get(10, TimeUnit.SECONDS);
    C2cImportResult message = client.importC2cMsgAsync(exampleImportC2cMsg()).get(10, TimeUnit.SECONDS);

    assertTrue(accounts.allImported());
    assertEquals(2, accounts.outcomes().size());
    assertEquals("MyFirstGroup", group.groupId());
    assertEquals(MemberImportOutcome.Kind.ALREADY_MEMBER, members.outcomes().get(1).kind());
    assertEquals("peter", members.outcomes().get(1).member().memberAccount());
    assertEquals(Optional.of("succeed"), unread.errorInfo());
    assertEquals("93847636_1287657_1556178721", message.msgKey());
  }
}
