package io.timrest.model;

import static io.timrest.golden.Golden.assertJsonEquals;
import static io.timrest.golden.Golden.assertJsonEqualsInKeyOrder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.timrest.golden.Golden;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The spec's examples of the migration operations (golden/spec/) against the generated models: the
 * example request built in Java writes exactly the golden JSON, in the spec's key order; the golden
 * request reads as that same model; each golden response reads with the example's values.
 */
class MigrationGoldenWireFormatTest {

  // --- multiaccount_import ---

  @Test
  void multiaccountImportBuiltInJavaWritesTheGoldenJson() {
    assertJsonEqualsInKeyOrder(Golden.read("spec/multiaccount_import.request.json"),
        Wire.write(MultiaccountImportRequest.class, multiaccountImport()));
  }

  @Test
  void multiaccountImportGoldenRequestReadsAsTheRequestBuiltInJava() {
    MultiaccountImportRequest read =
        Wire.read(MultiaccountImportRequest.class, Golden.read("spec/multiaccount_import.request.json"));

    assertEquals(multiaccountImport(), read);
    assertEquals(Optional.empty(), read.accounts());
    assertEquals(Optional.empty(), read.accountList().orElseThrow().get(1).nick());
  }

  @Test
  void multiaccountImportInTheOlderShapeWritesAccountsAsAListOfUserIds() {
    MultiaccountImportRequest older = MultiaccountImportRequest.builder().accounts(List.of("test1", "test2")).build();

    assertJsonEqualsInKeyOrder("{\"Accounts\":[\"test1\",\"test2\"]}", Wire.write(MultiaccountImportRequest.class, older));
  }

  @Test
  void multiaccountImportGoldenResponseReadsWithAnEmptyFailAccounts() {
    MultiaccountImportResponse response =
        Wire.read(MultiaccountImportResponse.class, Golden.read("spec/multiaccount_import.response.json"));

    assertEquals("OK", response.actionStatus());
    assertEquals(0, response.errorCode());
    assertEquals(Optional.of(""), response.errorInfo());
    assertEquals(Optional.empty(), response.errorDisplay());
    assertEquals(Optional.of(List.of()), response.failAccounts());
  }

  // --- import_group ---

  @Test
  void importGroupBuiltInJavaWritesTheGoldenJson() {
    assertJsonEqualsInKeyOrder(Golden.read("spec/import_group.request.json"),
        Wire.write(ImportGroupRequest.class, importGroup()));
  }

  @Test
  void importGroupGoldenRequestReadsAsTheRequestBuiltInJava() {
    ImportGroupRequest read = Wire.read(ImportGroupRequest.class, Golden.read("spec/import_group.request.json"));

    assertEquals(importGroup(), read);
    assertEquals(Optional.of(1448357837L), read.createTime());
  }

  @Test
  void importGroupGoldenResponseReadsWithTheGroupId() {
    String golden = Golden.read("spec/import_group.response.json");

    ImportGroupResponse response = Wire.read(ImportGroupResponse.class, golden);

    assertEquals("OK", response.actionStatus());
    assertEquals(0, response.errorCode());
    assertEquals(Optional.of(""), response.errorInfo());
    assertEquals("MyFirstGroup", response.groupId());
    assertJsonEquals(golden, Wire.write(ImportGroupResponse.class, response));
  }

  // --- import_group_member ---

  @Test
  void importGroupMemberBuiltInJavaWritesTheGoldenJson() {
    assertJsonEqualsInKeyOrder(Golden.read("spec/import_group_member.request.json"),
        Wire.write(ImportGroupMemberRequest.class, importGroupMember()));
  }

  @Test
  void importGroupMemberGoldenRequestReadsAsTheRequestBuiltInJava() {
    ImportGroupMemberRequest read =
        Wire.read(ImportGroupMemberRequest.class, Golden.read("spec/import_group_member.request.json"));

    assertEquals(importGroupMember(), read);
    assertEquals(Optional.of("Admin"), read.memberList().get(0).role());
    assertEquals(Optional.empty(), read.memberList().get(1).role());
  }

  @Test
  void importGroupMemberGoldenResponseReadsWithOneResultPerMember() {
    String golden = Golden.read("spec/import_group_member.response.json");

    ImportGroupMemberResponse response = Wire.read(ImportGroupMemberResponse.class, golden);

    assertEquals("OK", response.actionStatus());
    assertEquals(0, response.errorCode());
    assertEquals(Optional.of(""), response.errorInfo());
    assertEquals(List.of(
            ImportGroupMemberResult.builder().memberAccount("tommy").result(1).build(),
            ImportGroupMemberResult.builder().memberAccount("peter").result(2).build()),
        response.memberList());
    assertJsonEquals(golden, Wire.write(ImportGroupMemberResponse.class, response));
  }

  // --- set_unread_msg_num ---

  @Test
  void setUnreadMsgNumBuiltInJavaWritesTheGoldenJson() {
    assertJsonEqualsInKeyOrder(Golden.read("spec/set_unread_msg_num.request.json"),
        Wire.write(SetUnreadMsgNumRequest.class, setUnreadMsgNum()));
  }

  @Test
  void setUnreadMsgNumGoldenRequestReadsAsTheRequestBuiltInJava() {
    assertEquals(setUnreadMsgNum(),
        Wire.read(SetUnreadMsgNumRequest.class, Golden.read("spec/set_unread_msg_num.request.json")));
  }

  // --- importmsg ---

  @Test
  void importC2cMsgBuiltInJavaWritesTheGoldenJson() {
    assertJsonEqualsInKeyOrder(Golden.read("spec/importmsg.request.json"),
        Wire.write(ImportC2cMsgRequest.class, importC2cMsg()));
  }

  @Test
  void importC2cMsgGoldenRequestReadsAsTheRequestBuiltInJava() {
    ImportC2cMsgRequest read = Wire.read(ImportC2cMsgRequest.class, Golden.read("spec/importmsg.request.json"));

    assertEquals(importC2cMsg(), read);
    assertEquals(Optional.of(93847636L), read.msgSeq());
    assertEquals(Optional.of(1287657L), read.msgRandom());
    assertEquals(1556178721L, read.msgTimeStamp());
  }

  @Test
  void importC2cMsgWithoutMsgSeqAndMsgRandomLeavesBothOut() {
    ImportC2cMsgRequest request = importC2cMsg().toBuilder().msgSeq(null).msgRandom(null).build();

    String golden = Golden.read("spec/importmsg.request.json");
    String expected = golden.replace("  \"MsgSeq\": 93847636,\n  \"MsgRandom\": 1287657,\n", "");
    assertNotEquals(golden, expected, "the golden file has both lines");
    assertJsonEqualsInKeyOrder(expected, Wire.write(ImportC2cMsgRequest.class, request));
  }

  // --- the envelope-only responses ---

  @Test
  void setUnreadMsgNumAndImportC2cMsgGoldenResponsesReadAsASuccessfulEnvelope() {
    for (String file : List.of("spec/set_unread_msg_num.response.json", "spec/importmsg.response.json")) {
      Envelope envelope = Wire.read(Envelope.class, Golden.read(file));

      assertEquals(Envelope.ACTION_STATUS_OK, envelope.actionStatus(), file);
      assertEquals(0, envelope.errorCode(), file);
      assertEquals(Optional.of("succeed"), envelope.errorInfo(), file);
      assertEquals(Optional.empty(), envelope.errorDisplay(), file);
    }
  }

  // --- the examples, built in Java ---

  private static MultiaccountImportRequest multiaccountImport() {
    return MultiaccountImportRequest.builder()
        .accountList(List.of(
            AccountImportRequest.builder().userID("test1").nick("test1").faceUrl("http://www.qq.com").build(),
            AccountImportRequest.builder().userID("test2").build()))
        .build();
  }

  private static ImportGroupRequest importGroup() {
    return ImportGroupRequest.builder()
        .ownerAccount("leckie")
        .type(ImportGroupRequest.TYPE_PUBLIC)
        .groupId("MyFirstGroup")
        .name("TestGroup")
        .createTime(1448357837L)
        .build();
  }

  private static ImportGroupMemberRequest importGroupMember() {
    return ImportGroupMemberRequest.builder()
        .groupId("@TGS#2J4SZEAEL")
        .memberList(List.of(
            ImportGroupMember.builder()
                .memberAccount("tommy").role(ImportGroupMember.ROLE_ADMIN).joinTime(1448357837L).unreadMsgNum(5).build(),
            ImportGroupMember.builder().memberAccount("peter").joinTime(1448357837L).unreadMsgNum(10).build()))
        .build();
  }

  private static SetUnreadMsgNumRequest setUnreadMsgNum() {
    return SetUnreadMsgNumRequest.builder().groupId("@TGS#2J4SZEAEL").memberAccount("peter").unreadMsgNum(10).build();
  }

  private static ImportC2cMsgRequest importC2cMsg() {
    return ImportC2cMsgRequest.builder()
        .syncFromOldSystem(2)
        .fromAccount("leckie")
        .toAccount("peter")
        .msgSeq(93847636L)
        .msgRandom(1287657L)
        .msgTimeStamp(1556178721L)
        .msgBody(List.of(TIMTextElem.builder().msgContent(TIMTextElemContent.builder().text("hi, beauty").build()).build()))
        .cloudCustomData("your cloud custom data")
        .build();
  }
}
