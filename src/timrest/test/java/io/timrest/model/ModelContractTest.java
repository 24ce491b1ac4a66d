package io.timrest.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.squareup.moshi.JsonDataException;
import io.timrest.TimValidationException;
import io.timrest.golden.Golden;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What every generated model promises: immutability, builders, optionals, equality, JSON rules. */
class ModelContractTest {

  private static final TIMTextElem HELLO = text("hello");
  private static final TIMTextElem WORLD = text("world");

  // --- immutability ---

  @Test
  void listFromAGetterIsUnmodifiable() {
    ImportMsg message = importMsg(List.of(HELLO)).build();

    assertThrows(UnsupportedOperationException.class, () -> message.msgBody().add(WORLD));
    assertThrows(UnsupportedOperationException.class, () -> message.msgBody().clear());
  }

  @Test
  void optionalListFromAGetterIsUnmodifiable() {
    ModifyGroupMsgRequest request = groupRequest().msgBody(List.of(HELLO)).build();

    List<MsgElement> body = request.msgBody().orElseThrow();

    assertThrows(UnsupportedOperationException.class, () -> body.set(0, WORLD));
  }

  @Test
  void mutatingTheListPassedToTheBuilderAfterBuildDoesNotChangeTheModel() {
    List<MsgElement> body = new ArrayList<>(List.of(HELLO));
    ImportMsg message = importMsg(body).build();

    body.add(WORLD);
    body.set(0, WORLD);

    assertEquals(List.of(HELLO), message.msgBody());
  }

  @Test
  void mutatingTheListPassedToTheBuilderBeforeBuildDoesNotChangeTheModel() {
    List<MsgElement> body = new ArrayList<>(List.of(HELLO));
    ImportMsg.Builder builder = importMsg(body);

    body.add(WORLD);

    assertEquals(List.of(HELLO), builder.build().msgBody());
  }

  @Test
  void toBuilderCopiesEveryPropertyAndLeavesTheOriginalUnchanged() {
    ModifyGroupMsgRequest original = groupRequest()
        .msgBody(List.of(HELLO)).cloudCustomData("ccd").topicId("topic").build();

    ModifyGroupMsgRequest copy = original.toBuilder().build();
    ModifyGroupMsgRequest changed = original.toBuilder().cloudCustomData("other").build();

    assertEquals(original, copy);
    assertNotSame(original, copy);
    assertEquals(Optional.of("other"), changed.cloudCustomData());
    assertEquals(original.msgBody(), changed.msgBody());
    assertEquals(Optional.of("ccd"), original.cloudCustomData());
  }

  @Test
  void toBuilderCanClearAnOptionalProperty() {
    ModifyGroupMsgRequest original = groupRequest().cloudCustomData("ccd").build();

    ModifyGroupMsgRequest cleared = original.toBuilder().cloudCustomData(null).build();

    assertEquals(Optional.empty(), cleared.cloudCustomData());
  }

  // --- required properties ---

  @Test
  void buildNamesTheMissingRequiredProperty() {
    TimValidationException e = assertThrows(TimValidationException.class,
        () -> ImportGroupMsgRequest.builder().groupId("@TGS#2C5SZEAEF").build());

    assertEquals("MsgList", e.field());
    assertEquals("required", e.rule());
    assertEquals("MsgList: required (ImportGroupMsgRequest needs MsgList, which is not set)", e.getMessage());
  }

  @Test
  void buildOfANestedContentNamesItsMissingProperty() {
    TimValidationException e = assertThrows(TimValidationException.class,
        () -> TIMSoundElemContent.builder().url("u").uuid("id").build());

    assertEquals("Download_Flag", e.field());
    assertEquals("required", e.rule());
  }

  @Test
  void setterRejectsNullForARequiredPropertyNamingIt() {
    NullPointerException e = assertThrows(NullPointerException.class,
        () -> ImportMsg.builder().fromAccount(null));

    assertEquals("From_Account", e.getMessage());
  }

  @Test
  void setterRejectsANullListForARequiredProperty() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> ImportMsg.builder().msgBody(null));

    assertEquals("MsgBody", e.getMessage());
  }

  @Test
  void setterRejectsANullListElementNamingItsIndex() {
    List<MsgElement> body = Arrays.asList(HELLO, null, WORLD);

    NullPointerException e = assertThrows(NullPointerException.class, () -> ImportMsg.builder().msgBody(body));

    assertEquals("MsgBody[1] is null", e.getMessage());
  }

  @Test
  void optionalListSetterAlsoRejectsANullElement() {
    List<MsgElement> body = Arrays.asList(null, HELLO);

    NullPointerException e = assertThrows(NullPointerException.class, () -> groupRequest().msgBody(body));

    assertEquals("MsgBody[0] is null", e.getMessage());
  }

  // --- optional properties ---

  @Test
  void absentOptionalPropertiesReadAsEmpty() {
    ModifyC2cMsgRequest request = c2cRequest().cloudCustomData("ccd").build();

    assertEquals(Optional.empty(), request.msgBody());
    assertEquals(Optional.of("ccd"), request.cloudCustomData());
  }

  @Test
  void absentOptionalPropertiesAreNotWritten() {
    ModifyC2cMsgRequest request = c2cRequest().msgBody(List.of(HELLO)).build();

    String json = Wire.write(ModifyC2cMsgRequest.class, request);

    assertFalse(json.contains("CloudCustomData"), json);
    assertFalse(json.contains("null"), json);
    assertEquals("{\"From_Account\":\"a\",\"To_Account\":\"b\",\"MsgKey\":\"1_2_3\",\"MsgBody\":"
        + "[{\"MsgType\":\"TIMTextElem\",\"MsgContent\":{\"Text\":\"hello\"}}]}", json);
  }

  @Test
  void absentOptionalPropertiesAreNotWrittenEvenWhenTheWriterSerializesNulls() {
    ImportMsg message = importMsg(List.of(HELLO)).build();

    String json = Wire.adapter(ImportMsg.class).serializeNulls().toJson(message);

    assertFalse(json.contains("Random"), json);
  }

  @Test
  void jsonNullForAnOptionalPropertyReadsAsAbsent() {
    String json = "{\"From_Account\":\"a\",\"To_Account\":\"b\",\"MsgKey\":\"k\",\"MsgBody\":null,\"CloudCustomData\":null}";

    ModifyC2cMsgRequest request = Wire.read(ModifyC2cMsgRequest.class, json);

    assertEquals(Optional.empty(), request.msgBody());
    assertEquals(Optional.empty(), request.cloudCustomData());
  }

  @Test
  void jsonNullForARequiredPropertyFailsInMoshisWords() {
    String json = "{\"From_Account\":null,\"SendTime\":1,\"MsgBody\":[]}";

    JsonDataException e = assertThrows(JsonDataException.class, () -> Wire.read(ImportMsg.class, json));

    assertEquals("Non-null value 'From_Account' was null at $.From_Account", e.getMessage());
  }

  // --- equals, hashCode, toString ---

  @Test
  void equalModelsAreEqualAndHaveEqualHashCodes() {
    ModifyGroupMsgRequest a = groupRequest().msgBody(List.of(text("hello"))).cloudCustomData("c").build();
    ModifyGroupMsgRequest b = groupRequest().msgBody(new ArrayList<>(List.of(text("hello")))).cloudCustomData("c").build();

    assertEquals(a, b);
    assertEquals(b, a);
    assertEquals(a.hashCode(), b.hashCode());
  }

  @Test
  void modelsDifferingInOneOptionalPropertyAreNotEqual() {
    ModifyGroupMsgRequest a = groupRequest().cloudCustomData("c").build();

    assertNotEquals(a, groupRequest().cloudCustomData("d").build());
    assertNotEquals(a, groupRequest().cloudCustomData("c").topicId("t").build());
    assertNotEquals(a, null);
    assertNotEquals(a, "c");
  }

  @Test
  void toStringNamesTheWirePropertiesAndLeavesOutAbsentOnes() {
    ImportMsg message = importMsg(List.of(HELLO)).build();

    assertEquals("ImportMsg{From_Account=a, SendTime=1620808101, MsgBody=[TIMTextElem{MsgType=TIMTextElem, "
        + "MsgContent=TIMTextElemContent{Text=hello}}]}", message.toString());
  }

  // --- reading JSON ---

  @Test
  void unknownJsonPropertiesAreSkipped() {
    String json = "{\"Extra\":{\"a\":[1,2,{\"b\":null}]},\"From_Account\":\"a\",\"More\":[],"
        + "\"SendTime\":1,\"MsgBody\":[{\"MsgType\":\"TIMTextElem\",\"MsgContent\":{\"Text\":\"hello\",\"Font\":3}}],\"Z\":1.5}";

    ImportMsg message = Wire.read(ImportMsg.class, json);

    assertEquals(ImportMsg.builder().fromAccount("a").sendTime(1L).msgBody(List.of(HELLO)).build(), message);
  }

  @Test
  void jsonNullElementInAMsgBodyFailsWithItsPath() {
    String json = "{\"MsgList\":[{\"From_Account\":\"a\",\"SendTime\":1,\"MsgBody\":["
        + "{\"MsgType\":\"TIMTextElem\",\"MsgContent\":{\"Text\":\"hello\"}},null]}],\"GroupId\":\"g\"}";

    JsonDataException e = assertThrows(JsonDataException.class, () -> Wire.read(ImportGroupMsgRequest.class, json));

    assertEquals("Unexpected null element at $.MsgList[0].MsgBody[1]", e.getMessage());
  }

  @Test
  void missingRequiredPropertyInAResponseNamesPropertyAndPath() {
    String json = "{\"ActionStatus\":\"OK\",\"ErrorCode\":0,\"ImportMsgResult\":["
        + "{\"MsgSeq\":1,\"MsgTime\":1620808101,\"Result\":0},{\"MsgSeq\":2,\"MsgTime\":1620892821}]}";

    JsonDataException e = assertThrows(JsonDataException.class, () -> Wire.read(ImportGroupMsgResponse.class, json));

    assertEquals("Required value 'Result' missing at $.ImportMsgResult[1]", e.getMessage());
  }

  @Test
  void missingRequiredPropertyInTheFirstListElementNamesThatElement() {
    String json = "{\"ActionStatus\":\"OK\",\"ErrorCode\":0,\"ImportMsgResult\":[{\"MsgSeq\":1},{\"Result\":0}]}";

    JsonDataException e = assertThrows(JsonDataException.class, () -> Wire.read(ImportGroupMsgResponse.class, json));

    assertEquals("Required value 'Result' missing at $.ImportMsgResult[0]", e.getMessage());
  }

  @Test
  void missingRequiredPropertyOfANestedObjectNamesItsPath() {
    String json = "{\"From_Account\":\"a\",\"SendTime\":1,\"MsgBody\":["
        + "{\"MsgType\":\"TIMFaceElem\",\"MsgContent\":{\"Index\":1}}]}";

    JsonDataException e = assertThrows(JsonDataException.class, () -> Wire.read(ImportMsg.class, json));

    assertEquals("Required value 'Data' missing at $.MsgBody[0].MsgContent", e.getMessage());
  }

  @Test
  void missingRequiredPropertyOfTheTopLevelObjectNamesTheRoot() {
    JsonDataException e = assertThrows(JsonDataException.class,
        () -> Wire.read(Envelope.class, "{\"ActionStatus\":\"OK\"}"));

    assertEquals("Required value 'ErrorCode' missing at $", e.getMessage());
  }

  @Test
  void sixtyFourBitValuesSurviveARoundTripExactly() {
    String json = "{\"GroupId\":\"g\",\"MsgList\":[{\"From_Account\":\"a\",\"SendTime\":9007199254740993,"
        + "\"Random\":4294967295,\"MsgBody\":[{\"MsgType\":\"TIMTextElem\",\"MsgContent\":{\"Text\":\"t\"}}]}]}";

    ImportGroupMsgRequest request = Wire.read(ImportGroupMsgRequest.class, json);

    assertEquals(9007199254740993L, request.msgList().get(0).sendTime());
    assertEquals(Optional.of(4294967295L), request.msgList().get(0).random());
    Golden.assertJsonEquals(json, Wire.write(ImportGroupMsgRequest.class, request));
  }

  @Test
  void msgSeqBeyondDoublePrecisionIsWrittenAsTheExactInteger() {
    ModifyGroupMsgRequest request = groupRequest().msgSeq(9007199254740993L).cloudCustomData("c").build();

    String json = Wire.write(ModifyGroupMsgRequest.class, request);

    assertTrue(json.contains("\"MsgSeq\":9007199254740993,"), json);
    assertEquals(9007199254740993L, Wire.read(ModifyGroupMsgRequest.class, json).msgSeq());
  }

  @Test
  void responseMsgSeqBeyondDoublePrecisionReadsExactly() {
    String json = "{\"ActionStatus\":\"OK\",\"ErrorCode\":0,\"ImportMsgResult\":"
        + "[{\"MsgSeq\":9007199254740993,\"MsgTime\":4294967295,\"Result\":0}]}";

    ImportMsgResult result = Wire.read(ImportGroupMsgResponse.class, json).importMsgResult().get(0);

    assertEquals(Optional.of(9007199254740993L), result.msgSeq());
    assertEquals(Optional.of(4294967295L), result.msgTime());
  }

  @Test
  void integerPropertiesAreWrittenAsIntegerLiterals() {
    ImportMsg message = ImportMsg.builder().fromAccount("a").sendTime(23L).random(0L)
        .msgBody(List.of(TIMFaceElem.builder()
            .msgContent(TIMFaceElemContent.builder().index(6).data("d").build()).build()))
        .build();

    String json = Wire.write(ImportMsg.class, message);

    assertTrue(json.contains("\"SendTime\":23,\"Random\":0,"), json);
    assertTrue(json.contains("\"Index\":6,"), json);
  }

  @Test
  void integerPropertyWithAFractionFailsToRead() {
    String json = "{\"GroupId\":\"g\",\"MsgSeq\":23.5}";

    assertThrows(JsonDataException.class, () -> Wire.read(ModifyGroupMsgRequest.class, json));
  }

  // --- the element type constant ---

  @Test
  void elementBuilderSetsTheMsgTypeConstantByItself() {
    TIMTextElem element = TIMTextElem.builder().msgContent(TIMTextElemContent.builder().text("t").build()).build();

    assertEquals(TIMTextElem.MSG_TYPE_TIM_TEXT_ELEM, element.msgType());
    assertEquals("TIMTextElem", element.msgType());
  }

  @ParameterizedTest
  @ValueSource(classes = {
      TIMTextElem.class, TIMLocationElem.class, TIMFaceElem.class, TIMCustomElem.class,
      TIMSoundElem.class, TIMImageElem.class, TIMFileElem.class, TIMVideoFileElem.class})
  void elementBuilderHasNoPublicMsgTypeSetter(Class<?> elementClass) throws Exception {
    Class<?> builder = Class.forName(elementClass.getName() + "$Builder");

    for (Method method : builder.getDeclaredMethods()) {
      if (method.getName().equals("msgType")) {
        assertFalse(Modifier.isPublic(method.getModifiers()), method.toString());
      }
    }
    assertFalse(Arrays.stream(builder.getMethods()).anyMatch(m -> m.getName().equals("msgType")));
  }

  @Test
  void readingATextElemWithADifferentMsgTypeFails() {
    String json = "{\"MsgType\":\"TIMFaceElem\",\"MsgContent\":{\"Text\":\"t\"}}";

    JsonDataException e = assertThrows(JsonDataException.class, () -> Wire.read(TIMTextElem.class, json));

    assertTrue(e.getMessage().contains("MsgType must be \"TIMTextElem\", was \"TIMFaceElem\""), e.getMessage());
  }

  @Test
  void readingATextElemWithoutMsgTypeTakesTheConstant() {
    TIMTextElem element = Wire.read(TIMTextElem.class, "{\"MsgContent\":{\"Text\":\"t\"}}");

    assertEquals("TIMTextElem", element.msgType());
  }

  @Test
  void elementReadThroughMsgElementIsOfItsClass() {
    MsgElement element = Wire.read(MsgElement.class, "{\"MsgType\":\"TIMTextElem\",\"MsgContent\":{\"Text\":\"t\"}}");

    assertInstanceOf(TIMTextElem.class, element);
  }

  // --- an optional single-value enum is a choice, not a constant ---

  @Test
  void importGroupMemberBuiltWithoutRoleIsAnOrdinaryMember() {
    ImportGroupMember member = ImportGroupMember.builder().memberAccount("peter").build();

    assertEquals(Optional.empty(), member.role());
    assertEquals("{\"Member_Account\":\"peter\"}", Wire.write(ImportGroupMember.class, member));
  }

  @Test
  void importGroupMemberReadWithoutRoleIsAnOrdinaryMember() {
    ImportGroupMember member = Wire.read(ImportGroupMember.class, "{\"Member_Account\":\"peter\",\"JoinTime\":1448357837}");

    assertEquals(Optional.empty(), member.role());
  }

  @Test
  void importGroupMemberRoleIsSetThroughAPublicSetter() throws Exception {
    Method role = ImportGroupMember.Builder.class.getMethod("role", String.class);

    ImportGroupMember.Builder builder = ImportGroupMember.builder().memberAccount("tommy");
    role.invoke(builder, ImportGroupMember.ROLE_ADMIN);

    assertEquals(Optional.of("Admin"), builder.build().role());
  }

  @Test
  void importGroupMemberKeepsARoleReadFromTheWireForValidationToJudge() {
    ImportGroupMember member = Wire.read(ImportGroupMember.class, "{\"Member_Account\":\"peter\",\"Role\":\"Member\"}");

    assertEquals(Optional.of("Member"), member.role());
  }

  // --- helpers ---

  private static TIMTextElem text(String text) {
    return TIMTextElem.builder().msgContent(TIMTextElemContent.builder().text(text).build()).build();
  }

  private static ImportMsg.Builder importMsg(List<MsgElement> body) {
    return ImportMsg.builder().fromAccount("a").sendTime(1620808101L).msgBody(body);
  }

  private static ModifyGroupMsgRequest.Builder groupRequest() {
    return ModifyGroupMsgRequest.builder().groupId("@TGS#1HYEP2SHC").msgSeq(23L);
  }

  private static ModifyC2cMsgRequest.Builder c2cRequest() {
    return ModifyC2cMsgRequest.builder().fromAccount("a").toAccount("b").msgKey("1_2_3");
  }
}
