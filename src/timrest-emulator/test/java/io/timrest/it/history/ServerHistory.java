package io.timrest.it.history;

import com.squareup.moshi.JsonReader;
import io.timrest.RetryPolicy;
import io.timrest.TimApiException;
import io.timrest.TimRestClient;
import io.timrest.UserSig;
import io.timrest.emulator.TimEmulator;
import io.timrest.model.AdminGetRoamMsgRequest;
import io.timrest.model.AdminGetRoamMsgResponse;
import io.timrest.model.C2cMsg;
import io.timrest.model.GroupMsg;
import io.timrest.model.GroupMsgGetSimpleRequest;
import io.timrest.model.GroupMsgGetSimpleResponse;
import io.timrest.model.MsgElement;
import io.timrest.model.TIMTextElem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.Buffer;

/**
 * What an emulator holds of a migrated history, read back the way a user of the API would: every
 * group's messages page by page with group_msg_get_simple, every conversation with
 * admin_getroammsg, members and their unread counts with get_group_member_info. Compared with an
 * {@link ExpectedHistory}, it names every message that is missing, duplicated or unexpected.
 */
public final class ServerHistory {
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
  private static final int GROUP_PAGE = 20;
  private static final int ROAM_PAGE = 100;

  /** A plain call of get_group_member_info failed. */
  private static final class ReadBackFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ReadBackFailure(String message) {
      super(message);
    }
  }

  /** A member as get_group_member_info lists it: its account, JoinTime and read MsgSeq. */
  private record MemberInfo(String account, String role, long joinTime, long readSeq) {}

  private final TimEmulator emulator;
  private final TimRestClient client;
  private final OkHttpClient http = new OkHttpClient.Builder().retryOnConnectionFailure(false).build();

  private ServerHistory(TimEmulator emulator) {
    this.emulator = emulator;
    this.client = emulator.clientBuilder()
        .retryPolicy(RetryPolicy.none())
        .build();
  }

  /**
   * Asserts that {@code emulator} holds exactly what {@code expected} says, every message once and
   * in file order, read with faults switched off.
   *
   * @param expected what the file holds
   * @param emulator the server it was migrated to
   * @throws AssertionError naming every difference
   */
  public static void assertExactlyOnce(ExpectedHistory expected, TimEmulator emulator) {
    List<String> differences = differences(expected, emulator);
    if (!differences.isEmpty()) {
      throw new AssertionError("the server does not hold the history exactly once (" + differences.size()
          + " difference(s)):\n  " + String.join("\n  ", differences.subList(0, Math.min(30, differences.size()))));
    }
  }

  /**
   * Every way in which {@code emulator} differs from {@code expected}.
   *
   * @param expected what the file holds
   * @param emulator the server it was migrated to
   * @return the differences, empty when there is none
   */
  public static List<String> differences(ExpectedHistory expected, TimEmulator emulator) {
    ServerHistory server = new ServerHistory(emulator);
    try {
      return server.compare(expected);
    } finally {
      server.client.close();
      server.http.dispatcher().executorService().shutdown();
      server.http.connectionPool().evictAll();
    }
  }

  private List<String> compare(ExpectedHistory expected) {
    List<String> differences = new ArrayList<>();
    for (Map.Entry<String, List<String>> group : expected.groupTexts.entrySet()) {
      String groupId = group.getKey();
      List<GroupMsg> messages;
      Map<String, MemberInfo> members;
      try {
        messages = groupMessages(groupId);
        members = members(groupId);
      } catch (TimApiException | ReadBackFailure e) {
        differences.add("group " + groupId + ": cannot be read back: " + e.getMessage());
        continue;
      }
      compareTexts("group " + groupId, group.getValue(), messages.stream().map(m -> text(m.msgBody().orElse(List.of()))).toList(),
          differences);
      long lastSeq = messages.isEmpty() ? 0 : messages.get(messages.size() - 1).msgSeq();
      List<ExpectedHistory.Member> expectedMembers = expected.members.getOrDefault(groupId, List.of());
      Set<String> expectedAccounts = new HashSet<>();
      for (ExpectedHistory.Member member : expectedMembers) {
        expectedAccounts.add(member.account());
        MemberInfo info = members.get(member.account());
        if (info == null) {
          differences.add("group " + groupId + ": member " + member.account() + " is missing");
        } else if (info.joinTime() != member.joinTime()) {
          differences.add("group " + groupId + ": member " + member.account() + " joined at " + info.joinTime()
              + " instead of " + member.joinTime());
        }
      }
      for (MemberInfo info : members.values()) {
        if (!info.role().equals("Owner") && !expectedAccounts.contains(info.account())) {
          differences.add("group " + groupId + ": unexpected member " + info.account());
        }
      }
      for (Map.Entry<String, Long> unread : expected.unread.getOrDefault(groupId, Map.of()).entrySet()) {
        MemberInfo info = members.get(unread.getKey());
        long expectedUnread = Math.min(unread.getValue(), group.getValue().size());
        if (info == null) {
          differences.add("group " + groupId + ": no member " + unread.getKey() + " for its unread count");
        } else if (lastSeq - info.readSeq() != expectedUnread) {
          differences.add("group " + groupId + ": " + unread.getKey() + " has " + (lastSeq - info.readSeq())
              + " unread instead of " + expectedUnread);
        }
      }
    }
    for (Map.Entry<String, List<String>> conversation : expected.c2cTexts.entrySet()) {
      String[] accounts = conversation.getKey().split("\\|");
      String where = "conversation " + accounts[0] + "/" + accounts[1];
      try {
        compareTexts(where, conversation.getValue(), c2cTexts(accounts[0], accounts[1]), differences);
      } catch (TimApiException e) {
        differences.add(where + ": cannot be read back: " + e.getMessage());
      }
    }
    return differences;
  }

  /** Adds what differs between the texts a conversation should hold and those it holds. */
  static void compareTexts(String where, List<String> expected, List<String> actual, List<String> differences) {
    if (expected.equals(actual)) {
      return;
    }
    Map<String, Integer> counts = new HashMap<>();
    for (String text : actual) {
      counts.merge(text, 1, Integer::sum);
    }
    Set<String> wanted = new HashSet<>(expected);
    List<String> duplicated = new ArrayList<>();
    List<String> unexpected = new ArrayList<>();
    counts.forEach((text, count) -> {
      if (count > 1) {
        duplicated.add(text + " (" + count + " times)");
      }
      if (!wanted.contains(text)) {
        unexpected.add(text);
      }
    });
    List<String> missing = expected.stream().filter(text -> !counts.containsKey(text)).toList();
    Collections.sort(duplicated);
    Collections.sort(unexpected);
    StringBuilder difference = new StringBuilder(where + ": " + actual.size() + " message(s) instead of " + expected.size());
    appendSome(difference, "duplicated", duplicated);
    appendSome(difference, "missing", missing);
    appendSome(difference, "unexpected", unexpected);
    if (duplicated.isEmpty() && missing.isEmpty() && unexpected.isEmpty()) {
      difference.append(", out of file order: ").append(actual);
    }
    differences.add(difference.toString());
  }

  private static void appendSome(StringBuilder difference, String what, List<String> texts) {
    if (!texts.isEmpty()) {
      difference.append(", ").append(what).append(": ").append(texts.subList(0, Math.min(5, texts.size())));
      if (texts.size() > 5) {
        difference.append(" and ").append(texts.size() - 5).append(" more");
      }
    }
  }

  /** Every message of a group, oldest first, paging back from the newest. */
  private List<GroupMsg> groupMessages(String groupId) {
    List<GroupMsg> messages = new ArrayList<>();
    Long before = null;
    while (true) {
      GroupMsgGetSimpleRequest.Builder page = GroupMsgGetSimpleRequest.builder().groupId(groupId).reqMsgNumber(GROUP_PAGE);
      if (before != null) {
        page.reqMsgSeq(before);
      }
      GroupMsgGetSimpleResponse response = client.groupMsgGetSimple(page.build());
      List<GroupMsg> list = response.rspMsgList();
      messages.addAll(list);
      long oldest = list.stream().mapToLong(GroupMsg::msgSeq).min().orElse(0);
      if (list.isEmpty() || response.isFinished() != 0 || oldest <= 1) {
        break;
      }
      before = oldest - 1;
    }
    messages.sort(Comparator.comparingLong(GroupMsg::msgSeq));
    return messages;
  }

  /** Every message between two accounts, oldest first, paging back from the newest. */
  private List<String> c2cTexts(String one, String other) {
    List<List<C2cMsg>> pages = new ArrayList<>();
    long maxTime = emulator.config().clock().instant().getEpochSecond();
    String lastKey = null;
    while (true) {
      AdminGetRoamMsgRequest.Builder request = AdminGetRoamMsgRequest.builder()
          .operatorAccount(one).peerAccount(other).maxCnt(ROAM_PAGE).minTime(0L).maxTime(maxTime);
      if (lastKey != null) {
        request.lastMsgKey(lastKey);
      }
      AdminGetRoamMsgResponse response = client.adminGetRoamMsg(request.build());
      List<C2cMsg> page = response.msgList();
      pages.add(page);
      if (page.isEmpty() || response.complete() != 0) {
        break;
      }
      maxTime = response.lastMsgTime();
      lastKey = response.lastMsgKey();
    }
    Collections.reverse(pages);
    List<String> texts = new ArrayList<>();
    for (List<C2cMsg> page : pages) {
      for (C2cMsg message : page) {
        texts.add(text(message.msgBody().orElse(List.of())));
      }
    }
    return texts;
  }

  private static String text(List<MsgElement> body) {
    if (body.size() != 1 || !(body.get(0) instanceof TIMTextElem)) {
      return "(not one text element: " + body + ")";
    }
    return ((TIMTextElem) body.get(0)).msgContent().text();
  }

  /** get_group_member_info's members by account, in a plain HTTP call (the client has no such method). */
  @SuppressWarnings("unchecked")
  private Map<String, MemberInfo> members(String groupId) {
    String admin = emulator.config().adminIdentifier();
    HttpUrl url = HttpUrl.get(emulator.baseUrl()).newBuilder()
        .addPathSegments("v4/group_open_http_svc/get_group_member_info")
        .addQueryParameter("sdkappid", Long.toString(emulator.config().sdkAppId()))
        .addQueryParameter("identifier", admin)
        .addQueryParameter("usersig", UserSig.generate(emulator.config().sdkAppId(), emulator.secretKey(), admin,
            Duration.ofDays(1), emulator.config().clock()))
        .addQueryParameter("random", Integer.toUnsignedString(ThreadLocalRandom.current().nextInt()))
        .addQueryParameter("contenttype", "json")
        .build();
    Request request = new Request.Builder().url(url)
        .post(RequestBody.create("{\"GroupId\":" + quote(groupId) + "}", JSON)).build();
    Map<String, Object> answer;
    try (Response response = http.newCall(request).execute()) {
      answer = (Map<String, Object>) JsonReader.of(new Buffer().writeUtf8(response.body().string())).readJsonValue();
    } catch (IOException e) {
      throw new UncheckedIOException("get_group_member_info of " + groupId, e);
    }
    if (((Number) answer.get("ErrorCode")).longValue() != 0) {
      throw new ReadBackFailure("get_group_member_info failed: " + answer);
    }
    Map<String, MemberInfo> members = new LinkedHashMap<>();
    for (Map<String, Object> member : (List<Map<String, Object>>) answer.get("MemberList")) {
      String account = (String) member.get("Member_Account");
      members.put(account, new MemberInfo(account, (String) member.get("Role"),
          ((Number) member.get("JoinTime")).longValue(), ((Number) member.get("MsgSeq")).longValue()));
    }
    return members;
  }

  private static String quote(String text) {
    Buffer buffer = new Buffer();
    try (com.squareup.moshi.JsonWriter writer = com.squareup.moshi.JsonWriter.of(buffer)) {
      writer.value(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return buffer.readUtf8();
  }
}
