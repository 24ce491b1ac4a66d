package io.timrest.model;

import static io.timrest.golden.Golden.assertJsonEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.timrest.golden.Golden;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The golden examples (the documentation pages' own examples, see {@code
 * src/timrest/test/resources/golden/README.md}) against the generated models: each request file reads
 * into its typed model and writes back as the same JSON, the same request built in Java writes
 * exactly that JSON (the real wire-format check), and each response file reads.
 */
class GoldenWireFormatTest {

  private static final String HELLO_TEXT = "hello";
  private static final String CLOUD_CUSTOM_DATA = "your cloud custom data";

  // --- parse the golden request, write it back ---

  @ParameterizedTest
  @ValueSource(strings = {
      "modify_c2c_msg.request.msgbody_only.json",
      "modify_c2c_msg.request.cloud_custom_data_only.json",
      "modify_c2c_msg.request.msgbody_and_cloud_custom_data.json"})
  void modifyC2cMsgGoldenRequestRoundTripsAsTheSameJson(String file) {
    String golden = Golden.read(file);

    ModifyC2cMsgRequest request = Wire.read(ModifyC2cMsgRequest.class, golden);

    assertJsonEquals(golden, Wire.write(ModifyC2cMsgRequest.class, request));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "modify_group_msg.request.msgbody_only.json",
      "modify_group_msg.request.cloud_custom_data_only.json",
      "modify_group_msg.request.msgbody_and_cloud_custom_data.json"})
  void modifyGroupMsgGoldenRequestRoundTripsAsTheSameJson(String file) {
    String golden = Golden.read(file);

    ModifyGroupMsgRequest request = Wire.read(ModifyGroupMsgRequest.class, golden);

    assertJsonEquals(golden, Wire.write(ModifyGroupMsgRequest.class, request));
  }

  @Test
  void importGroupMsgGoldenRequestRoundTripsAsTheSameJson() {
    String golden = Golden.read("import_group_msg.request.json");

    ImportGroupMsgRequest request = Wire.read(ImportGroupMsgRequest.class, golden);

    assertJsonEquals(golden, Wire.write(ImportGroupMsgRequest.class, request));
  }

  // --- build the golden request in Java, compare its JSON with the golden file ---

  @Test
  void modifyC2cMsgBuiltWithMsgBodyOnlyWritesTheGoldenJson() {
    ModifyC2cMsgRequest request = c2cMessage().msgBody(List.of(text(HELLO_TEXT))).build();

    assertJsonEquals(Golden.read("modify_c2c_msg.request.msgbody_only.json"),
        Wire.write(ModifyC2cMsgRequest.class, request));
  }

  @Test
  void modifyC2cMsgBuiltWithCloudCustomDataOnlyWritesTheGoldenJson() {
    ModifyC2cMsgRequest request = c2cMessage().cloudCustomData(CLOUD_CUSTOM_DATA).build();

    assertJsonEquals(Golden.read("modify_c2c_msg.request.cloud_custom_data_only.json"),
        Wire.write(ModifyC2cMsgRequest.class, request));
  }

  @Test
  void modifyC2cMsgBuiltWithMsgBodyAndCloudCustomDataWritesTheGoldenJson() {
    ModifyC2cMsgRequest request = c2cMessage()
        .msgBody(List.of(text(HELLO_TEXT)))
        .cloudCustomData(CLOUD_CUSTOM_DATA)
        .build();

    assertJsonEquals(Golden.read("modify_c2c_msg.request.msgbody_and_cloud_custom_data.json"),
        Wire.write(ModifyC2cMsgRequest.class, request));
  }

  @Test
  void modifyGroupMsgBuiltWithMsgBodyOnlyWritesTheGoldenJson() {
    ModifyGroupMsgRequest request = groupMessage().msgBody(List.of(text(HELLO_TEXT))).build();

    assertJsonEquals(Golden.read("modify_group_msg.request.msgbody_only.json"),
        Wire.write(ModifyGroupMsgRequest.class, request));
  }

  @Test
  void modifyGroupMsgBuiltWithCloudCustomDataOnlyWritesTheGoldenJson() {
    ModifyGroupMsgRequest request = groupMessage().cloudCustomData(CLOUD_CUSTOM_DATA).build();

    assertJsonEquals(Golden.read("modify_group_msg.request.cloud_custom_data_only.json"),
        Wire.write(ModifyGroupMsgRequest.class, request));
  }

  @Test
  void modifyGroupMsgBuiltWithMsgBodyAndCloudCustomDataWritesTheGoldenJson() {
    ModifyGroupMsgRequest request = groupMessage()
        .msgBody(List.of(text(HELLO_TEXT)))
        .cloudCustomData(CLOUD_CUSTOM_DATA)
        .build();

    assertJsonEquals(Golden.read("modify_group_msg.request.msgbody_and_cloud_custom_data.json"),
        Wire.write(ModifyGroupMsgRequest.class, request));
  }

  @Test
  void importGroupMsgBuiltInJavaWritesTheGoldenJson() {
    ImportGroupMsgRequest request = ImportGroupMsgRequest.builder()
        .groupId("@TGS#2C5SZEAEF")
        .recentContactFlag(1)
        .msgList(List.of(
            ImportMsg.builder()
                .fromAccount("leckie")
                .sendTime(1620808101L)
                .random(8912345L)
                .msgBody(List.of(
                    text("red packet"),
                    TIMFaceElem.builder()
                        .msgContent(TIMFaceElemContent.builder().index(6).data("abc\u0000\u0001").build())
                        .build()))
                .build(),
            ImportMsg.builder()
                .fromAccount("peter")
                .sendTime(1620892821L)
                .msgBody(List.of(text("red packet")))
                .build()))
        .build();

    assertJsonEquals(Golden.read("import_group_msg.request.json"),
        Wire.write(ImportGroupMsgRequest.class, request));
  }

  @Test
  void importGroupMsgGoldenRequestReadsAsTheRequestBuiltInJava() {
    ImportGroupMsgRequest request =
        Wire.read(ImportGroupMsgRequest.class, Golden.read("import_group_msg.request.json"));

    ImportMsg first = request.msgList().get(0);
    ImportMsg second = request.msgList().get(1);
    assertEquals("@TGS#2C5SZEAEF", request.groupId());
    assertEquals(Optional.of(1), request.recentContactFlag());
    assertEquals(Optional.of(8912345L), first.random());
    assertEquals(Optional.empty(), second.random());
    TIMFaceElem face = assertInstanceOf(TIMFaceElem.class, first.msgBody().get(1));
    assertEquals("abc\u0000\u0001", face.msgContent().data());
  }

  // --- responses ---

  @ParameterizedTest
  @ValueSource(strings = {"modify_c2c_msg.response.json", "modify_group_msg.response.json"})
  void modifyGoldenResponseReadsAsASuccessfulEnvelope(String file) {
    Envelope envelope = Wire.read(Envelope.class, Golden.read(file));

    assertEquals(Envelope.ACTION_STATUS_OK, envelope.actionStatus());
    assertEquals(0, envelope.errorCode());
    assertEquals(Optional.of("succeed"), envelope.errorInfo());
    assertEquals(Optional.empty(), envelope.errorDisplay());
  }

  @Test
  void importGoldenResponseReadsWithBothImportMsgResults() {
    ImportGroupMsgResponse response =
        Wire.read(ImportGroupMsgResponse.class, Golden.read("import_group_msg.response.json"));

    assertEquals(ImportGroupMsgResponse.ACTION_STATUS_OK, response.actionStatus());
    assertEquals(0, response.errorCode());
    assertEquals(Optional.of(""), response.errorInfo());
    assertEquals(List.of(
        ImportMsgResult.builder().msgSeq(1L).msgTime(1620808101L).result(0).build(),
        ImportMsgResult.builder().msgSeq(2L).msgTime(1620892821L).result(0).build()),
        response.importMsgResult());
  }

  @Test
  void importGoldenResponseResultsExposeMsgSeqMsgTimeAndResult() {
    List<ImportMsgResult> results =
        Wire.read(ImportGroupMsgResponse.class, Golden.read("import_group_msg.response.json"))
            .importMsgResult();

    assertEquals(2, results.size());
    assertEquals(Optional.of(1L), results.get(0).msgSeq());
    assertEquals(Optional.of(1620808101L), results.get(0).msgTime());
    assertEquals(0, results.get(0).result());
    assertEquals(Optional.of(2L), results.get(1).msgSeq());
    assertEquals(Optional.of(1620892821L), results.get(1).msgTime());
    assertEquals(0, results.get(1).result());
  }

  @Test
  void importGoldenResponseRoundTripsAsTheSameJson() {
    String golden = Golden.read("import_group_msg.response.json");

    String written = Wire.write(ImportGroupMsgResponse.class, Wire.read(ImportGroupMsgResponse.class, golden));

    assertJsonEquals(golden, written);
    assertTrue(written.startsWith("{\"ActionStatus\":\"OK\""), written);
  }

  // --- helpers ---

  private static ModifyC2cMsgRequest.Builder c2cMessage() {
    return ModifyC2cMsgRequest.builder().fromAccount("dramon1").toAccount("dramon2").msgKey("1_2_3");
  }

  private static ModifyGroupMsgRequest.Builder groupMessage() {
    return ModifyGroupMsgRequest.builder().groupId("@TGS#1HYEP2SHC").msgSeq(23L);
  }

  private static TIMTextElem text(String text) {
    return TIMTextElem.builder().msgContent(TIMTextElemContent.builder().text(text).build()).build();
  }
}
