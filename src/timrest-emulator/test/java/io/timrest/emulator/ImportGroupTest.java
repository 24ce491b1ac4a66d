package io.timrest.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** group_open_http_svc/import_group (docs/server-rules.md §9; https://cloud.tencent.com/document/product/269/1634). */
class ImportGroupTest {
  private static final String IMPORT = "group_open_http_svc/import_group";
  private static final long DAY = Duration.ofDays(1).toSeconds();

  private final Harness h = new Harness();

  @BeforeEach
  void importOwner() {
    h.importAccount("leckie");
  }

  @AfterEach
  void stop() {
    h.close();
  }

  private String importGroup(String fields) {
    return (String) h.ok(IMPORT, "{\"Type\":\"Public\",\"Name\":\"TestGroup\"" + fields + "}").get("GroupId");
  }

  private long code(String fields) {
    return h.code(IMPORT, "{\"Type\":\"Public\",\"Name\":\"TestGroup\"" + fields + "}");
  }

  private Map<String, Object> importMessage(String groupId, long sendTime) {
    return h.ok("group_open_http_svc/import_group_msg", "{\"GroupId\":\"" + groupId + "\",\"MsgList\":[{\"From_Account\":"
        + "\"leckie\",\"SendTime\":" + sendTime + ",\"MsgBody\":" + Harness.text("m") + "}]}");
  }

  private static long result(Map<String, Object> importAnswer) {
    return Harness.num(Harness.list(importAnswer.get("ImportMsgResult")).get(0).get("Result"));
  }

  @Test
  void answersTheCustomGroupId() {
    assertEquals("MyFirstGroup", importGroup(",\"GroupId\":\"MyFirstGroup\",\"CreateTime\":" + (h.nowSeconds() - DAY)));
  }

  @Test
  void generatesAGroupIdInTheStyleOfRealOnes() {
    assertTrue(importGroup("").matches("@TGS#2[A-Z2-7]{9}"));
    assertTrue(h.ok(IMPORT, "{\"Type\":\"Community\",\"Name\":\"c\"}").get("GroupId").toString().startsWith("@TGS#_"));
  }

  @Test
  void everyImportableTypeAndTheNewerNamesAreAccepted() {
    for (String type : new String[] {"Private", "Public", "ChatRoom", "Community", "Work", "Meeting"}) {
      assertEquals(0, h.code(IMPORT, "{\"Type\":\"" + type + "\",\"Name\":\"n\"}"), type);
    }
  }

  @Test
  void avChatRoomIs10007() {
    assertEquals(10007, h.code(IMPORT, "{\"Type\":\"AVChatRoom\",\"Name\":\"live\"}"));
  }

  @Test
  void unknownOrMissingTypeIs10004() {
    assertEquals(10004, h.code(IMPORT, "{\"Type\":\"public\",\"Name\":\"n\"}"));
    assertEquals(10004, h.code(IMPORT, "{\"Name\":\"n\"}"));
  }

  @Test
  void aTakenCustomGroupIdIs10021() {
    importGroup(",\"GroupId\":\"taken\"");
    assertEquals(10021, code(",\"GroupId\":\"taken\""));
    h.ok("group_open_http_svc/create_group", "{\"Type\":\"Public\",\"Name\":\"n\",\"GroupId\":\"created\"}");
    assertEquals(10021, code(",\"GroupId\":\"created\""));
  }

  @Test
  void customGroupIdsFollowTheCreateGroupRules() {
    assertEquals(10015, code(",\"GroupId\":\"@TGS#mine\""));
    assertEquals(10015, code(",\"GroupId\":\"" + "g".repeat(49) + "\""));
    assertEquals(10015, h.code(IMPORT, "{\"Type\":\"Community\",\"Name\":\"n\",\"GroupId\":\"community\"}"));
    assertEquals(0, h.code(IMPORT, "{\"Type\":\"Community\",\"Name\":\"n\",\"GroupId\":\"@TGS#_community\"}"));
    assertEquals(0, code(",\"GroupId\":\"" + "g".repeat(48) + "\""));
  }

  @Test
  void nameIsRequiredAndAtMost30Bytes() {
    assertEquals(10004, h.code(IMPORT, "{\"Type\":\"Public\"}"));
    assertEquals(10004, h.code(IMPORT, "{\"Type\":\"Public\",\"Name\":\"\"}"));
    assertEquals(10004, h.code(IMPORT, "{\"Type\":\"Public\",\"Name\":\"" + "n".repeat(31) + "\"}"));
    assertEquals(0, h.code(IMPORT, "{\"Type\":\"Public\",\"Name\":\"" + "n".repeat(30) + "\"}"));
  }

  @Test
  void introductionNotificationAndFaceUrlHaveByteLimits() {
    assertEquals(0, code(",\"Introduction\":\"" + "i".repeat(240) + "\""));
    assertEquals(10004, code(",\"Introduction\":\"" + "i".repeat(241) + "\""));
    assertEquals(0, code(",\"Notification\":\"" + "n".repeat(300) + "\""));
    assertEquals(10004, code(",\"Notification\":\"" + "n".repeat(301) + "\""));
    assertEquals(0, code(",\"FaceUrl\":\"" + "f".repeat(100) + "\""));
    assertEquals(10004, code(",\"FaceUrl\":\"" + "f".repeat(101) + "\""));
    // Counted in UTF-8 bytes: 81 characters of 3 bytes are 243 bytes.
    assertEquals(10004, code(",\"Introduction\":\"" + "简".repeat(81) + "\""));
  }

  @Test
  void theOtherOptionalFieldsAreAccepted() {
    assertEquals(0, code(",\"Owner_Account\":\"leckie\",\"MaxMemberCount\":500,\"ApplyJoinOption\":\"FreeAccess\","
        + "\"AppDefinedData\":[{\"Key\":\"GroupTestData1\",\"Value\":\"xxxxx\"}]"));
  }

  @Test
  void malformedAppDefinedDataIs10004() {
    assertEquals(10004, code(",\"AppDefinedData\":[{\"Key\":\"k\"}]"));
    assertEquals(10004, code(",\"AppDefinedData\":{\"Key\":\"k\",\"Value\":\"v\"}"));
  }

  @Test
  void supportTopicIsOnlyForCommunity() {
    assertEquals(0, h.code(IMPORT, "{\"Type\":\"Community\",\"Name\":\"n\",\"SupportTopic\":1}"));
    assertEquals(0, code(",\"SupportTopic\":0"));
    assertEquals(10004, code(",\"SupportTopic\":1"));
    assertEquals(10004, h.code(IMPORT, "{\"Type\":\"Community\",\"Name\":\"n\",\"SupportTopic\":2}"));
  }

  @Test
  void ownerMustBeAnImportedAccount() {
    assertEquals(10019, code(",\"Owner_Account\":\"nobody\""));
  }

  @Test
  void theOwnerIsAMemberThatJoinedAtTheCreateTime() {
    long createTime = h.nowSeconds() - 30 * DAY;
    String group = importGroup(",\"Owner_Account\":\"leckie\",\"CreateTime\":" + createTime);
    List<Map<String, Object>> members = h.members(group);
    assertEquals(1, members.size());
    assertEquals("leckie", members.get(0).get("Member_Account"));
    assertEquals("Owner", members.get(0).get("Role"));
    assertEquals(createTime, Harness.num(members.get(0).get("JoinTime")));
  }

  @Test
  void createTimeInThePastIsWhatImportGroupMsgMeasuresAgainst() {
    long createTime = h.nowSeconds() - 30 * DAY;
    String group = importGroup(",\"CreateTime\":" + createTime);
    assertEquals(10004, result(importMessage(group, createTime)));
    assertEquals(0, result(importMessage(group, createTime + 1)));
  }

  @Test
  void createTimeInTheFutureIs10004() {
    assertEquals(10004, code(",\"CreateTime\":" + (h.nowSeconds() + 1)));
  }

  @Test
  void createTimeOfNowIsAccepted() {
    assertEquals(0, code(",\"CreateTime\":" + h.nowSeconds()));
  }

  @Test
  void nonIntegerOrNegativeCreateTimeIs10004() {
    assertEquals(10004, code(",\"CreateTime\":\"yesterday\""));
    assertEquals(10004, code(",\"CreateTime\":-1"));
  }

  @Test
  void withoutCreateTimeTheGroupIsCreatedAtTheTimeOfTheRequest() {
    long requestTime = h.nowSeconds();
    String group = importGroup("");
    h.clock.advance(Duration.ofMinutes(1));
    assertEquals(10004, result(importMessage(group, requestTime - 1)));
    assertEquals(10004, result(importMessage(group, requestTime)));
    assertEquals(0, result(importMessage(group, requestTime + 1)));
  }
}
