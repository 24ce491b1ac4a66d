package io.timrest;

import io.timrest.model.AccountImportRequest;
import io.timrest.model.ImportC2cMsgRequest;
import io.timrest.model.ImportGroupMember;
import io.timrest.model.ImportGroupMemberRequest;
import io.timrest.model.ImportGroupMsgRequest;
import io.timrest.model.ImportGroupRequest;
import io.timrest.model.ImportMsg;
import io.timrest.model.ModifyC2cMsgRequest;
import io.timrest.model.ModifyGroupMsgRequest;
import io.timrest.model.MsgElement;
import io.timrest.model.MultiaccountImportRequest;
import io.timrest.model.SetUnreadMsgNumRequest;
import io.timrest.model.TIMFaceElem;
import io.timrest.model.TIMFaceElemContent;
import io.timrest.model.TIMTextElem;
import io.timrest.model.TIMTextElemContent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * What the client tests share: a loopback MockWebServer, a client pointed at it, the seed requests
 * (the documentation pages' example requests; pages 000 to 003 are listed with their public URLs in
 * src/timrest/test/resources/golden/README.md), and the spec's examples of the migration endpoints.
 */
final class ClientTestSupport {
  static final long SDK_APP_ID = 1400000000L;
  static final String ADMIN = "administrator";
  /** Recognisable, so that a leak is easy to find. */
  static final String SECRET_KEY = "SECRETKEY-c0ffee-5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e";
  /** A moment after every seed example's SendTime (2021). */
  static final Instant NOW = Instant.ofEpochSecond(1_700_000_000L);

  /** Retries immediately, so that retry tests need no sleeps. */
  static final RetryPolicy FAST_RETRIES =
      RetryPolicy.of(3, Duration.ZERO, Duration.ZERO).withRateLimitDelay(Duration.ZERO);

  private ClientTestSupport() {
  }

  /** A started MockWebServer on 127.0.0.1 (never a name that could resolve elsewhere). */
  static MockWebServer startServer() {
    MockWebServer server = new MockWebServer();
    try {
      server.start(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return server;
  }

  /**
   * Enqueues {@code response} for every attempt {@link #FAST_RETRIES} makes: for an answer the
   * client treats as a transport failure, which it retries.
   */
  static void enqueueForEveryAttempt(MockWebServer server, MockResponse response) {
    for (int i = 0; i < FAST_RETRIES.maxAttempts(); i++) {
      server.enqueue(response);
    }
  }

  /** A started MockWebServer that answers every request with what {@code answer} gives at the time. */
  static MockWebServer startServer(java.util.function.Supplier<MockResponse> answer) {
    MockWebServer server = startServer();
    server.setDispatcher(new mockwebserver3.Dispatcher() {
      @Override
      public MockResponse dispatch(mockwebserver3.RecordedRequest request) {
        return answer.get();
      }
    });
    return server;
  }

  static String baseUrl(MockWebServer server) {
    return "http://127.0.0.1:" + server.getPort() + "/";
  }

  static TimRestClient.Builder clientFor(MockWebServer server, Clock clock) {
    return TimRestClient.builder()
        .sdkAppId(SDK_APP_ID)
        .adminIdentifier(ADMIN)
        .secretKey(SECRET_KEY)
        .baseUrl(baseUrl(server))
        .retryPolicy(FAST_RETRIES)
        .clock(clock);
  }

  static TimRestClient.Builder clientFor(MockWebServer server) {
    return clientFor(server, new MutableClock(NOW));
  }

  static MockResponse json(String body) {
    return new MockResponse.Builder()
        .code(200)
        .setHeader("Content-Type", "application/json")
        .body(body)
        .build();
  }

  static MockResponse ok() {
    return json("{\"ActionStatus\":\"OK\",\"ErrorCode\":0,\"ErrorInfo\":\"\"}");
  }

  /** import_group's and create_group's answer: the envelope and the group's ID, always sent on success. */
  static MockResponse groupImported() {
    return json("{\"ActionStatus\":\"OK\",\"ErrorCode\":0,\"ErrorInfo\":\"\",\"GroupId\":\"@TGS#2J4SZEAEL\"}");
  }

  static MockResponse fail(int errorCode, String errorInfo) {
    return json("{\"ActionStatus\":\"FAIL\",\"ErrorCode\":" + errorCode + ",\"ErrorInfo\":\"" + errorInfo + "\"}");
  }

  static MockResponse importedOk(int messages) {
    StringBuilder results = new StringBuilder();
    for (int i = 0; i < messages; i++) {
      results.append(i == 0 ? "" : ",")
          .append("{\"MsgSeq\":").append(i + 1).append(",\"MsgTime\":").append(1620808101 + i).append(",\"Result\":0}");
    }
    return json("{\"ActionStatus\":\"OK\",\"ErrorCode\":0,\"ErrorInfo\":\"\",\"ImportMsgResult\":[" + results + "]}");
  }

  static MockResponse htmlGateway(int code) {
    return new MockResponse.Builder()
        .code(code)
        .setHeader("Content-Type", "text/html")
        .body("<html><body><h1>" + code + " Bad Gateway</h1></body></html>")
        .build();
  }

  /** The next recorded request, failing instead of blocking when none came. */
  static RecordedRequest take(MockWebServer server) {
    try {
      RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
      if (request == null) {
        throw new AssertionError("no request reached the server");
      }
      return request;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  static String bodyOf(RecordedRequest request) {
    return request.getBody() == null ? "" : request.getBody().utf8();
  }

  static String userSigOf(RecordedRequest request) {
    return request.getUrl().queryParameter("usersig");
  }

  // ------------------------------------------------------------ seed requests, built with the models

  static List<MsgElement> helloBody() {
    return List.of(text("hello"));
  }

  static TIMTextElem text(String text) {
    return TIMTextElem.builder().msgContent(TIMTextElemContent.builder().text(text).build()).build();
  }

  /** The modify_c2c_msg seed request (001), with whichever of MsgBody and CloudCustomData is given. */
  static ModifyC2cMsgRequest modifyC2c(List<MsgElement> msgBody, String cloudCustomData) {
    return ModifyC2cMsgRequest.builder()
        .fromAccount("dramon1")
        .toAccount("dramon2")
        .msgKey("1_2_3")
        .msgBody(msgBody)
        .cloudCustomData(cloudCustomData)
        .build();
  }

  static ModifyC2cMsgRequest modifyC2c() {
    return modifyC2c(helloBody(), null);
  }

  /** The modify_group_msg seed request (000, 002). */
  static ModifyGroupMsgRequest modifyGroup(List<MsgElement> msgBody, String cloudCustomData) {
    return ModifyGroupMsgRequest.builder()
        .groupId("@TGS#1HYEP2SHC")
        .msgSeq(23L)
        .msgBody(msgBody)
        .cloudCustomData(cloudCustomData)
        .build();
  }

  static ModifyGroupMsgRequest modifyGroup() {
    return modifyGroup(helloBody(), null);
  }

  /** The import_group_msg seed request (003): its second message has no Random. */
  static ImportGroupMsgRequest seedImport() {
    ImportMsg first = ImportMsg.builder()
        .fromAccount("leckie")
        .sendTime(1620808101L)
        .random(8912345L)
        .msgBody(List.of(
            text("red packet"),
            TIMFaceElem.builder()
                .msgContent(TIMFaceElemContent.builder().index(6).data("abc\u0000\u0001").build())
                .build()))
        .build();
    ImportMsg second = ImportMsg.builder()
        .fromAccount("peter")
        .sendTime(1620892821L)
        .msgBody(List.of(text("red packet")))
        .build();
    return ImportGroupMsgRequest.builder()
        .groupId("@TGS#2C5SZEAEF")
        .recentContactFlag(1)
        .msgList(List.of(first, second))
        .build();
  }

  /** {@code count} one-line messages one second apart, ending before {@link #NOW}. */
  static ImportGroupMsgRequest importOf(int count) {
    List<ImportMsg> messages = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      messages.add(message(1620808101L + i));
    }
    return ImportGroupMsgRequest.builder().groupId("@TGS#2C5SZEAEF").msgList(messages).build();
  }

  static ImportMsg message(long sendTime) {
    return ImportMsg.builder().fromAccount("leckie").sendTime(sendTime).msgBody(List.of(text("red packet"))).build();
  }

  // ------------------------------------------------------------ the spec's migration examples, built with the models

  /** multiaccount_import's example (golden/spec/): test1 with Nick and FaceUrl, test2 alone, as AccountList. */
  static MultiaccountImportRequest exampleMultiaccountImport() {
    return MultiaccountImportRequest.builder()
        .accountList(List.of(
            AccountImportRequest.builder().userID("test1").nick("test1").faceUrl("http://www.qq.com").build(),
            AccountImportRequest.builder().userID("test2").build()))
        .build();
  }

  /** The given UserIDs in the current request shape, {@code AccountList}. */
  static MultiaccountImportRequest accountListOf(String... userIds) {
    List<AccountImportRequest> accounts = new ArrayList<>();
    for (String userId : userIds) {
      accounts.add(AccountImportRequest.builder().userID(userId).build());
    }
    return MultiaccountImportRequest.builder().accountList(accounts).build();
  }

  /** The given UserIDs in the older request shape, {@code Accounts}. */
  static MultiaccountImportRequest accountsOf(String... userIds) {
    return MultiaccountImportRequest.builder().accounts(List.of(userIds)).build();
  }

  /** import_group's example: leckie's Public group MyFirstGroup, created at 1448357837. */
  static ImportGroupRequest exampleImportGroup() {
    return ImportGroupRequest.builder()
        .ownerAccount("leckie")
        .type(ImportGroupRequest.TYPE_PUBLIC)
        .groupId("MyFirstGroup")
        .name("TestGroup")
        .createTime(1448357837L)
        .build();
  }

  /** import_group_member's example: tommy as Admin, peter as an ordinary member (no Role). */
  static ImportGroupMemberRequest exampleImportGroupMember() {
    return ImportGroupMemberRequest.builder()
        .groupId("@TGS#2J4SZEAEL")
        .memberList(List.of(
            ImportGroupMember.builder()
                .memberAccount("tommy").role(ImportGroupMember.ROLE_ADMIN).joinTime(1448357837L).unreadMsgNum(5).build(),
            ImportGroupMember.builder()
                .memberAccount("peter").joinTime(1448357837L).unreadMsgNum(10).build()))
        .build();
  }

  /** Ordinary members with the given accounts, into the group of import_group_member's example. */
  static ImportGroupMemberRequest membersOf(String... accounts) {
    List<ImportGroupMember> members = new ArrayList<>();
    for (String account : accounts) {
      members.add(member(account));
    }
    return withMembers(members);
  }

  /** {@code count} ordinary members, {@code member0} to {@code member<count - 1>}. */
  static ImportGroupMemberRequest membersOf(int count) {
    String[] accounts = new String[count];
    for (int i = 0; i < count; i++) {
      accounts[i] = "member" + i;
    }
    return membersOf(accounts);
  }

  static ImportGroupMemberRequest withMembers(List<ImportGroupMember> members) {
    return ImportGroupMemberRequest.builder().groupId("@TGS#2J4SZEAEL").memberList(members).build();
  }

  /** An ordinary member who joined at 1448357838, a second after the example group's creation. */
  static ImportGroupMember member(String account) {
    return ImportGroupMember.builder().memberAccount(account).joinTime(1448357838L).build();
  }

  /** set_unread_msg_num's example: peter has 10 unread messages in @TGS#2J4SZEAEL. */
  static SetUnreadMsgNumRequest exampleSetUnreadMsgNum() {
    return SetUnreadMsgNumRequest.builder().groupId("@TGS#2J4SZEAEL").memberAccount("peter").unreadMsgNum(10).build();
  }

  /** importmsg's example: leckie's "hi, beauty" to peter, as history (2), with MsgSeq and MsgRandom given. */
  static ImportC2cMsgRequest exampleImportC2cMsg() {
    return ImportC2cMsgRequest.builder()
        .syncFromOldSystem(2)
        .fromAccount("leckie")
        .toAccount("peter")
        .msgSeq(93847636L)
        .msgRandom(1287657L)
        .msgTimeStamp(1556178721L)
        .msgBody(List.of(text("hi, beauty")))
        .cloudCustomData("your cloud custom data")
        .build();
  }

  /** importmsg's example without MsgSeq and MsgRandom, for the client to fill in. */
  static ImportC2cMsgRequest exampleImportC2cMsgWithoutSeqAndRandom() {
    return exampleImportC2cMsg().toBuilder().msgSeq(null).msgRandom(null).build();
  }

  /** A clock the test moves by hand. */
  static final class MutableClock extends Clock {
    private volatile Instant now;

    MutableClock(Instant now) {
      this.now = now;
    }

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
