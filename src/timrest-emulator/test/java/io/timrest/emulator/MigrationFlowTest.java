package io.timrest.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The documented migration flow end to end (docs/server-rules.md §9): accounts, one-to-one
 * history, then import_group with a past CreateTime, import_group_member with JoinTimes,
 * import_group_msg, set_unread_msg_num, and reading it all back. The emulator's clock stays at its
 * normal "now" throughout; every imported time is simply in the past.
 */
class MigrationFlowTest {
  private static final long DAY = Duration.ofDays(1).toSeconds();

  private final Harness h = new Harness();
  private final long now = h.nowSeconds();
  private final long createTime = now - 90 * DAY;

  @AfterEach
  void stop() {
    h.close();
  }

  private void importAccounts() {
    Map<String, Object> answer = h.ok("im_open_login_svc/multiaccount_import", "{\"AccountList\":["
        + "{\"UserID\":\"leckie\",\"Nick\":\"Leckie\"},{\"UserID\":\"tommy\"},{\"UserID\":\"jared\"}]}");
    assertEquals(List.of(), answer.get("FailAccounts"));
  }

  private void importOneToOneHistory() {
    for (int i = 0; i < 3; i++) {
      h.ok("openim/importmsg", "{\"SyncFromOldSystem\":2,\"From_Account\":\"" + (i % 2 == 0 ? "tommy" : "jared")
          + "\",\"To_Account\":\"" + (i % 2 == 0 ? "jared" : "tommy") + "\",\"MsgSeq\":" + (100 + i)
          + ",\"MsgRandom\":" + (7000 + i) + ",\"MsgTimeStamp\":" + (createTime + i * DAY)
          + ",\"MsgBody\":" + Harness.text("c2c " + i) + "}");
    }
  }

  private Map<String, Object> importGroupMembers() {
    return h.ok("group_open_http_svc/import_group_member", "{\"GroupId\":\"MigratedGroup\",\"MemberList\":["
        + "{\"Member_Account\":\"tommy\",\"Role\":\"Admin\",\"JoinTime\":" + (createTime + DAY) + ",\"UnreadMsgNum\":5},"
        + "{\"Member_Account\":\"jared\",\"JoinTime\":" + (createTime + 2 * DAY) + "}]}");
  }

  /** Ten messages, one a day from the group's second day, in two requests (at most 7 each). */
  private List<Map<String, Object>> importGroupMessages() {
    List<Map<String, Object>> results = new ArrayList<>();
    for (int[] range : new int[][] {{0, 7}, {7, 10}}) {
      List<String> messages = new ArrayList<>();
      for (int i = range[0]; i < range[1]; i++) {
        messages.add("{\"From_Account\":\"" + (i % 3 == 0 ? "leckie" : i % 3 == 1 ? "tommy" : "jared")
            + "\",\"SendTime\":" + (createTime + (i + 2) * DAY) + ",\"Random\":" + (9000 + i)
            + ",\"MsgBody\":" + Harness.text("group " + i) + "}");
      }
      Map<String, Object> answer = h.ok("group_open_http_svc/import_group_msg", "{\"GroupId\":\"MigratedGroup\","
          + "\"MsgList\":[" + String.join(",", messages) + "]}");
      assertEquals("", answer.get("ErrorInfo"));
      results.addAll(Harness.list(answer.get("ImportMsgResult")));
    }
    return results;
  }

  private void setUnread(String account, long unread) {
    h.ok("group_open_http_svc/set_unread_msg_num", "{\"GroupId\":\"MigratedGroup\",\"Member_Account\":\"" + account
        + "\",\"UnreadMsgNum\":" + unread + "}");
  }

  private void migrate() {
    importAccounts();
    importOneToOneHistory();
    assertEquals("MigratedGroup", h.ok("group_open_http_svc/import_group", "{\"Owner_Account\":\"leckie\",\"Type\":\"Public\","
        + "\"GroupId\":\"MigratedGroup\",\"Name\":\"Migrated\",\"Introduction\":\"from the old system\","
        + "\"CreateTime\":" + createTime + "}").get("GroupId"));
    Map<String, Object> members = importGroupMembers();
    assertEquals(List.of(1L, 1L), Harness.list(members.get("MemberList")).stream()
        .map(m -> Harness.num(m.get("Result"))).toList());
    // The group has no messages yet, so tommy's UnreadMsgNum 5 is capped to 0; the guide sets
    // unread counts after the messages are in.
    assertEquals(0, h.unread("MigratedGroup", "tommy"));
    List<Map<String, Object>> imported = importGroupMessages();
    for (int i = 0; i < imported.size(); i++) {
      assertEquals(0L, Harness.num(imported.get(i).get("Result")), "message " + i);
      assertEquals(i + 1L, Harness.num(imported.get(i).get("MsgSeq")), "message " + i);
    }
    setUnread("tommy", 3);
    setUnread("jared", 25);
  }

  @Test
  void accountsGroupMembersMessagesAndUnreadCountsReadBack() {
    migrate();

    List<Map<String, Object>> history = h.history("MigratedGroup", 20);
    assertEquals(10, history.size());
    for (int i = 0; i < 10; i++) {
      Map<String, Object> message = history.get(9 - i);
      assertEquals(i + 1L, Harness.num(message.get("MsgSeq")));
      assertEquals(createTime + (i + 2) * DAY, Harness.num(message.get("MsgTimeStamp")));
      assertEquals(9000L + i, Harness.num(message.get("MsgRandom")));
    }
    assertEquals("jared", history.get(1).get("From_Account"));

    List<Map<String, Object>> members = h.members("MigratedGroup");
    assertEquals(List.of("leckie", "tommy", "jared"), members.stream().map(m -> m.get("Member_Account")).toList());
    assertEquals(List.of("Owner", "Admin", "Member"), members.stream().map(m -> m.get("Role")).toList());
    assertEquals(List.of(createTime, createTime + DAY, createTime + 2 * DAY),
        members.stream().map(m -> Harness.num(m.get("JoinTime"))).toList());
    assertEquals(0, h.unread("MigratedGroup", "leckie"));
    assertEquals(3, h.unread("MigratedGroup", "tommy"));
    assertEquals(10, h.unread("MigratedGroup", "jared"));

    List<Map<String, Object>> c2c = Harness.list(h.ok("openim/admin_getroammsg", "{\"Operator_Account\":\"tommy\","
        + "\"Peer_Account\":\"jared\",\"MaxCnt\":10,\"MinTime\":0,\"MaxTime\":" + now + "}").get("MsgList"));
    assertEquals(List.of("100_7000_" + createTime, "101_7001_" + (createTime + DAY), "102_7002_" + (createTime + 2 * DAY)),
        c2c.stream().map(m -> m.get("MsgKey")).toList());
  }

  @Test
  void resumingTheFlowFromTheStartChangesNothing() {
    migrate();

    importAccounts();
    importOneToOneHistory();
    assertEquals(10021, h.code("group_open_http_svc/import_group", "{\"Type\":\"Public\",\"GroupId\":\"MigratedGroup\","
        + "\"Name\":\"Migrated\",\"CreateTime\":" + createTime + "}"));
    assertEquals(List.of(2L, 2L), Harness.list(importGroupMembers().get("MemberList")).stream()
        .map(m -> Harness.num(m.get("Result"))).toList());
    // Within the 5-minute window the repeated messages are duplicates, answered with the original
    // MsgSeqs and stored once, and an import that stores nothing leaves the unread counts alone.
    List<Map<String, Object>> again = importGroupMessages();
    assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L),
        again.stream().map(m -> Harness.num(m.get("MsgSeq"))).toList());

    assertEquals(10, h.history("MigratedGroup", 20).size());
    assertEquals(3, h.unread("MigratedGroup", "tommy"));
    assertEquals(10, h.unread("MigratedGroup", "jared"));
    assertEquals(3, Harness.list(h.ok("openim/admin_getroammsg", "{\"Operator_Account\":\"jared\",\"Peer_Account\":"
        + "\"tommy\",\"MaxCnt\":10,\"MinTime\":0,\"MaxTime\":" + now + "}").get("MsgList")).size());
  }
}
