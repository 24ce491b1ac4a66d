package io.timrest.golden;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class GoldenTest {

  // --- the golden files ---

  @Test
  void readsGoldenFileFromTheClasspath() {
    String response = Golden.read("modify_group_msg.response.json");

    assertEquals("{\n\"ActionStatus\": \"OK\",\n\"ErrorCode\": 0,\n\"ErrorInfo\": \"succeed\"\n}\n", response);
  }

  @Test
  void readingAMissingGoldenFileNamesIt() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Golden.read("nope.json"));

    assertTrue(e.getMessage().contains("golden/nope.json"), e.getMessage());
  }

  @Test
  void importRequestKeepsTheControlCharacterEscapesAsTwelveCharactersOfText() {
    assertTrue(Golden.read("import_group_msg.request.json").contains("\"Data\": \"abc\\u0000\\u0001\""));
  }

  @Test
  void importRequestFaceElemDataIsAbcThenU0000ThenU0001() {
    Map<?, ?> faceElem = (Map<?, ?>) messageBody(0).get(1);
    String data = (String) ((Map<?, ?>) faceElem.get("MsgContent")).get("Data");

    assertEquals("TIMFaceElem", faceElem.get("MsgType"));
    assertEquals(List.of((int) 'a', (int) 'b', (int) 'c', 0x0000, 0x0001), data.chars().boxed().toList());
  }

  @Test
  void importRequestSecondMessageHasNoRandom() {
    List<?> messages = (List<?>) request().get("MsgList");

    assertEquals(2, messages.size());
    assertEquals(8912345.0, ((Map<?, ?>) messages.get(0)).get("Random"));
    assertFalse(((Map<?, ?>) messages.get(1)).containsKey("Random"));
  }

  @Test
  void importResponseHasExactlyTwoResultsAndNoNullFromTheDroppedComma() {
    Map<?, ?> response = (Map<?, ?>) Golden.parse(Golden.read("import_group_msg.response.json"));
    List<?> results = (List<?>) response.get("ImportMsgResult");

    assertEquals(2, results.size());
    assertFalse(results.contains(null));
  }

  @Test
  void parseIsStrict() {
    assertThrows(IllegalArgumentException.class, () -> Golden.parse("[1,]"));
    assertThrows(IllegalArgumentException.class, () -> Golden.parse("{\"a\": 1} // c"));
  }

  // --- assertJsonEquals ---

  @Test
  void treatsKeyOrderAsIrrelevant() {
    assertDoesNotThrow(() -> Golden.assertJsonEquals("{\"a\": 1, \"b\": [true, null]}", "{\"b\": [true, null], \"a\": 1}"));
  }

  @Test
  void ignoresWhitespaceAndLineBreaks() {
    assertDoesNotThrow(
        () -> Golden.assertJsonEquals(Golden.read("import_group_msg.response.json"),
            "{\"ImportMsgResult\":[{\"MsgSeq\":1,\"MsgTime\":1620808101,\"Result\":0},"
                + "{\"MsgSeq\":2,\"MsgTime\":1620892821,\"Result\":0}],"
                + "\"ErrorCode\":0,\"ErrorInfo\":\"\",\"ActionStatus\":\"OK\"}"));
  }

  @Test
  void detectsDifferentValueForAKey() {
    assertMismatch("{\"a\": \"x\"}", "{\"a\": \"y\"}", "$.a: expected \"x\" but was \"y\"");
  }

  @Test
  void detectsMissingKey() {
    assertMismatch("{\"a\": 1, \"b\": 2}", "{\"a\": 1}", "$.b: expected 2 but was absent");
  }

  @Test
  void detectsExtraKey() {
    assertMismatch("{\"a\": 1}", "{\"a\": 1, \"Random\": 5}", "$.Random: expected absent but was 5");
  }

  @Test
  void detectsNullVersusAbsent() {
    assertMismatch("{\"a\": 1}", "{\"a\": 1, \"b\": null}", "$.b: expected absent but was null");
  }

  @Test
  void detectsArrayOrder() {
    assertMismatch("[1, 2]", "[2, 1]", "$[0]: expected 1 but was 2");
  }

  @Test
  void detectsExtraArrayElement() {
    assertMismatch("[{}, {}]", "[{}, {}, null]", "$[2]: expected absent but was null (expected 2 elements, was 3)");
  }

  @Test
  void detectsOneVersusTwo() {
    assertMismatch("{\"MsgSeq\": 1}", "{\"MsgSeq\": 2}", "$.MsgSeq: expected 1 but was 2");
  }

  @Test
  void detectsIntegerLiteralVersusFractionalLiteral() {
    assertMismatch("{\"MsgSeq\": 23}", "{\"MsgSeq\": 23.0}",
        "$.MsgSeq: expected 23 but was 23.0 (same value, but only one is an integer literal)");
  }

  @Test
  void treatsFractionsThatDifferOnlyInTrailingZerosAsEqual() {
    assertDoesNotThrow(() -> Golden.assertJsonEquals("[1.5, 2e3]", "[1.50, 2.0E3]"));
  }

  @Test
  void distinguishesIntegersBeyondDoublePrecision() {
    assertMismatch("[9007199254740993]", "[9007199254740992]", "$[0]: expected 9007199254740993 but was 9007199254740992");
  }

  @Test
  void detectsStringVersusNumber() {
    assertMismatch("{\"Random\": 1}", "{\"Random\": \"1\"}", "$.Random: expected 1 but was \"1\"");
  }

  @Test
  void namesThePathOfTheFirstDifferenceAndEscapesControlCharacters() {
    String expected = Golden.read("import_group_msg.request.json");
    String actual = expected.replace("\"abc\\u0000\\u0001\"", "\"abc\"");

    assertMismatch(expected, actual, "$.MsgList[0].MsgBody[1].MsgContent.Data: expected \"abc\\u0000\\u0001\" but was \"abc\"");
  }

  @Test
  void quotesKeysThatAreNotPlainWordsInThePath() {
    assertMismatch("{\"a b\": {\"c\": 1}}", "{\"a b\": {\"c\": 2}}", "$['a b'].c: expected 1 but was 2");
  }

  @Test
  void rejectsInputThatIsNotStrictJson() {
    assertThrows(IllegalArgumentException.class, () -> Golden.assertJsonEquals("[1]", "[1,]"));
    assertThrows(IllegalArgumentException.class, () -> Golden.assertJsonEquals("{\"a\": 1, \"a\": 2}", "{\"a\": 2}"));
  }

  // --- assertJsonEqualsInKeyOrder ---

  @Test
  void keyOrderAssertionAcceptsTheSameOrderWrittenDifferently() {
    assertDoesNotThrow(() -> Golden.assertJsonEqualsInKeyOrder(
        Golden.read("spec/set_unread_msg_num.request.json"),
        "{\"GroupId\":\"@TGS#2J4SZEAEL\",\"Member_Account\":\"peter\",\"UnreadMsgNum\":10}"));
  }

  @Test
  void keyOrderAssertionDetectsSwappedKeys() {
    assertKeyOrderMismatch("{\"a\": 1, \"b\": 2}", "{\"b\": 2, \"a\": 1}", "$: expected keys [a, b] but was [b, a]");
  }

  @Test
  void keyOrderAssertionNamesTheObjectInsideAnArray() {
    assertKeyOrderMismatch(
        "{\"MemberList\": [{\"Member_Account\": \"tommy\"}, {\"Member_Account\": \"peter\", \"JoinTime\": 1}]}",
        "{\"MemberList\": [{\"Member_Account\": \"tommy\"}, {\"JoinTime\": 1, \"Member_Account\": \"peter\"}]}",
        "$.MemberList[1]: expected keys [Member_Account, JoinTime] but was [JoinTime, Member_Account]");
  }

  @Test
  void keyOrderAssertionReportsADifferentValueBeforeTheOrder() {
    assertKeyOrderMismatch("{\"a\": 1, \"b\": 2}", "{\"b\": 3, \"a\": 1}", "$.b: expected 2 but was 3");
  }

  // --- helpers ---

  private static void assertMismatch(String expectedJson, String actualJson, String message) {
    AssertionFailedError e =
        assertThrows(AssertionFailedError.class, () -> Golden.assertJsonEquals(expectedJson, actualJson));
    assertEquals(message, e.getMessage());
  }

  private static void assertKeyOrderMismatch(String expectedJson, String actualJson, String message) {
    AssertionFailedError e = assertThrows(
        AssertionFailedError.class, () -> Golden.assertJsonEqualsInKeyOrder(expectedJson, actualJson));
    assertEquals(message, e.getMessage());
  }

  private static Map<?, ?> request() {
    return (Map<?, ?>) Golden.parse(Golden.read("import_group_msg.request.json"));
  }

  private static List<?> messageBody(int message) {
    Map<?, ?> msg = (Map<?, ?>) ((List<?>) request().get("MsgList")).get(message);
    return (List<?>) msg.get("MsgBody");
  }
}
