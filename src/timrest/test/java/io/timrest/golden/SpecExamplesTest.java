package io.timrest.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The golden files in {@code golden/spec/} are the examples of {@code spec/openapi.yaml}, key order included. */
class SpecExamplesTest {
  private static final Path SPEC_GOLDEN_DIR =
      Path.of("src", "timrest", "test", "resources", "golden", "spec");

  @ParameterizedTest(name = "{1}")
  @CsvSource({
      "/v4/im_open_login_svc/multiaccount_import,  multiaccount_import.request.json",
      "/v4/group_open_http_svc/import_group,        import_group.request.json",
      "/v4/group_open_http_svc/import_group_member, import_group_member.request.json",
      "/v4/group_open_http_svc/set_unread_msg_num,  set_unread_msg_num.request.json",
      "/v4/openim/importmsg,                        importmsg.request.json"})
  void requestGoldenFileIsTheSpecExample(String path, String file) {
    Golden.assertJsonEqualsInKeyOrder(
        SpecExamples.requestExample(SpecExamples.readSpec(), path), Golden.read("spec/" + file));
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource({
      "/v4/im_open_login_svc/multiaccount_import,  multiaccount_import.response.json",
      "/v4/group_open_http_svc/import_group,        import_group.response.json",
      "/v4/group_open_http_svc/import_group_member, import_group_member.response.json",
      "/v4/group_open_http_svc/set_unread_msg_num,  set_unread_msg_num.response.json",
      "/v4/openim/importmsg,                        importmsg.response.json"})
  void responseGoldenFileIsTheSpecExample(String path, String file) {
    Golden.assertJsonEqualsInKeyOrder(
        SpecExamples.responseExample(SpecExamples.readSpec(), path), Golden.read("spec/" + file));
  }

  @Test
  void goldenSpecFolderHoldsExactlyTheTenCheckedFiles() throws IOException {
    Set<String> files;
    try (Stream<Path> listed = Files.list(SPEC_GOLDEN_DIR)) {
      files = listed.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
    }

    assertEquals(new TreeSet<>(Set.of(
        "multiaccount_import.request.json", "multiaccount_import.response.json",
        "import_group.request.json", "import_group.response.json",
        "import_group_member.request.json", "import_group_member.response.json",
        "set_unread_msg_num.request.json", "set_unread_msg_num.response.json",
        "importmsg.request.json", "importmsg.response.json")), files);
  }

  // --- the reader ---

  @Test
  void readsASequenceOfMappingsWithSingleQuotedAndPlainScalars() {
    String spec = specWithRequestExample(
        "GroupId: '@TGS#2J4SZEAEL'",
        "MemberList:",
        "  - Member_Account: tommy",
        "    JoinTime: 1448357837",
        "  - Member_Account: 'it''s'",
        "Text: hi, beauty",
        "Url: http://www.qq.com",
        "Empty: ''",
        "None: []");

    assertEquals("{\"GroupId\":\"@TGS#2J4SZEAEL\",\"MemberList\":[{\"Member_Account\":\"tommy\",\"JoinTime\":1448357837},"
            + "{\"Member_Account\":\"it's\"}],\"Text\":\"hi, beauty\",\"Url\":\"http://www.qq.com\",\"Empty\":\"\",\"None\":[]}",
        SpecExamples.requestExample(spec, "/v4/x/y"));
  }

  @Test
  void followsAResponseRefToTheSharedResponse() {
    String spec = String.join("\n",
        "paths:",
        "  /v4/x/y:",
        "    post:",
        "      responses:",
        "        '200':",
        "          $ref: '#/components/responses/EnvelopeOnly'",
        "components:",
        "  responses:",
        "    EnvelopeOnly:",
        "      content:",
        "        application/json:",
        "          example:",
        "            ActionStatus: OK",
        "            ErrorCode: 0",
        "");

    assertEquals("{\"ActionStatus\":\"OK\",\"ErrorCode\":0}", SpecExamples.responseExample(spec, "/v4/x/y"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Flow: {a: 1}", "Flow: [1, 2]", "Quoted: \"x\"", "Boolean: yes", "Boolean: no", "Float: 1.5",
      "Date: 2015-11-24", "Comment: a #b", "Anchor: &a x"})
  void refusesWhatItDoesNotRead(String line) {
    String spec = specWithRequestExample(line);

    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> SpecExamples.requestExample(spec, "/v4/x/y"));

    assertTrue(e.getMessage().startsWith("line 9"), e.getMessage());
  }

  @Test
  void namesTheMissingOperation() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> SpecExamples.requestExample(SpecExamples.readSpec(), "/v4/openim/no_such_command"));

    assertTrue(e.getMessage().contains("no /v4/openim/no_such_command"), e.getMessage());
  }

  /** A spec whose one operation, {@code /v4/x/y}, has {@code example} as its request example (from line 9). */
  private static String specWithRequestExample(String... example) {
    StringBuilder spec = new StringBuilder(String.join("\n",
        "paths:",
        "  /v4/x/y:",
        "    post:",
        "      requestBody:",
        "        content:",
        "          application/json:",
        "            schema: {}",
        "            example:",
        ""));
    for (String line : example) {
      spec.append("              ").append(line).append('\n');
    }
    return spec.toString();
  }
}
