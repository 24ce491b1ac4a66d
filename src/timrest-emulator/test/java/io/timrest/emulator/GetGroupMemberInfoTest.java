package io.timrest.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** group_open_http_svc/get_group_member_info (https://cloud.tencent.com/document/product/269/1617), the read-back of members. */
class GetGroupMemberInfoTest {
  private static final String INFO = "group_open_http_svc/get_group_member_info";

  private final Harness h = new Harness();
  private String group;

  @BeforeEach
  void createAGroupOfFour() {
    for (String account : List.of("a", "b", "c", "d")) {
      h.importAccount(account);
    }
    group = (String) h.ok("group_open_http_svc/create_group", "{\"Type\":\"Private\",\"Name\":\"g\",\"Owner_Account\":\"a\","
        + "\"MemberList\":[{\"Member_Account\":\"b\",\"Role\":\"Admin\"},{\"Member_Account\":\"c\"},"
        + "{\"Member_Account\":\"d\"}]}").get("GroupId");
  }

  @AfterEach
  void stop() {
    h.close();
  }

  private static List<Object> accounts(Map<String, Object> answer) {
    return Harness.list(answer.get("MemberList")).stream().map(m -> m.get("Member_Account")).toList();
  }

  @Test
  void listsEveryMemberWithRoleJoinTimeAndReadMsgSeq() {
    Map<String, Object> answer = h.ok(INFO, "{\"GroupId\":\"" + group + "\"}");
    assertEquals(4L, Harness.num(answer.get("MemberNum")));
    assertEquals(List.of("a", "b", "c", "d"), accounts(answer));
    Map<String, Object> admin = Harness.list(answer.get("MemberList")).get(1);
    assertEquals("Admin", admin.get("Role"));
    assertEquals(h.nowSeconds(), Harness.num(admin.get("JoinTime")));
    assertEquals(0L, Harness.num(admin.get("MsgSeq")));
  }

  @Test
  void limitAndOffsetPage() {
    Map<String, Object> page = h.ok(INFO, "{\"GroupId\":\"" + group + "\",\"Limit\":2,\"Offset\":1}");
    assertEquals(4L, Harness.num(page.get("MemberNum")));
    assertEquals(List.of("b", "c"), accounts(page));
    assertEquals(List.of(), accounts(h.ok(INFO, "{\"GroupId\":\"" + group + "\",\"Limit\":2,\"Offset\":9}")));
  }

  @Test
  void limitAbove200Is10004() {
    assertEquals(10004, h.code(INFO, "{\"GroupId\":\"" + group + "\",\"Limit\":201}"));
    assertEquals(10004, h.code(INFO, "{\"GroupId\":\"" + group + "\",\"Offset\":-1}"));
  }

  @Test
  void avChatRoomIs10007AndMissingGroupIs10010() {
    assertEquals(10007, h.code(INFO, "{\"GroupId\":\"" + h.createGroup("AVChatRoom") + "\"}"));
    assertEquals(10010, h.code(INFO, "{\"GroupId\":\"no-such-group\"}"));
  }
}
