package io.timrest.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * group_open_http_svc/set_unread_msg_num and the unread counts behind it (docs/server-rules.md §4,
 * §9; https://cloud.tencent.com/document/product/269/1637).
 */
class SetUnreadMsgNumTest {
  private static final String SET = "group_open_http_svc/set_unread_msg_num";

  private final Harness h = new Harness();
  private long created;
  private String group;

  @BeforeEach
  void createAGroupWithTwoMembersAnHourAgo() {
    h.importAccount("leckie");
    h.importAccount("bob");
    h.importAccount("outsider");
    created = h.nowSeconds();
    group = (String) h.ok("group_open_http_svc/create_group", "{\"Type\":\"Public\",\"Name\":\"g\","
        + "\"Owner_Account\":\"leckie\",\"MemberList\":[{\"Member_Account\":\"bob\"}]}").get("GroupId");
    h.clock.advance(Duration.ofHours(1));
  }

  @AfterEach
  void stop() {
    h.close();
  }

  private long set(String groupId, String account, long unread) {
    return h.code(SET, "{\"GroupId\":\"" + groupId + "\",\"Member_Account\":\"" + account + "\",\"UnreadMsgNum\":" + unread + "}");
  }

  private void importMessages(long... offsets) {
    StringBuilder messages = new StringBuilder();
    for (long offset : offsets) {
      if (messages.length() > 0) {
        messages.append(',');
      }
      messages.append("{\"From_Account\":\"leckie\",\"Random\":").append(offset).append(",\"SendTime\":")
          .append(created + offset).append(",\"MsgBody\":").append(Harness.text("m")).append('}');
    }
    h.ok("group_open_http_svc/import_group_msg", "{\"GroupId\":\"" + group + "\",\"MsgList\":[" + messages + "]}");
  }

  @Test
  void setsTheUnreadCountOfOneMember() {
    importMessages(1, 2, 3, 4, 5);
    assertEquals(0, set(group, "bob", 4));
    assertEquals(4, h.unread(group, "bob"));
    assertEquals(0, h.unread(group, "leckie"));
  }

  @Test
  void aCountAboveTheGroupsMessageCountIsCappedToIt() {
    importMessages(1, 2, 3);
    assertEquals(0, set(group, "bob", 1000));
    assertEquals(3, h.unread(group, "bob"));
  }

  @Test
  void zeroMarksEverythingRead() {
    importMessages(1, 2);
    set(group, "bob", 2);
    set(group, "bob", 0);
    assertEquals(0, h.unread(group, "bob"));
  }

  @Test
  void aNonMemberIs10007() {
    importMessages(1);
    assertEquals(10007, set(group, "outsider", 1));
    assertEquals(10007, set(group, "never-imported", 1));
  }

  @Test
  void missingGroupIs10010AndMalformedGroupIdIs10015() {
    assertEquals(10010, set("no-such-group", "bob", 1));
    assertEquals(10015, set("g".repeat(49), "bob", 1));
  }

  @Test
  void missingOrNegativeFieldsAre10004() {
    assertEquals(10004, h.code(SET, "{\"GroupId\":\"" + group + "\",\"Member_Account\":\"bob\"}"));
    assertEquals(10004, h.code(SET, "{\"GroupId\":\"" + group + "\",\"UnreadMsgNum\":1}"));
    assertEquals(10004, set(group, "bob", -1));
  }

  @Test
  void chatRoomAcceptsTheCallAndKeepsNoUnreadCount() {
    String meeting = (String) h.ok("group_open_http_svc/create_group", "{\"Type\":\"ChatRoom\",\"Name\":\"m\","
        + "\"Owner_Account\":\"leckie\",\"MemberList\":[{\"Member_Account\":\"bob\"}]}").get("GroupId");
    h.clock.advance(Duration.ofMinutes(1));
    h.ok("group_open_http_svc/import_group_msg", "{\"GroupId\":\"" + meeting + "\",\"MsgList\":[{\"From_Account\":"
        + "\"leckie\",\"SendTime\":" + (h.nowSeconds() - 1) + ",\"MsgBody\":" + Harness.text("m") + "}]}");
    assertEquals(0, h.code(SET, "{\"GroupId\":\"" + meeting + "\",\"Member_Account\":\"bob\",\"UnreadMsgNum\":1}"));
    assertEquals(0, h.unread(meeting, "bob"));
  }

  @Test
  void importingMessagesSetsEveryMembersUnreadCountToZero() {
    importMessages(1, 2);
    set(group, "bob", 2);
    importMessages(3);
    assertEquals(0, h.unread(group, "bob"));
    assertEquals(0, h.unread(group, "leckie"));
  }

  @Test
  void aRetriedImportThatStoresNothingKeepsTheCountsSetAfterIt() {
    importMessages(1, 2);
    set(group, "bob", 2);
    importMessages(1, 2);
    assertEquals(2, h.history(group, 20).size());
    assertEquals(2, h.unread(group, "bob"));
  }

  @Test
  void sentMessagesAreUnreadForTheOtherMembersButNotTheSender() {
    h.ok("group_open_http_svc/send_group_msg", "{\"GroupId\":\"" + group + "\",\"Random\":1,\"From_Account\":\"leckie\","
        + "\"MsgBody\":" + Harness.text("live") + "}");
    assertEquals(1, h.unread(group, "bob"));
    assertEquals(0, h.unread(group, "leckie"));
  }

  @Test
  void membersFromCreateGroupAreListedWithTheirRolesAndJoinTime() {
    assertEquals(List.of("leckie", "bob"), h.members(group).stream().map(m -> m.get("Member_Account")).toList());
    assertEquals(List.of("Owner", "Member"), h.members(group).stream().map(m -> m.get("Role")).toList());
    assertEquals(created, Harness.num(h.members(group).get(1).get("JoinTime")));
  }
}
