package io.timrest.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * group_open_http_svc/import_group_member (docs/server-rules.md §9;
 * https://cloud.tencent.com/document/product/269/1636).
 */
class ImportGroupMemberTest {
  private static final String IMPORT = "group_open_http_svc/import_group_member";
  private static final long DAY = Duration.ofDays(1).toSeconds();

  private final Harness h = new Harness();
  private long createTime;
  private String group;

  @BeforeEach
  void importAGroupCreatedThirtyDaysAgo() {
    for (String account : List.of("leckie", "tommy", "jared", "peter")) {
      h.importAccount(account);
    }
    createTime = h.nowSeconds() - 30 * DAY;
    group = (String) h.ok("group_open_http_svc/import_group", "{\"Type\":\"Public\",\"Name\":\"g\","
        + "\"Owner_Account\":\"leckie\",\"CreateTime\":" + createTime + "}").get("GroupId");
  }

  @AfterEach
  void stop() {
    h.close();
  }

  private static String member(String account, Long joinTime, Long unread) {
    return "{\"Member_Account\":\"" + account + "\""
        + (joinTime == null ? "" : ",\"JoinTime\":" + joinTime)
        + (unread == null ? "" : ",\"UnreadMsgNum\":" + unread) + "}";
  }

  private Map<String, Object> importMembers(String groupId, String... members) {
    return h.call(IMPORT, "{\"GroupId\":\"" + groupId + "\",\"MemberList\":[" + String.join(",", members) + "]}");
  }

  private static List<Long> results(Map<String, Object> answer) {
    List<Long> results = new ArrayList<>();
    for (Map<String, Object> entry : Harness.list(answer.get("MemberList"))) {
      results.add(Harness.num(entry.get("Result")));
    }
    return results;
  }

  private Map<String, Object> memberInfo(String account) {
    for (Map<String, Object> member : h.members(group)) {
      if (account.equals(member.get("Member_Account"))) {
        return member;
      }
    }
    return null;
  }

  private void importMessages(int count) {
    List<String> messages = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      messages.add("{\"From_Account\":\"leckie\",\"SendTime\":" + (createTime + DAY + i) + ",\"MsgBody\":"
          + Harness.text("m" + i) + "}");
    }
    h.ok("group_open_http_svc/import_group_msg", "{\"GroupId\":\"" + group + "\",\"MsgList\":["
        + String.join(",", messages) + "]}");
  }

  @Test
  void newMembersAreImportedWithResult1AndTheirJoinTime() {
    Map<String, Object> answer = importMembers(group,
        member("tommy", createTime + 10, null), member("jared", createTime + 20, null));
    assertEquals(0L, Harness.num(answer.get("ErrorCode")));
    assertEquals(List.of(1L, 1L), results(answer));
    assertEquals(List.of("tommy", "jared"),
        List.of(Harness.list(answer.get("MemberList")).get(0).get("Member_Account"),
            Harness.list(answer.get("MemberList")).get(1).get("Member_Account")));
    assertEquals(createTime + 10, Harness.num(memberInfo("tommy").get("JoinTime")));
    assertEquals("Member", memberInfo("jared").get("Role"));
    assertEquals(List.of("leckie", "tommy", "jared"),
        h.members(group).stream().map(m -> m.get("Member_Account")).toList());
  }

  @Test
  void anExistingMemberGetsResult2AndIsLeftAsItWas() {
    importMembers(group, member("tommy", createTime + 10, null));
    Map<String, Object> answer = importMembers(group,
        member("tommy", createTime + 99, null), member("leckie", createTime + 5, null), member("jared", createTime + 20, null));
    assertEquals(List.of(2L, 2L, 1L), results(answer));
    assertEquals(createTime + 10, Harness.num(memberInfo("tommy").get("JoinTime")));
    assertEquals("Owner", memberInfo("leckie").get("Role"));
  }

  @Test
  void theSameAccountTwiceInOneRequestIsImportedOnce() {
    assertEquals(List.of(1L, 2L), results(importMembers(group,
        member("tommy", createTime + 10, null), member("tommy", createTime + 10, null))));
    assertEquals(2, h.members(group).size());
  }

  @Test
  void joinTimeBeforeTheGroupsCreationGetsResult0WithTheReason() {
    Map<String, Object> answer = importMembers(group,
        member("tommy", createTime - 1, null), member("jared", createTime + 1, null));
    assertEquals(List.of(0L, 1L), results(answer));
    assertEquals(0L, Harness.num(answer.get("ErrorCode")));
    String info = (String) answer.get("ErrorInfo");
    assertTrue(info.contains("MemberList[0] tommy") && info.contains("not later than the group's creation time"), info);
    assertEquals(null, memberInfo("tommy"));
  }

  @Test
  void joinTimeEqualToTheCreateTimeGetsResult0() {
    // "大于群的创建时间": strictly later, so the creation second itself fails.
    assertEquals(List.of(0L), results(importMembers(group, member("tommy", createTime, null))));
  }

  @Test
  void joinTimeNotBeforeNowGetsResult0WithTheReason() {
    long now = h.nowSeconds();
    Map<String, Object> answer = importMembers(group,
        member("tommy", now, null), member("jared", now + 60, null), member("peter", now - 1, null));
    assertEquals(List.of(0L, 0L, 1L), results(answer));
    String info = (String) answer.get("ErrorInfo");
    assertTrue(info.contains("MemberList[0] tommy: JoinTime " + now + " is not earlier than now"), info);
    assertTrue(info.contains("MemberList[1] jared"), info);
    assertTrue(!info.contains("peter"), info);
  }

  @Test
  void aFullySuccessfulImportHasAnEmptyErrorInfo() {
    assertEquals("", importMembers(group, member("tommy", createTime + 1, null)).get("ErrorInfo"));
  }

  @Test
  void withoutJoinTimeTheMemberJoinsNow() {
    assertEquals(List.of(1L), results(importMembers(group, member("tommy", null, null))));
    assertEquals(h.nowSeconds(), Harness.num(memberInfo("tommy").get("JoinTime")));
  }

  @Test
  void roleAdminIsKept() {
    importMembers(group, "{\"Member_Account\":\"tommy\",\"Role\":\"Admin\",\"JoinTime\":" + (createTime + 1) + "}");
    assertEquals("Admin", memberInfo("tommy").get("Role"));
  }

  @Test
  void anyRoleButAdminIs10004() {
    assertEquals(10004L, Harness.num(importMembers(group, "{\"Member_Account\":\"tommy\",\"Role\":\"Owner\"}").get("ErrorCode")));
    assertEquals(10004L, Harness.num(importMembers(group, "{\"Member_Account\":\"tommy\",\"Role\":\"Member\"}").get("ErrorCode")));
    assertEquals(null, memberInfo("tommy"));
  }

  @Test
  void anUnknownAccountIs10019AndImportsNobody() {
    Map<String, Object> answer = importMembers(group, member("tommy", createTime + 1, null), member("ghost", createTime + 2, null));
    assertEquals(10019L, Harness.num(answer.get("ErrorCode")));
    assertTrue(((String) answer.get("ErrorInfo")).contains("ghost"), answer.toString());
    assertEquals(null, memberInfo("tommy"));
  }

  @Test
  void twentyMembersAreAcceptedAndTwentyOneAre10005() {
    List<String> twenty = new ArrayList<>();
    for (int i = 0; i < 21; i++) {
      h.importAccount("m" + i);
      twenty.add(member("m" + i, createTime + 1 + i, null));
    }
    String[] all = twenty.toArray(new String[0]);
    assertEquals(10005L, Harness.num(importMembers(group, all).get("ErrorCode")));
    assertEquals(1, h.members(group).size());
    Map<String, Object> answer = importMembers(group, twenty.subList(0, 20).toArray(new String[0]));
    assertEquals(0L, Harness.num(answer.get("ErrorCode")));
    assertEquals(20, results(answer).size());
    assertEquals(21, h.members(group).size());
  }

  @Test
  void theMemberLimitIsConfigurableForAppsOnAnOlderPagesLimit() {
    try (Harness older = new Harness(b -> b.importGroupMemberLimit(100))) {
      String groupId = older.createGroup("Public");
      older.clock.advance(Duration.ofMinutes(1));
      List<String> members = new ArrayList<>();
      for (int i = 0; i < 21; i++) {
        older.importAccount("m" + i);
        members.add(member("m" + i, null, null));
      }
      assertEquals(0L, Harness.num(older.call(IMPORT, "{\"GroupId\":\"" + groupId + "\",\"MemberList\":["
          + String.join(",", members) + "]}").get("ErrorCode")));
    }
  }

  @Test
  void unreadMsgNumIsKeptWhenWithinTheGroupsMessageCount() {
    importMessages(3);
    importMembers(group, member("tommy", createTime + 1, 2L));
    assertEquals(2, h.unread(group, "tommy"));
  }

  @Test
  void unreadMsgNumAboveTheGroupsMessageCountIsCappedToIt() {
    importMessages(3);
    importMembers(group, member("tommy", createTime + 1, 5L), member("jared", createTime + 1, 3L),
        member("peter", createTime + 1, null));
    assertEquals(3, h.unread(group, "tommy"));
    assertEquals(3, h.unread(group, "jared"));
    assertEquals(0, h.unread(group, "peter"));
  }

  @Test
  void unreadMsgNumOfAnEmptyGroupIsCappedToZero() {
    importMembers(group, member("tommy", createTime + 1, 5L));
    assertEquals(0, h.unread(group, "tommy"));
  }

  @Test
  void negativeUnreadMsgNumIs10004() {
    assertEquals(10004L, Harness.num(importMembers(group, member("tommy", createTime + 1, -1L)).get("ErrorCode")));
  }

  @Test
  void importedMembersAreMembersForSetUnreadMsgNum() {
    importMessages(2);
    importMembers(group, member("tommy", createTime + 1, null));
    assertEquals(0, h.code("group_open_http_svc/set_unread_msg_num",
        "{\"GroupId\":\"" + group + "\",\"Member_Account\":\"tommy\",\"UnreadMsgNum\":1}"));
    assertEquals(1, h.unread(group, "tommy"));
  }

  @Test
  void avChatRoomIs10007() {
    String live = h.createGroup("AVChatRoom");
    assertEquals(10007L, Harness.num(importMembers(live, member("tommy", null, null)).get("ErrorCode")));
  }

  @Test
  void missingGroupIs10010AndMalformedGroupIdIs10015() {
    assertEquals(10010L, Harness.num(importMembers("no-such-group", member("tommy", null, null)).get("ErrorCode")));
    assertEquals(10015L, Harness.num(importMembers("g".repeat(49), member("tommy", null, null)).get("ErrorCode")));
  }

  @Test
  void missingOrEmptyMemberListIs10004() {
    assertEquals(10004, h.code(IMPORT, "{\"GroupId\":\"" + group + "\"}"));
    assertEquals(10004L, Harness.num(importMembers(group).get("ErrorCode")));
    assertEquals(10004L, Harness.num(importMembers(group, "{\"JoinTime\":1}").get("ErrorCode")));
  }
}
