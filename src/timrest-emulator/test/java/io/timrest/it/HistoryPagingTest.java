package io.timrest.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.timrest.MsgElements;
import io.timrest.RetryPolicy;
import io.timrest.TimApiException;
import io.timrest.TimRestClient;
import io.timrest.TimValidationException;
import io.timrest.emulator.EmulatorConfig;
import io.timrest.emulator.MutableClock;
import io.timrest.emulator.TimEmulatorExtension;
import io.timrest.model.AccountImportRequest;
import io.timrest.model.AdminGetRoamMsgRequest;
import io.timrest.model.C2cMsg;
import io.timrest.model.CreateGroupRequest;
import io.timrest.model.GroupMsg;
import io.timrest.model.GroupMsgGetSimpleRequest;
import io.timrest.model.MsgElement;
import io.timrest.model.SendGroupMsgRequest;
import io.timrest.model.SendMsgRequest;
import io.timrest.model.TIMTextElem;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code groupMessages} and {@code conversationMessages} walk whole histories over real HTTP, one
 * call per page and only when the stream needs it; every call the client makes is recorded.
 */
class HistoryPagingTest {
  private static final Instant START = Instant.parse("2026-03-01T00:00:00Z");
  private static final MutableClock CLOCK = MutableClock.at(START);
  private static final Pattern REQ_MSG_SEQ = Pattern.compile("\"ReqMsgSeq\":(\\d+)");
  private static final Pattern LAST_MSG_KEY = Pattern.compile("\"LastMsgKey\":\"([^\"]*)\"");

  /**
   * An emulator per test, so that one test's conversation is not in the next one's. The clock
   * stands still, so the documented 200 calls/s would refuse the setup's sends.
   */
  @RegisterExtension
  final TimEmulatorExtension tim =
      new TimEmulatorExtension(EmulatorConfig.builder().clock(CLOCK).rateLimitPerSecond(0).build(), builder -> builder);

  /** The body of every call the client under test made, in order. */
  private final List<String> calls = new CopyOnWriteArrayList<>();
  private TimRestClient client;

  @BeforeEach
  void recordingClient() {
    Interceptor record = chain -> {
      Buffer body = new Buffer();
      chain.request().body().writeTo(body);
      String path = chain.request().url().encodedPath();
      calls.add(path.substring(path.lastIndexOf('/') + 1) + " " + body.readUtf8());
      return chain.proceed(chain.request());
    };
    client = tim.emulator().clientBuilder()
        .okHttpClient(new OkHttpClient.Builder().addInterceptor(record).build())
        .retryPolicy(RetryPolicy.none())
        .build();
    for (String user : List.of("alice", "bob")) {
      tim.client().accountImport(AccountImportRequest.builder().userID(user).build());
    }
  }

  @AfterEach
  void closeClient() {
    client.close();
  }

  private static List<MsgElement> text(String text) {
    return List.of(MsgElements.text(text));
  }

  private static String textOf(List<MsgElement> body) {
    return ((TIMTextElem) body.get(0)).msgContent().text();
  }

  /** A group with {@code messages} messages "m1".."mN" (MsgSeq 1..N). */
  private String groupWith(int messages) {
    String groupId = tim.client().createGroup(CreateGroupRequest.builder().type("Public").name("paging").ownerAccount("alice")
        .build()).groupId();
    for (int i = 1; i <= messages; i++) {
      tim.client().sendGroupMsg(SendGroupMsgRequest.builder()
          .groupId(groupId).fromAccount("alice").random((long) i).msgBody(text("m" + i)).build());
    }
    return groupId;
  }

  /** {@code messages} one-to-one messages "c1".."cN", alternating directions, {@code perSecond} in each second. */
  private List<String> conversationOf(int messages, int perSecond) {
    List<String> sent = new ArrayList<>();
    long first = CLOCK.instant().getEpochSecond() - 1 - messages / perSecond;
    for (int i = 1; i <= messages; i++) {
      boolean fromAlice = i % 2 == 1;
      tim.client().sendMsg(SendMsgRequest.builder()
          .fromAccount(fromAlice ? "alice" : "bob").toAccount(fromAlice ? "bob" : "alice")
          .msgRandom((long) i).msgTimeStamp(first + (i - 1) / perSecond).msgBody(text("c" + i)).build());
      sent.add("c" + i);
    }
    return sent;
  }

  private List<String> pagedCalls(String command) {
    return calls.stream().filter(call -> call.startsWith(command + " ")).collect(Collectors.toList());
  }

  private static List<Long> seqs(List<GroupMsg> messages) {
    return messages.stream().map(GroupMsg::msgSeq).collect(Collectors.toList());
  }

  private static List<Long> descending(long from, long to) {
    return LongStream.rangeClosed(to, from).map(seq -> from + to - seq).boxed().collect(Collectors.toList());
  }

  private static Long reqMsgSeq(String call) {
    Matcher m = REQ_MSG_SEQ.matcher(call);
    return m.find() ? Long.valueOf(m.group(1)) : null;
  }

  @Test
  void aGroupOfFivePagesIsWalkedNewestFirstInFiveCalls() {
    String groupId = groupWith(95);

    List<GroupMsg> history = client.groupMessages(groupId).collect(Collectors.toList());

    assertEquals(descending(95, 1), seqs(history), "every message once, newest first");
    assertEquals("m95", textOf(history.get(0).msgBody().orElseThrow()));
    assertEquals("m1", textOf(history.get(94).msgBody().orElseThrow()));
    List<String> pages = pagedCalls("group_msg_get_simple");
    assertEquals(5, pages.size(), pages::toString);
    List<Long> asked = pages.stream().map(HistoryPagingTest::reqMsgSeq).collect(Collectors.toList());
    assertEquals(Arrays.asList(null, 75L, 55L, 35L, 15L), asked, "each page starts below the previous one");
    assertTrue(pages.stream().allMatch(call -> call.contains("\"ReqMsgNumber\":20")), pages::toString);
  }

  @Test
  void nothingIsFetchedBeforeTheStreamIsConsumedAndLimitStopsFetching() {
    String groupId = groupWith(95);

    Stream<GroupMsg> stream = client.groupMessages(groupId);
    assertEquals(List.of(), pagedCalls("group_msg_get_simple"), "creating the stream calls nothing");

    assertEquals(descending(95, 76), seqs(stream.limit(20).collect(Collectors.toList())));
    assertEquals(1, pagedCalls("group_msg_get_simple").size(), "twenty messages are one page");

    assertEquals(descending(95, 71), seqs(client.groupMessages(groupId).limit(25).collect(Collectors.toList())));
    assertEquals(3, pagedCalls("group_msg_get_simple").size(), "the 21st to 25th message needed one more page");

    Iterator<GroupMsg> iterator = client.groupMessages(groupId).iterator();
    assertEquals(3, pagedCalls("group_msg_get_simple").size(), "an iterator fetches nothing until asked");
    assertEquals(95, iterator.next().msgSeq());
    assertEquals(4, pagedCalls("group_msg_get_simple").size());
  }

  @Test
  void anEmptyGroupIsOneCallAndNoMessage() {
    String groupId = groupWith(0);

    assertEquals(List.of(), client.groupMessages(groupId).collect(Collectors.toList()));
    assertEquals(1, pagedCalls("group_msg_get_simple").size());
  }

  @Test
  void exactPageBoundariesMakeNoExtraCall() {
    String twenty = groupWith(20);
    assertEquals(descending(20, 1), seqs(client.groupMessages(twenty).collect(Collectors.toList())));
    assertEquals(1, pagedCalls("group_msg_get_simple").size(), "IsFinished 1 on the only page");

    calls.clear();
    String forty = groupWith(40);
    assertEquals(descending(40, 1), seqs(client.groupMessages(forty).collect(Collectors.toList())));
    assertEquals(2, pagedCalls("group_msg_get_simple").size());

    calls.clear();
    String one = groupWith(1);
    assertEquals(List.of(1L), seqs(client.groupMessages(one).collect(Collectors.toList())));
    assertEquals(1, pagedCalls("group_msg_get_simple").size());
  }

  @Test
  void theFirstPagesRequestSetsThePageSizeAndWhereToStart() {
    String groupId = groupWith(30);

    List<GroupMsg> older = client.groupMessages(GroupMsgGetSimpleRequest.builder()
        .groupId(groupId).reqMsgNumber(7).reqMsgSeq(25L).build()).collect(Collectors.toList());

    assertEquals(descending(25, 1), seqs(older));
    List<Long> asked = pagedCalls("group_msg_get_simple").stream().map(HistoryPagingTest::reqMsgSeq).collect(Collectors.toList());
    assertEquals(List.of(25L, 18L, 11L, 4L), asked);
  }

  @Test
  void anInvalidFirstPageIsRefusedAtOnceAndAnUnknownGroupWhenConsumed() {
    TimValidationException invalid = assertThrows(TimValidationException.class, () -> client.groupMessages(
        GroupMsgGetSimpleRequest.builder().groupId("g").reqMsgNumber(21).build()));
    assertEquals("ReqMsgNumber", invalid.field());

    Stream<GroupMsg> unknown = client.groupMessages("no-such-group");
    TimApiException e = assertThrows(TimApiException.class, unknown::count);
    assertEquals(10010, e.errorCode(), "the single call's exception, not wrapped");
    assertEquals(List.of(), calls.stream().filter(call -> call.contains("\"ReqMsgNumber\":21")).collect(Collectors.toList()));
  }

  @Test
  void aFailedPageThrowsTheSingleCallsExceptionAndIsAskedForAgainOnTheNextTry() {
    String groupId = groupWith(45);
    Iterator<GroupMsg> history = client.groupMessages(groupId).iterator();
    List<Long> seen = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      seen.add(history.next().msgSeq());
    }

    tim.emulator().faults().setRetryableErrorRate(1.0);
    TimApiException failed = assertThrows(TimApiException.class, history::hasNext);
    assertEquals(10002, failed.errorCode(), "group_open_http_svc's internal error, as thrown by groupMsgGetSimple");
    assertTrue(failed.isRetryable());

    tim.emulator().faults().setRetryableErrorRate(0.0);
    history.forEachRemaining(message -> seen.add(message.msgSeq()));
    assertEquals(descending(45, 1), seen, "nothing skipped, nothing twice");
    List<Long> asked = pagedCalls("group_msg_get_simple").stream().map(HistoryPagingTest::reqMsgSeq).collect(Collectors.toList());
    assertEquals(Arrays.asList(null, 25L, 25L, 5L), asked, "the failed page is asked for again");
  }

  @Test
  void aConversationOfThreePagesIsWalkedNewestFirstWithSevenMessagesASecond() {
    List<String> sent = conversationOf(250, 7);

    List<C2cMsg> history = client.conversationMessages("alice", "bob", 0, CLOCK.instant().getEpochSecond())
        .collect(Collectors.toList());

    List<String> newestFirst = new ArrayList<>(sent);
    Collections.reverse(newestFirst);
    assertEquals(newestFirst, history.stream().map(m -> textOf(m.msgBody().orElseThrow())).collect(Collectors.toList()),
        "every message once, newest first, the same-second ones at page boundaries included");
    List<String> pages = pagedCalls("admin_getroammsg");
    assertEquals(3, pages.size(), pages::toString);
    assertFalse(LAST_MSG_KEY.matcher(pages.get(0)).find(), "the first page continues from nothing");
    for (int i = 1; i < pages.size(); i++) {
      Matcher key = LAST_MSG_KEY.matcher(pages.get(i));
      assertTrue(key.find(), pages.get(i));
      String oldestOfPreviousPage = history.get(100 * i - 1).msgKey();
      assertEquals(oldestOfPreviousPage, key.group(1), "continues from the previous page's oldest message");
      long itsTime = history.get(100 * i - 1).msgTimeStamp().orElseThrow();
      assertTrue(pages.get(i).contains("\"MaxTime\":" + itsTime), pages.get(i));
    }
  }

  @Test
  void manyMessagesOfOneSecondArePagedByKeyNeitherRepeatedNorSkipped() {
    List<String> sent = conversationOf(30, 30);

    List<String> history = client.conversationMessages(AdminGetRoamMsgRequest.builder()
            .operatorAccount("bob").peerAccount("alice").maxCnt(7).minTime(0L).maxTime(CLOCK.instant().getEpochSecond()).build())
        .map(m -> textOf(m.msgBody().orElseThrow()))
        .collect(Collectors.toList());

    List<String> newestFirst = new ArrayList<>(sent);
    Collections.reverse(newestFirst);
    assertEquals(newestFirst, history);
    assertEquals(5, pagedCalls("admin_getroammsg").size(), "7 + 7 + 7 + 7 + 2");
  }

  @Test
  void anExactPageOfAConversationEndsWithoutAnotherCallAndLimitStopsFetching() {
    conversationOf(200, 3);
    long now = CLOCK.instant().getEpochSecond();

    Stream<C2cMsg> stream = client.conversationMessages("alice", "bob", 0, now);
    assertEquals(List.of(), pagedCalls("admin_getroammsg"), "creating the stream calls nothing");
    assertEquals(200, stream.count());
    assertEquals(2, pagedCalls("admin_getroammsg").size(), "Complete 1 on the second full page");

    calls.clear();
    assertEquals(101, client.conversationMessages("alice", "bob", 0, now).limit(101).count());
    assertEquals(2, pagedCalls("admin_getroammsg").size());
    calls.clear();
    assertEquals(100, client.conversationMessages("alice", "bob", 0, now).limit(100).count());
    assertEquals(1, pagedCalls("admin_getroammsg").size());
  }

  @Test
  void anEmptyRangeIsOneCallAndAnUnknownAccountTheSingleCallsException() {
    conversationOf(5, 5);
    long past = START.minus(Duration.ofDays(365)).getEpochSecond();

    assertEquals(0, client.conversationMessages("alice", "bob", past, past + 60).count());
    assertEquals(1, pagedCalls("admin_getroammsg").size());

    TimApiException e = assertThrows(TimApiException.class,
        () -> client.conversationMessages("alice", "nobody", 0, CLOCK.instant().getEpochSecond()).findFirst());
    assertEquals(20003, e.errorCode());
    assertThrows(TimValidationException.class, () -> client.conversationMessages("alice", "bob", 10, 9));
  }
}
