package io.timrest.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.squareup.moshi.Types;
import io.timrest.model.ImportMsg;
import io.timrest.model.ModifyGroupMsgRequest;
import java.io.ByteArrayInputStream;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code --body} and {@code --file} are what a person wrote: read strictly, with errors in their words. */
class JsonFilesTest {
  private static final Type MSG_LIST = Types.newParameterizedType(List.class, ImportMsg.class);

  private final JsonFiles json = new JsonFiles();

  @Test
  void aMisspelledTopicIdIsRefusedWithTheNearestName() {
    UsageException e = assertThrows(UsageException.class, () -> read(ModifyGroupMsgRequest.class,
        "{\"GroupId\":\"g\",\"MsgSeq\":1,\"TopicID\":\"t\",\"CloudCustomData\":\"x\"}"));

    assertEquals("invalid JSON in standard input: TopicID: unknownField (this object has no field TopicID;"
        + " did you mean TopicId?)", e.getMessage());
  }

  @Test
  void aMisspelledRandomInAMessageListIsRefused() {
    UsageException e = assertThrows(UsageException.class, () -> read(MSG_LIST,
        "[{\"From_Account\":\"a\",\"SendTime\":1,\"Randum\":3,\"MsgBody\":[]}]"));

    assertEquals("invalid JSON in standard input: [0].Randum: unknownField (this object has no field Randum;"
        + " did you mean Random?)", e.getMessage());
  }

  @Test
  void aSyntaxErrorNamesLineAndColumnNotMoshisAdvice() {
    UsageException e = assertThrows(UsageException.class, () -> read(MSG_LIST, "[\n  {\"From_Account\": 'a'}\n]"));

    assertEquals("malformed JSON in standard input at line 2, column 20: unexpected '''"
        + " (names and strings are written in double quotes)", e.getMessage());
  }

  @Test
  void aWellFormedListReads() {
    List<ImportMsg> messages = read(MSG_LIST,
        "[{\"From_Account\":\"a\",\"SendTime\":1,\"MsgBody\":[{\"MsgType\":\"TIMTextElem\",\"MsgContent\":{\"Text\":\"x\"}}]}]");

    assertEquals("a", messages.get(0).fromAccount());
  }

  private <T> T read(Type type, String text) {
    return json.read(JsonFiles.STDIN, type, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }
}
