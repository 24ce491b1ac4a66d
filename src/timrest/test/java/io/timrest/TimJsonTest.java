package io.timrest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.timrest.model.ImportGroupMsgRequest;
import io.timrest.model.ImportMsg;
import io.timrest.model.ModifyGroupMsgRequest;
import io.timrest.model.TIMTextElem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a person wrote is read strictly; the server's answers stay lenient (see ModelContractTest). */
class TimJsonTest {

  @Test
  void aWellFormedRequestReadsAsTheModel() {
    ImportGroupMsgRequest request = TimJson.readStrict(ImportGroupMsgRequest.class,
        "{\"GroupId\":\"g\",\"MsgList\":[{\"From_Account\":\"a\",\"SendTime\":1,\"Random\":7,"
            + "\"MsgBody\":[{\"MsgType\":\"TIMTextElem\",\"MsgContent\":{\"Text\":\"hi\"}}]}]}");

    assertEquals(7L, request.msgList().get(0).random().orElseThrow());
    assertEquals("hi", ((TIMTextElem) request.msgList().get(0).msgBody().get(0)).msgContent().text());
  }

  @Test
  void anUnknownTopLevelFieldIsNamedWithTheNearestKnownName() {
    TimValidationException e = refused(ModifyGroupMsgRequest.class,
        "{\"GroupId\":\"g\",\"MsgSeq\":1,\"TopicID\":\"t\",\"CloudCustomData\":\"x\"}");

    assertEquals("TopicID", e.field());
    assertEquals("unknownField", e.rule());
    assertEquals("TopicID: unknownField (this object has no field TopicID; did you mean TopicId?)", e.getMessage());
  }

  @Test
  void aMisspelledMsgBodyIsNamed() {
    TimValidationException e = refused(ModifyGroupMsgRequest.class,
        "{\"GroupId\":\"g\",\"MsgSeq\":1,\"Msgbody\":[]}");

    assertEquals("Msgbody", e.field());
    assertEquals("this object has no field Msgbody; did you mean MsgBody?", explanation(e));
  }

  @Test
  void anUnknownNestedFieldIsNamedWithItsPath() {
    TimValidationException e = assertThrows(TimValidationException.class, () -> TimJson.readStrictList(ImportMsg.class,
        "[{\"From_Account\":\"a\",\"SendTime\":1,\"MsgBody\":[{\"MsgType\":\"TIMTextElem\",\"MsgContent\":{\"Text\":\"x\"}}]},\n"
            + " {\"From_Account\":\"a\",\"SendTime\":2,\"Randum\":3,\"MsgBody\":[]}]"));

    assertEquals("[1].Randum", e.field());
    assertEquals("this object has no field Randum; did you mean Random?", explanation(e));
  }

  @Test
  void anUnknownFieldInsideAnElementsContentIsNamed() {
    TimValidationException e = refused(ImportMsg.class,
        "{\"From_Account\":\"a\",\"SendTime\":1,\"MsgBody\":[{\"MsgType\":\"TIMTextElem\",\"MsgContent\":{\"Txt\":\"x\"}}]}");

    assertEquals("MsgBody[0].MsgContent.Txt", e.field());
    assertEquals("this object has no field Txt; did you mean Text?", explanation(e));
  }

  @Test
  void aSyntaxErrorSaysLineAndColumnInPlainWords() {
    TimValidationException e = refused(ImportMsg.class, "{\n  \"From_Account\": \"a\"\n  \"SendTime\": 1\n}");

    assertEquals("", e.field());
    assertEquals("syntax", e.rule());
    assertEquals("invalid JSON at line 3, column 3: expected ',' or '}' after a field's value, found '\"'", explanation(e));
  }

  @Test
  void aTrailingCommaIsASyntaxErrorAtItsPlace() {
    TimValidationException e = refused(ImportMsg.class, "{\"From_Account\":\"a\",}");

    assertEquals("syntax", e.rule());
    assertEquals("invalid JSON at line 1, column 21: expected a field name in double quotes, found '}'", explanation(e));
  }

  @Test
  void anUnquotedNameIsASyntaxErrorNotMoshisAdvice() {
    TimValidationException e = refused(ImportMsg.class, "{From_Account: \"a\"}");

    assertEquals("invalid JSON at line 1, column 2: unexpected 'F' (names and strings are written in double quotes)", explanation(e));
  }

  @Test
  void textAfterTheValueIsRefused() {
    TimValidationException e = refused(ImportMsg.class,
        "{\"From_Account\":\"a\",\"SendTime\":1,\"MsgBody\":[]} x");

    assertEquals("invalid JSON at line 1, column 48: unexpected 'x' after the end of the JSON value", explanation(e));
  }

  @Test
  void anEmptyTextHoldsNoJson() {
    TimValidationException e = refused(ImportMsg.class, "  ");

    assertEquals("invalid JSON at line 1, column 3: the text holds no JSON", explanation(e));
  }

  @Test
  void aTextThatEndsEarlySaysSo() {
    TimValidationException e = refused(ImportMsg.class, "{\"From_Account\":");

    assertEquals("syntax", e.rule());
    assertEquals("invalid JSON at line 1, column 17: the text ends before the JSON value does", explanation(e));
  }

  @Test
  void aMissingRequiredFieldIsNamedWithItsPath() {
    TimValidationException e = refused(ImportGroupMsgRequest.class,
        "{\"GroupId\":\"g\",\"MsgList\":[{\"From_Account\":\"a\",\"MsgBody\":[]}]}");

    assertEquals("MsgList[0].SendTime", e.field());
    assertEquals("required", e.rule());
  }

  @Test
  void aNullRequiredFieldIsRefused() {
    TimValidationException e = refused(ImportMsg.class, "{\"From_Account\":null,\"SendTime\":1,\"MsgBody\":[]}");

    assertEquals("From_Account", e.field());
    assertEquals("required", e.rule());
  }

  @Test
  void aValueOfTheWrongTypeIsNamed() {
    TimValidationException e = refused(ImportMsg.class, "{\"From_Account\":\"a\",\"SendTime\":1,\"MsgBody\":\"hi\"}");

    assertEquals("MsgBody", e.field());
    assertEquals("type", e.rule());
    assertEquals("must be an array, found a string", explanation(e));
  }

  @Test
  void aNumberWhereAStringIsExpectedIsRefused() {
    TimValidationException e = refused(ImportMsg.class, "{\"From_Account\":123,\"SendTime\":1,\"MsgBody\":[]}");

    assertEquals("From_Account", e.field());
    assertEquals("type", e.rule());
    assertEquals("must be a string, found a number", explanation(e));
  }

  @Test
  void aNullElementOfAListIsRefused() {
    TimValidationException e = assertThrows(TimValidationException.class, () -> TimJson.readStrictList(ImportMsg.class, "[null]"));

    assertEquals("[0]", e.field());
  }

  @Test
  void anElementOfAnUnknownTypeIsKeptAsItIs() {
    ImportMsg message = TimJson.readStrict(ImportMsg.class,
        "{\"From_Account\":\"a\",\"SendTime\":1,\"MsgBody\":[{\"MsgType\":\"TIMRelayElem\",\"MsgContent\":{\"Any\":1}}]}");

    assertEquals(List.of("TIMRelayElem"), message.msgBody().stream().map(element -> element.msgType()).toList());
  }

  private static TimValidationException refused(Class<?> type, String json) {
    return assertThrows(TimValidationException.class, () -> TimJson.readStrict(type, json));
  }

  private static String explanation(TimValidationException e) {
    String prefix = (e.field().isEmpty() ? "" : e.field() + ": ") + e.rule() + " (";
    assertEquals(prefix, e.getMessage().substring(0, Math.min(prefix.length(), e.getMessage().length())), e.getMessage());
    return e.getMessage().substring(prefix.length(), e.getMessage().length() - 1);
  }

  @Test
  void theNearestNamePrefersANameCutShortThenTheSmallestEditDistanceIgnoringCase() {
    assertEquals(java.util.Optional.of("MsgBody"), TimJson.nearestName("Msgbody", java.util.List.of("MsgType", "MsgBody")));
    assertEquals(java.util.Optional.of("FaceUrl"), TimJson.nearestName("Face", java.util.List.of("Nick", "Fax", "FaceUrl")));
    assertEquals(java.util.Optional.of("kitten"), TimJson.nearestName("sittin", java.util.List.of("mitten2", "kitten")));
    assertEquals(java.util.Optional.empty(), TimJson.nearestName("x", java.util.List.of()));
  }
}
