package io.timrest;

import static io.timrest.ClientTestSupport.NOW;
import static io.timrest.ClientTestSupport.accountListOf;
import static io.timrest.ClientTestSupport.accountsOf;
import static io.timrest.ClientTestSupport.clientFor;
import static io.timrest.ClientTestSupport.exampleImportC2cMsg;
import static io.timrest.ClientTestSupport.groupImported;
import static io.timrest.ClientTestSupport.exampleImportC2cMsgWithoutSeqAndRandom;
import static io.timrest.ClientTestSupport.exampleImportGroup;
import static io.timrest.ClientTestSupport.exampleSetUnreadMsgNum;
import static io.timrest.ClientTestSupport.json;
import static io.timrest.ClientTestSupport.member;
import static io.timrest.ClientTestSupport.membersOf;
import static io.timrest.ClientTestSupport.ok;
import static io.timrest.ClientTestSupport.text;
import static io.timrest.ClientTestSupport.withMembers;
import static io.timrest.ValidationTest.MSG_BODY_LIMIT;
import static io.timrest.ValidationTest.assertRule;
import static io.timrest.ValidationTest.assertRuleMentions;
import static io.timrest.ValidationTest.bodyOfSerializedSize;
import static io.timrest.ValidationTest.custom;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.timrest.model.AccountImportRequest;
import io.timrest.model.ImportC2cMsgRequest;
import io.timrest.model.ImportGroupMember;
import io.timrest.model.ImportGroupMemberRequest;
import io.timrest.model.ImportGroupRequest;
import io.timrest.model.MultiaccountImportRequest;
import io.timrest.model.SetUnreadMsgNumRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A migration request that breaks a documented rule is refused before any I/O, naming the field and
 * the rule; the async twin fails its future with the same refusal. The boundaries are accepted.
 */
class MigrationValidationTest {
  private static final long MAX_UINT32 = 4294967295L;
  private static final long NOW_SECONDS = NOW.getEpochSecond();

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

  // ---------------------------------------------------------------- multiaccount_import

  @Test
  void multiaccountImportRejectsBothAccountShapes() {
    MultiaccountImportRequest request = accountListOf("a").toBuilder().accounts(List.of("b")).build();

    TimValidationException e = refusedAccounts(request);

    assertEquals("AccountList", e.field());
    assertRule(e, "oneOf", "exactly one");
  }

  @Test
  void multiaccountImportRejectsNeitherAccountShape() {
    TimValidationException e = refusedAccounts(MultiaccountImportRequest.builder().build());

    assertEquals("AccountList", e.field());
    assertRule(e, "oneOf", "exactly one");
  }

  @Test
  void multiaccountImportRejectsAnEmptyAccountList() {
    TimValidationException e = refusedAccounts(accountListOf());

    assertEquals("AccountList", e.field());
    assertRule(e, "minItems", "at least 1 element");
  }

  @Test
  void multiaccountImportRejectsAnEmptyAccounts() {
    TimValidationException e = refusedAccounts(accountsOf());

    assertEquals("Accounts", e.field());
    assertRule(e, "minItems", "at least 1 element");
  }

  @Test
  void multiaccountImportRejectsOneHundredAndOneAccounts() {
    TimValidationException e = refusedAccounts(accountListOf(userIds(101)));

    assertEquals("AccountList", e.field());
    assertRule(e, "maxItems", "at most 100 elements, has 101");
    assertTrue(e.getMessage().contains("101"), e.getMessage());
  }

  @Test
  void multiaccountImportRejectsOneHundredAndOneAccountsInTheOlderShape() {
    TimValidationException e = refusedAccounts(accountsOf(userIds(101)));

    assertEquals("Accounts", e.field());
    assertRule(e, "maxItems", "at most 100 elements, has 101");
  }

  @Test
  void multiaccountImportAcceptsOneHundredAccountsInEitherShape() {
    server.enqueue(ok());
    server.enqueue(ok());

    client.multiaccountImport(accountListOf(userIds(100)));
    client.multiaccountImport(accountsOf(userIds(100)));

    assertEquals(2, server.getRequestCount());
  }

  @Test
  void multiaccountImportRejectsARepeatedUserId() {
    TimValidationException e = refusedAccounts(accountListOf("a", "b", "a"));

    assertEquals("AccountList[2].UserID", e.field());
    assertRule(e, "unique", "must not repeat");
  }

  @Test
  void multiaccountImportRejectsARepeatedUserIdInTheOlderShape() {
    TimValidationException e = refusedAccounts(accountsOf("a", "a"));

    assertEquals("Accounts[1]", e.field());
    assertRule(e, "unique", "must not repeat");
  }

  @Test
  void multiaccountImportRejectsAnEmptyUserId() {
    MultiaccountImportRequest request = MultiaccountImportRequest.builder()
        .accountList(List.of(AccountImportRequest.builder().userID("a").build(), AccountImportRequest.builder().userID("").build()))
        .build();

    TimValidationException e = refusedAccounts(request);

    assertEquals("AccountList[1].UserID", e.field());
    assertRule(e, "minLength", "at least 1 byte, was 0");
  }

  // ---------------------------------------------------------------- import_group

  @Test
  void importGroupRejectsAnAVChatRoom() {
    TimValidationException e = refusedGroup(exampleImportGroup().toBuilder().type("AVChatRoom").build());

    assertEquals("Type", e.field());
    assertRule(e, "enum", "one of Private, Public, ChatRoom, Community, was AVChatRoom");
    assertTrue(e.getMessage().contains("was AVChatRoom"), e.getMessage());
  }

  @Test
  void importGroupRejectsATypeTheApiDoesNotName() {
    TimValidationException e = refusedGroup(exampleImportGroup().toBuilder().type("Work").build());

    assertEquals("Type", e.field());
  }

  @ParameterizedTest
  @ValueSource(strings = {"Private", "Public", "ChatRoom", "Community"})
  void importGroupAcceptsEveryImportableType(String type) {
    server.enqueue(groupImported());

    client.importGroup(exampleImportGroup().toBuilder().type(type).build());

    assertEquals(1, server.getRequestCount());
  }

  @Test
  void importGroupRejectsACreateTimeInTheFuture() {
    TimValidationException e = refusedGroup(exampleImportGroup().toBuilder().createTime(NOW_SECONDS + 1).build());

    assertEquals("CreateTime", e.field());
    assertRule(e, "notInFuture", "future");
  }

  @Test
  void importGroupRejectsANegativeCreateTime() {
    TimValidationException e = refusedGroup(exampleImportGroup().toBuilder().createTime(-1L).build());

    assertEquals("CreateTime", e.field());
    assertRule(e, "minimum", "at least 0");
  }

  @Test
  void importGroupAcceptsACreateTimeOfNowAndNoCreateTime() {
    server.enqueue(groupImported());
    server.enqueue(groupImported());

    client.importGroup(exampleImportGroup().toBuilder().createTime(NOW_SECONDS).build());
    client.importGroup(exampleImportGroup().toBuilder().createTime(null).build());

    assertEquals(2, server.getRequestCount());
  }

  @Test
  void importGroupJudgesTheFutureByTheInjectedClock() {
    ClientTestSupport.MutableClock clock = new ClientTestSupport.MutableClock(NOW);
    try (TimRestClient clocked = clientFor(server, clock).build()) {
      ImportGroupRequest request = exampleImportGroup().toBuilder().createTime(NOW_SECONDS + 60).build();
      assertThrows(TimValidationException.class, () -> clocked.importGroup(request));

      clock.advance(Duration.ofMinutes(1));
      server.enqueue(groupImported());
      clocked.importGroup(request);

      assertEquals(1, server.getRequestCount());
    }
  }

  // ---------------------------------------------------------------- import_group_member

  @Test
  void importGroupMemberRejectsTwentyOneMembers() {
    TimValidationException e = refusedMembers(membersOf(21));

    assertEquals("MemberList", e.field());
    assertRule(e, "maxItems", "at most 20 members");
    assertTrue(e.getMessage().contains("21"), e.getMessage());
  }

  @Test
  void importGroupMemberAcceptsTwentyMembers() {
    ImportGroupMemberRequest request = membersOf(20);
    server.enqueue(allImported(request));

    MemberImportResult result = client.importGroupMember(request);

    assertEquals(20, result.outcomes().size());
  }

  @Test
  void importGroupMemberRejectsZeroMembers() {
    TimValidationException e = refusedMembers(membersOf(0));

    assertEquals("MemberList", e.field());
    assertRule(e, "minItems", "at least 1 element");
  }

  @Test
  void maxMembersPerImportOfOneHundredLetsTwentyOneMembersThrough() throws Exception {
    try (TimRestClient older = clientFor(server).maxMembersPerImport(100).build()) {
      ImportGroupMemberRequest request = membersOf(21);
      server.enqueue(allImported(request));
      server.enqueue(allImported(request));

      older.importGroupMember(request);
      older.importGroupMemberAsync(request).get(10, TimeUnit.SECONDS);

      assertEquals(2, server.getRequestCount());
    }
  }

  @Test
  void maxMembersPerImportOfOneHundredStillRejectsOneHundredAndOne() {
    try (TimRestClient older = clientFor(server).maxMembersPerImport(100).build()) {
      TimValidationException e = assertThrows(TimValidationException.class, () -> older.importGroupMember(membersOf(101)));

      assertEquals("MemberList", e.field());
      assertRule(e, "maxItems", "at most 100 members");
      assertEquals(0, server.getRequestCount());
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1})
  void builderRejectsAMaxMembersPerImportBelowOne(int limit) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> TimRestClient.builder().maxMembersPerImport(limit));

    assertTrue(e.getMessage().contains("maxMembersPerImport"), e.getMessage());
  }

  @Test
  void importGroupMemberRejectsARepeatedMember() {
    TimValidationException e = refusedMembers(membersOf("a", "b", "a"));

    assertEquals("MemberList[2].Member_Account", e.field());
    assertRule(e, "unique", "must not repeat");
  }

  @Test
  void importGroupMemberRejectsARoleOtherThanAdmin() {
    ImportGroupMemberRequest request = withMembers(List.of(member("a"), member("b").toBuilder().role("Owner").build()));

    TimValidationException e = refusedMembers(request);

    assertEquals("MemberList[1].Role", e.field());
    assertRule(e, "enum", "one of Admin");
    assertTrue(e.getMessage().contains("was Owner"), e.getMessage());
  }

  @Test
  void importGroupMemberAcceptsAnAdminAndAnOrdinaryMember() {
    ImportGroupMemberRequest request =
        withMembers(List.of(member("a").toBuilder().role(ImportGroupMember.ROLE_ADMIN).build(), member("b")));
    server.enqueue(allImported(request));

    client.importGroupMember(request);

    assertEquals(1, server.getRequestCount());
  }

  @Test
  void importGroupMemberRejectsAJoinTimeInTheFuture() {
    ImportGroupMemberRequest request =
        withMembers(List.of(member("a"), member("b").toBuilder().joinTime(NOW_SECONDS + 1).build()));

    TimValidationException e = refusedMembers(request);

    assertEquals("MemberList[1].JoinTime", e.field());
    assertRule(e, "notInFuture", "future");
  }

  @Test
  void importGroupMemberRejectsANegativeJoinTime() {
    TimValidationException e = refusedMembers(withMembers(List.of(member("a").toBuilder().joinTime(-1L).build())));

    assertEquals("MemberList[0].JoinTime", e.field());
    assertRule(e, "minimum", "at least 0");
  }

  @Test
  void importGroupMemberAcceptsAJoinTimeOfNowAndNoJoinTime() {
    ImportGroupMemberRequest request = withMembers(List.of(
        member("a").toBuilder().joinTime(NOW_SECONDS).build(), member("b").toBuilder().joinTime(null).build()));
    server.enqueue(allImported(request));

    client.importGroupMember(request);

    assertEquals(1, server.getRequestCount());
  }

  @Test
  void importGroupMemberRejectsANegativeUnreadMsgNum() {
    TimValidationException e = refusedMembers(withMembers(List.of(member("a").toBuilder().unreadMsgNum(-1).build())));

    assertEquals("MemberList[0].UnreadMsgNum", e.field());
    assertRule(e, "minimum", "at least 0");
  }

  // ---------------------------------------------------------------- set_unread_msg_num

  @Test
  void setUnreadMsgNumRejectsANegativeCount() {
    TimValidationException e = refusedUnread(exampleSetUnreadMsgNum().toBuilder().unreadMsgNum(-1).build());

    assertEquals("UnreadMsgNum", e.field());
    assertRule(e, "minimum", "at least 0");
  }

  @Test
  void setUnreadMsgNumAcceptsZero() {
    server.enqueue(ok());

    client.setUnreadMsgNum(exampleSetUnreadMsgNum().toBuilder().unreadMsgNum(0).build());

    assertEquals(1, server.getRequestCount());
  }

  // ---------------------------------------------------------------- importmsg

  @ParameterizedTest
  @ValueSource(ints = {0, 3, 4, 6, -1})
  void importC2cMsgRejectsASyncFromOldSystemOtherThanOneTwoOrFive(int value) {
    TimValidationException e = refusedC2c(exampleImportC2cMsg().toBuilder().syncFromOldSystem(value).build());

    assertEquals("SyncFromOldSystem", e.field());
    assertRule(e, "enum", "one of 1, 2, 5");
    assertTrue(e.getMessage().contains("was " + value), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 5})
  void importC2cMsgAcceptsSyncFromOldSystemOneTwoAndFive(int value) {
    server.enqueue(ok());

    client.importC2cMsg(exampleImportC2cMsg().toBuilder().syncFromOldSystem(value).build());

    assertEquals(1, server.getRequestCount());
  }

  @ParameterizedTest
  @ValueSource(longs = {-1L, MAX_UINT32 + 1})
  void importC2cMsgRejectsAMsgSeqBeyondUint32(long msgSeq) {
    TimValidationException e = refusedC2c(exampleImportC2cMsg().toBuilder().msgSeq(msgSeq).build());

    assertEquals("MsgSeq", e.field());
    assertRule(e, msgSeq < 0 ? "minimum" : "maximum", msgSeq < 0 ? "at least 0" : "at most 4294967295");
  }

  @ParameterizedTest
  @ValueSource(longs = {-1L, MAX_UINT32 + 1})
  void importC2cMsgRejectsAMsgRandomBeyondUint32(long msgRandom) {
    TimValidationException e = refusedC2c(exampleImportC2cMsgWithoutSeqAndRandom().toBuilder().msgRandom(msgRandom).build());

    assertEquals("MsgRandom", e.field());
    assertRule(e, msgRandom < 0 ? "minimum" : "maximum", msgRandom < 0 ? "at least 0" : "at most 4294967295");
  }

  @Test
  void importC2cMsgAcceptsTheUint32Bounds() {
    server.enqueue(ok());
    server.enqueue(ok());

    client.importC2cMsg(exampleImportC2cMsg().toBuilder().msgSeq(0L).msgRandom(MAX_UINT32).build());
    client.importC2cMsg(exampleImportC2cMsg().toBuilder().msgSeq(MAX_UINT32).msgRandom(0L).build());

    String first = ClientTestSupport.bodyOf(ClientTestSupport.take(server));
    String second = ClientTestSupport.bodyOf(ClientTestSupport.take(server));
    assertTrue(first.contains("\"MsgSeq\":0,\"MsgRandom\":4294967295,"), first);
    assertTrue(second.contains("\"MsgSeq\":4294967295,\"MsgRandom\":0,"), second);
  }

  @Test
  void importC2cMsgRejectsAMsgTimeStampInTheFuture() {
    TimValidationException e = refusedC2c(exampleImportC2cMsg().toBuilder().msgTimeStamp(NOW_SECONDS + 1).build());

    assertEquals("MsgTimeStamp", e.field());
    assertRule(e, "notInFuture", "future");
  }

  @Test
  void importC2cMsgRejectsANegativeMsgTimeStamp() {
    TimValidationException e = refusedC2c(exampleImportC2cMsg().toBuilder().msgTimeStamp(-1L).build());

    assertEquals("MsgTimeStamp", e.field());
    assertRule(e, "minimum", "at least 0");
  }

  @Test
  void importC2cMsgAcceptsAMsgTimeStampOfNow() {
    server.enqueue(ok());

    client.importC2cMsg(exampleImportC2cMsg().toBuilder().msgTimeStamp(NOW_SECONDS).build());

    assertEquals(1, server.getRequestCount());
  }

  @Test
  void importC2cMsgRejectsAnEmptyMsgBody() {
    TimValidationException e = refusedC2c(exampleImportC2cMsg().toBuilder().msgBody(List.of()).build());

    assertEquals("MsgBody", e.field());
    assertRule(e, "minItems", "at least 1 element");
  }

  @Test
  void importC2cMsgRejectsTwoCustomElements() {
    TimValidationException e = refusedC2c(
        exampleImportC2cMsg().toBuilder().msgBody(List.of(custom("a"), text("between"), custom("b"))).build());

    assertEquals("MsgBody[2]", e.field());
    assertRule(e, "oneCustomElem", "at most one TIMCustomElem");
  }

  @Test
  void importC2cMsgRejectsAMsgBodyOverTwelveKilobytes() {
    ImportC2cMsgRequest request =
        exampleImportC2cMsgWithoutSeqAndRandom().toBuilder().msgBody(bodyOfSerializedSize(MSG_BODY_LIMIT + 1)).build();

    TimValidationException e = refusedC2c(request);

    assertEquals("MsgBody", e.field());
    assertRule(e, "maxBodyBytes", "12288");
    assertTrue(e.getMessage().contains("12289"), e.getMessage());
  }

  @Test
  void importC2cMsgAcceptsAMsgBodyOfExactlyTwelveKilobytes() {
    server.enqueue(ok());

    client.importC2cMsg(exampleImportC2cMsg().toBuilder().msgBody(bodyOfSerializedSize(MSG_BODY_LIMIT)).build());

    assertEquals(1, server.getRequestCount());
  }

  // ---------------------------------------------------------------- helpers

  private TimValidationException refusedAccounts(MultiaccountImportRequest request) {
    return refused(() -> client.multiaccountImport(request), () -> client.multiaccountImportAsync(request));
  }

  private TimValidationException refusedGroup(ImportGroupRequest request) {
    return refused(() -> client.importGroup(request), () -> client.importGroupAsync(request));
  }

  private TimValidationException refusedMembers(ImportGroupMemberRequest request) {
    return refused(() -> client.importGroupMember(request), () -> client.importGroupMemberAsync(request));
  }

  private TimValidationException refusedUnread(SetUnreadMsgNumRequest request) {
    return refused(() -> client.setUnreadMsgNum(request), () -> client.setUnreadMsgNumAsync(request));
  }

  private TimValidationException refusedC2c(ImportC2cMsgRequest request) {
    return refused(() -> client.importC2cMsg(request), () -> client.importC2cMsgAsync(request));
  }

  /**
   * Runs {@code call}, which must be refused, then its async twin, whose future must fail with the
   * same refusal; checks that nothing reached the server.
   */
  private TimValidationException refused(Executable call, Supplier<CompletableFuture<?>> asyncCall) {
    TimValidationException e = assertThrows(TimValidationException.class, call);
    TimValidationException async = ErrorHandlingTest.failureOf(asyncCall.get(), TimValidationException.class);
    assertEquals(e.field(), async.field(), "the async twin names the same field");
    assertEquals(e.rule(), async.rule(), "the async twin names the same rule");
    assertEquals(e.getMessage(), async.getMessage());
    assertEquals(0, server.getRequestCount(), "a refused request must not be sent");
    return e;
  }

  /** An answer that every member of {@code request} was imported. */
  private static MockResponse allImported(ImportGroupMemberRequest request) {
    List<String> entries = new ArrayList<>();
    for (ImportGroupMember member : request.memberList()) {
      entries.add("{\"Member_Account\":\"" + member.memberAccount() + "\",\"Result\":1}");
    }
    return json("{\"ActionStatus\":\"OK\",\"ErrorCode\":0,\"ErrorInfo\":\"\",\"MemberList\":[" + String.join(",", entries) + "]}");
  }

  private static String[] userIds(int count) {
    String[] userIds = new String[count];
    for (int i = 0; i < count; i++) {
      userIds[i] = "user" + i;
    }
    return userIds;
  }
}
