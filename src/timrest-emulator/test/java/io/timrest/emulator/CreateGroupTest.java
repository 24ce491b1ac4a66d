package io.timrest.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** group_open_http_svc/create_group (docs/server-rules.md §2, §5). */
class CreateGroupTest {
  private final Harness h = new Harness();
  private static final String CREATE = "group_open_http_svc/create_group";

  @AfterEach
  void stop() {
    h.close();
  }

  @Test
  void generatedGroupIdsLookLikeRealOnes() {
    String first = h.createGroup("Public");
    String second = h.createGroup("Public");
    assertTrue(first.matches("@TGS#2[A-Z2-7]{9}"), first);
    assertNotEquals(first, second);
  }

  @Test
  void generatedCommunityIdsStartWithTgsUnderscore() {
    assertTrue(h.createGroup("Community").startsWith("@TGS#_"));
  }

  @Test
  void everyRestTypeIsAccepted() {
    for (String type : new String[] {"Private", "Public", "ChatRoom", "AVChatRoom", "Community"}) {
      h.createGroup(type);
    }
  }

  @Test
  void workAndMeetingAreAliasesOfPrivateAndChatRoom() {
    assertTrue(h.createGroup("Work").startsWith("@TGS#1"));
    assertTrue(h.createGroup("Meeting").startsWith("@TGS#3"));
  }

  @Test
  void unknownTypeIs10004() {
    assertEquals(10004, h.code(CREATE, "{\"Type\":\"public\",\"Name\":\"n\"}"));
  }

  @Test
  void missingTypeIs10004() {
    assertEquals(10004, h.code(CREATE, "{\"Name\":\"n\"}"));
  }

  @Test
  void missingNameIs10004() {
    assertEquals(10004, h.code(CREATE, "{\"Type\":\"Public\"}"));
  }

  @Test
  void nameOf30BytesIsAccepted() {
    h.ok(CREATE, "{\"Type\":\"Public\",\"Name\":\"" + "n".repeat(30) + "\"}");
  }

  @Test
  void nameLongerThan30BytesIs10004() {
    assertEquals(10004, h.code(CREATE, "{\"Type\":\"Public\",\"Name\":\"" + "名".repeat(11) + "\"}"));
  }

  @Test
  void customGroupIdIsKept() {
    assertEquals("my-group_1", h.ok(CREATE, "{\"Type\":\"Public\",\"Name\":\"n\",\"GroupId\":\"my-group_1\"}").get("GroupId"));
  }

  @Test
  void duplicateGroupIdIs10021() {
    h.ok(CREATE, "{\"Type\":\"Public\",\"Name\":\"n\",\"GroupId\":\"g1\"}");
    assertEquals(10021, h.code(CREATE, "{\"Type\":\"Private\",\"Name\":\"n\",\"GroupId\":\"g1\"}"));
  }

  @Test
  void customGroupIdStartingWithTgsIs10015() {
    assertEquals(10015, h.code(CREATE, "{\"Type\":\"Public\",\"Name\":\"n\",\"GroupId\":\"@TGS#mine\"}"));
  }

  @Test
  void customCommunityGroupIdMustStartWithTgsUnderscore() {
    assertEquals(10015, h.code(CREATE, "{\"Type\":\"Community\",\"Name\":\"n\",\"GroupId\":\"mine\"}"));
    h.ok(CREATE, "{\"Type\":\"Community\",\"Name\":\"n\",\"GroupId\":\"@TGS#_mine\"}");
  }

  @Test
  void groupIdOf48BytesIsAccepted() {
    h.ok(CREATE, "{\"Type\":\"Public\",\"Name\":\"n\",\"GroupId\":\"" + "g".repeat(48) + "\"}");
  }

  @Test
  void groupIdLongerThan48BytesIs10015() {
    assertEquals(10015, h.code(CREATE, "{\"Type\":\"Public\",\"Name\":\"n\",\"GroupId\":\"" + "g".repeat(49) + "\"}"));
  }

  @Test
  void nonAsciiGroupIdIs10015() {
    assertEquals(10015, h.code(CREATE, "{\"Type\":\"Public\",\"Name\":\"n\",\"GroupId\":\"grüppe\"}"));
  }

  @Test
  void controlCharacterInGroupIdIs10015() {
    assertEquals(10015, h.code(CREATE, "{\"Type\":\"Public\",\"Name\":\"n\",\"GroupId\":\"g\\u0007\"}"));
  }

  @Test
  void ownerMustBeImported() {
    assertEquals(10019, h.code(CREATE, "{\"Type\":\"Public\",\"Name\":\"n\",\"Owner_Account\":\"ghost\"}"));
  }

  @Test
  void membersMustBeImported() {
    h.importAccount("alice");
    assertEquals(10019, h.code(CREATE, "{\"Type\":\"Public\",\"Name\":\"n\","
        + "\"MemberList\":[{\"Member_Account\":\"alice\"},{\"Member_Account\":\"ghost\"}]}"));
  }

  @Test
  void memberListWithRolesIsAccepted() {
    h.importAccount("alice");
    h.importAccount("bob");
    h.ok(CREATE, "{\"Type\":\"Private\",\"Name\":\"n\",\"Owner_Account\":\"alice\","
        + "\"MemberList\":[{\"Member_Account\":\"bob\",\"Role\":\"Admin\"}],\"Introduction\":\"i\",\"MaxMemberCount\":100}");
  }

  @Test
  void unknownMemberRoleIs10004() {
    h.importAccount("bob");
    assertEquals(10004, h.code(CREATE, "{\"Type\":\"Private\",\"Name\":\"n\","
        + "\"MemberList\":[{\"Member_Account\":\"bob\",\"Role\":\"Owner\"}]}"));
  }
}
