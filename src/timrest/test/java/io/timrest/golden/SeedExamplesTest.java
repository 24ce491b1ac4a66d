package io.timrest.golden;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.squareup.moshi.JsonReader;
import io.timrest.golden.SeedExamples.Block;
import io.timrest.golden.SeedExamples.Derived;
import io.timrest.golden.SeedExamples.Edited;
import io.timrest.golden.SeedExamples.SeedPage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import okio.Buffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;

class SeedExamplesTest {

  private static final Path PROJECT_DIR = SeedExamples.projectDir();
  private static final Path SEEDS = SeedExamples.seedsDir(PROJECT_DIR);
  /**
   * The local copies of the documentation pages ({@link SeedPage} names each by its public URL) sit
   * beside the project where it is developed, not in a clone; the committed golden files are what
   * the wire tests use either way.
   */
  private static final String SEEDS_ABSENT =
      "the local copies of the documentation pages (../shared/seeds/) are not beside this clone; "
          + "the committed golden files stand as derived";

  static boolean seedPagesPresent() {
    return Files.isDirectory(SEEDS);
  }

  // --- stripLineComments ---

  @Test
  void stripsCommentToEndOfLineAndKeepsTheNextLine() {
    Edited edited = stripLineComments("{\n\"a\": 1, // one\n\"b\": 2\n}");

    assertEquals("{\n\"a\": 1,\n\"b\": 2\n}", edited.text());
    assertEquals(1, edited.edits());
  }

  @Test
  void stripsCommentDirectlyAfterComma() {
    Edited edited = stripLineComments("\"RecentContactFlag\":1,// Means to trigger conversation update\n");

    assertEquals("\"RecentContactFlag\":1,\n", edited.text());
    assertEquals(1, edited.edits());
  }

  @Test
  void stripsCommentAfterOpeningBracketEvenWhenItHoldsQuotesAndBackticks() {
    Edited edited = stripLineComments("\"MsgBody\": [ // see the `TIMMessage` \"object\" {\n{}\n]");

    assertEquals("\"MsgBody\": [\n{}\n]", edited.text());
    assertEquals(1, edited.edits());
  }

  @Test
  void stripsCommentsButNotSlashesInsideStrings() {
    String json = "{\"Url\": \"https://example.com//path\", \"Data\": \"abc\\u0000\\u0001\"}";

    Edited edited = stripLineComments(json);

    assertEquals(json, edited.text());
    assertEquals(0, edited.edits());
  }

  @Test
  void stripsCommentAfterStringEndingInEscapedQuoteOrBackslash() {
    Edited edited = stripLineComments("[\"say \\\"//hi\\\"\", \"c:\\\\\" // a comment\n]");

    assertEquals("[\"say \\\"//hi\\\"\", \"c:\\\\\"\n]", edited.text());
    assertEquals(1, edited.edits());
  }

  @Test
  void countsOneEditPerComment() {
    Edited edited = stripLineComments("[ // a\n1, // b\n2 // c\n]");

    assertEquals("[\n1,\n2\n]", edited.text());
    assertEquals(3, edited.edits());
  }

  @Test
  void leavesTextWithoutCommentsUntouched() {
    String json = "{\n\t\"a\": [1, 2],\n    \"b\": \"/ not a comment /\"\n}";

    assertEquals(new Edited(json, 0), stripLineComments(json));
  }

  // --- dropTrailingCommaBeforeClosingBracket ---

  @Test
  void dropsTrailingCommaBeforeClosingBracketKeepingTheLineBreak() {
    Edited edited = dropTrailingCommaBeforeClosingBracket("[\n{\n\"a\": 1\n},\n]");

    assertEquals("[\n{\n\"a\": 1\n}\n]", edited.text());
    assertEquals(1, edited.edits());
  }

  @Test
  void keepsCommasBetweenElements() {
    String json = "[1, 2, {\"a\": [3, 4]}]";

    assertEquals(new Edited(json, 0), dropTrailingCommaBeforeClosingBracket(json));
  }

  @Test
  void keepsCommaBracketInsideStrings() {
    String json = "[\"a,]\", \"b,  ]\", \"escaped \\\",]\"]";

    assertEquals(new Edited(json, 0), dropTrailingCommaBeforeClosingBracket(json));
  }

  @Test
  void dropsTrailingCommaInEveryNestedArray() {
    Edited edited = dropTrailingCommaBeforeClosingBracket("[[1,], [2, [3,\n]],\n]");

    assertEquals("[[1], [2, [3\n]]\n]", edited.text());
    assertEquals(3, edited.edits());
  }

  @Test
  void leavesTrailingCommaBeforeClosingBraceForStrictValidationToReject() {
    String json = "{\"a\": 1,}";

    assertEquals(new Edited(json, 0), dropTrailingCommaBeforeClosingBracket(json));
    assertThrows(IllegalStateException.class, () -> SeedExamples.requireStrictJson(json, "test"));
  }

  // --- requireStrictJson ---

  @Test
  void acceptsOneCompleteStrictValue() {
    assertDoesNotThrow(() -> SeedExamples.requireStrictJson("{\n\t\"a\": [1, \"abc\\u0000\\u0001\"]\n}", "test"));
  }

  @Test
  void rejectsWhatOnlyALenientReaderAccepts() {
    for (String json : List.of("{\"a\": 1 // c\n}", "[1,]", "{a: 1}", "{'a': 1}", "{} {}", "{\"a\": 1", "")) {
      assertThrows(IllegalStateException.class, () -> SeedExamples.requireStrictJson(json, "test"), json);
    }
  }

  @Test
  void lenientReaderWouldInventANullForTheTrailingComma() throws IOException {
    JsonReader lenient = JsonReader.of(new Buffer().writeUtf8("[{\"a\": 1},\n]"));
    lenient.setLenient(true);

    List<?> value = (List<?>) lenient.readJsonValue();

    assertEquals(2, value.size());
    assertEquals(null, value.get(1));
  }

  // --- locateBlocks ---

  @Test
  void findsBlockFromBareBraceLineToMatchingBraceWithItsPreamble() {
    String page = "### Sample request\n```\n{\n\"a\": {\n\"b\": 1\n}\n}\n```\nx {\n{\n}\n";

    List<Block> blocks = SeedExamples.locateBlocks(page);

    assertEquals(2, blocks.size());
    assertEquals(new Block(3, List.of("Sample request", "```"), "{\n\"a\": {\n\"b\": 1\n}\n}"), blocks.get(0));
    assertEquals(new Block(10, List.of("```", "x {"), "{\n}"), blocks.get(1));
  }

  @Test
  void ignoresBracesInsideStringsAndComments() {
    String page = "{\n\"a\": \"}}\", // }\n\"b\": \"{\\\"\"\n}\nafter\n";

    List<Block> blocks = SeedExamples.locateBlocks(page);

    assertEquals(List.of("{\n\"a\": \"}}\", // }\n\"b\": \"{\\\"\"\n}"), blocks.stream().map(Block::text).toList());
  }

  @Test
  void requiresTheOpeningBraceAloneOnItsLine() {
    assertEquals(List.of(), SeedExamples.locateBlocks(" {\n}\n{ \"a\": 1 }\n"));
  }

  @Test
  void failsOnBlockThatNeverCloses() {
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> SeedExamples.locateBlocks("text\n{\n\"a\": {\n}\n"));

    assertTrue(e.getMessage().contains("line 2"), e.getMessage());
  }

  @Test
  void failsOnStringThatRunsToTheEndOfALine() {
    assertThrows(IllegalStateException.class, () -> SeedExamples.locateBlocks("{\n\"a\": \"b\n}\n"));
  }

  // --- derivation from the local copies of the pages ---

  @EnabledIf(value = "seedPagesPresent", disabledReason = SEEDS_ABSENT)
  @Test
  void importGroupMsgRequestNeedsNineCommentStripsAndNoCommaDrop() throws IOException {
    Derived request = derived(SeedPage.IMPORT_GROUP_MSG_EN, "import_group_msg.request.json");

    assertEquals(9, request.commentStrips());
    assertEquals(0, request.trailingCommaDrops());
    assertTrue(!request.json().contains("//"), request.json());
  }

  @EnabledIf(value = "seedPagesPresent", disabledReason = SEEDS_ABSENT)
  @Test
  void importGroupMsgResponseNeedsExactlyOneCommaDropAndNoCommentStrip() throws IOException {
    Derived response = derived(SeedPage.IMPORT_GROUP_MSG_EN, "import_group_msg.response.json");

    assertEquals(0, response.commentStrips());
    assertEquals(1, response.trailingCommaDrops());
  }

  @EnabledIf(value = "seedPagesPresent", disabledReason = SEEDS_ABSENT)
  @Test
  void everyOtherExampleIsStrictJsonAsPrinted() throws IOException {
    for (Derived derived : SeedExamples.deriveAll(SEEDS)) {
      if (derived.example().page() != SeedPage.IMPORT_GROUP_MSG_EN) {
        assertEquals(0, derived.commentStrips() + derived.trailingCommaDrops(), derived.example().toString());
      }
    }
  }

  @EnabledIf(value = "seedPagesPresent", disabledReason = SEEDS_ABSENT)
  @Test
  void derivationKeepsThePageTextApartFromTheEdits() throws IOException {
    String page = Files.readString(SEEDS.resolve(SeedPage.IMPORT_GROUP_MSG_EN.fileName));
    Derived response = derived(SeedPage.IMPORT_GROUP_MSG_EN, "import_group_msg.response.json");

    String printed = response.json().replace("\"Result\": 0\n}\n]", "\"Result\": 0\n},\n]");

    assertTrue(page.contains(printed + "\n"), "the response example, with its comma, appears verbatim on the page");
  }

  @EnabledIf(value = "seedPagesPresent", disabledReason = SEEDS_ABSENT)
  @Test
  void goldenFilesAreDerivedFromSeedPages() throws IOException {
    Map<String, String> derived = SeedExamples.goldenFiles(SEEDS);
    Path goldenDir = SeedExamples.goldenDir(PROJECT_DIR);

    Set<String> committed;
    try (Stream<Path> files = Files.list(goldenDir)) {
      committed = files.filter(SeedExamples::isGoldenJson).map(p -> p.getFileName().toString())
          .collect(Collectors.toCollection(TreeSet::new));
    }
    assertEquals(new TreeSet<>(derived.keySet()), committed, "golden .json files in " + goldenDir);
    for (Map.Entry<String, String> file : derived.entrySet()) {
      byte[] expected = file.getValue().getBytes(StandardCharsets.UTF_8);
      byte[] actual = Files.readAllBytes(goldenDir.resolve(file.getKey()));
      String message = file.getKey() + " differs from its derivation; regenerate it (see SeedExamples), don't edit it";
      assertEquals(file.getValue(), new String(actual, StandardCharsets.UTF_8), message);
      assertArrayEquals(expected, actual, message);
    }
  }

  @EnabledIf(value = "seedPagesPresent", disabledReason = SEEDS_ABSENT)
  @Test
  void writesTenGoldenFiles() throws IOException {
    assertEquals(
        List.of(
            "modify_group_msg.request.msgbody_only.json",
            "modify_group_msg.request.cloud_custom_data_only.json",
            "modify_group_msg.request.msgbody_and_cloud_custom_data.json",
            "modify_group_msg.response.json",
            "modify_c2c_msg.request.msgbody_only.json",
            "modify_c2c_msg.request.cloud_custom_data_only.json",
            "modify_c2c_msg.request.msgbody_and_cloud_custom_data.json",
            "modify_c2c_msg.response.json",
            "import_group_msg.request.json",
            "import_group_msg.response.json"),
        List.copyOf(SeedExamples.goldenFiles(SEEDS).keySet()));
  }

  @EnabledIf(value = "seedPagesPresent", disabledReason = SEEDS_ABSENT)
  @Test
  void markdownSourceOfModifyGroupMsgDocumentsTheSameExamplesAsTheEnglishPage() throws IOException {
    List<Derived> all = SeedExamples.deriveAll(SEEDS);
    List<Derived> markdown = all.stream().filter(d -> d.example().page() == SeedPage.MODIFY_GROUP_MSG_ZH_MARKDOWN).toList();

    assertEquals(4, markdown.size());
    for (Derived fromMarkdown : markdown) {
      Derived fromEnglish = derived(all, SeedPage.MODIFY_GROUP_MSG_EN, fromMarkdown.example().name());
      Golden.assertJsonEquals(fromEnglish.json(), fromMarkdown.json());
    }
  }

  @EnabledIf(value = "seedPagesPresent", disabledReason = SEEDS_ABSENT)
  @Test
  void markdownSourceKeepsItsOwnIndentation() throws IOException {
    Derived fromMarkdown = derived(SeedPage.MODIFY_GROUP_MSG_ZH_MARKDOWN, "modify_group_msg.request.msgbody_only.json");

    assertTrue(fromMarkdown.json().startsWith("{\n\t\"GroupId\": \"@TGS#1HYEP2SHC\",\n"), fromMarkdown.json());
  }

  // --- a page change the step does not expect fails loudly ---

  @EnabledIf(value = "seedPagesPresent", disabledReason = SEEDS_ABSENT)
  @Test
  void derivationFailsWhenAPageNeedsAnUnexpectedCommentStrip(@TempDir Path seeds) throws IOException {
    copySeeds(seeds);
    edit(seeds, SeedPage.IMPORT_GROUP_MSG_EN, "\"SendTime\":1620892821,", "\"SendTime\":1620892821, // new");

    IllegalStateException e = assertThrows(IllegalStateException.class, () -> SeedExamples.deriveAll(seeds));

    assertTrue(e.getMessage().contains("stripLineComments made 10 edits, expected 9"), e.getMessage());
  }

  @EnabledIf(value = "seedPagesPresent", disabledReason = SEEDS_ABSENT)
  @Test
  void derivationFailsWhenAPageNeedsAnUnexpectedCommaDrop(@TempDir Path seeds) throws IOException {
    copySeeds(seeds);
    edit(seeds, SeedPage.MODIFY_GROUP_MSG_EN, "\"Text\": \"hello\"\n}\n}\n]\n}", "\"Text\": \"hello\"\n}\n},\n]\n}");

    IllegalStateException e = assertThrows(IllegalStateException.class, () -> SeedExamples.deriveAll(seeds));

    assertTrue(e.getMessage().contains("dropTrailingCommaBeforeClosingBracket made 1 edits, expected 0"), e.getMessage());
  }

  @EnabledIf(value = "seedPagesPresent", disabledReason = SEEDS_ABSENT)
  @Test
  void derivationFailsWhenTheCommaTheStepExpectsIsGone(@TempDir Path seeds) throws IOException {
    copySeeds(seeds);
    edit(seeds, SeedPage.IMPORT_GROUP_MSG_EN, "\"Result\": 0\n},\n]", "\"Result\": 0\n}\n]");

    assertThrows(IllegalStateException.class, () -> SeedExamples.deriveAll(seeds));
  }

  @EnabledIf(value = "seedPagesPresent", disabledReason = SEEDS_ABSENT)
  @Test
  void derivationFailsWhenAPageGainsAnExample(@TempDir Path seeds) throws IOException {
    copySeeds(seeds);
    Path page = seeds.resolve(SeedPage.MODIFY_C2C_MSG_ZH.fileName);
    Files.writeString(page, Files.readString(page) + "\n{\n\"ActionStatus\": \"FAIL\"\n}\n");

    IllegalStateException e = assertThrows(IllegalStateException.class, () -> SeedExamples.deriveAll(seeds));

    assertTrue(e.getMessage().contains("has 5 example blocks"), e.getMessage());
  }

  @EnabledIf(value = "seedPagesPresent", disabledReason = SEEDS_ABSENT)
  @Test
  void derivationFailsWhenAnExampleIsNoLongerStrictJsonAfterTheEdits(@TempDir Path seeds) throws IOException {
    copySeeds(seeds);
    edit(seeds, SeedPage.MODIFY_C2C_MSG_ZH, "\"MsgKey\": \"1_2_3\",\n\"CloudCustomData\"", "MsgKey: \"1_2_3\",\n\"CloudCustomData\"");

    IllegalStateException e = assertThrows(IllegalStateException.class, () -> SeedExamples.deriveAll(seeds));

    assertTrue(e.getMessage().contains("not strict JSON"), e.getMessage());
  }

  @EnabledIf(value = "seedPagesPresent", disabledReason = SEEDS_ABSENT)
  @Test
  void derivationFailsWhenAHeadingChanges(@TempDir Path seeds) throws IOException {
    copySeeds(seeds);
    edit(seeds, SeedPage.IMPORT_GROUP_MSG_EN, "\nSample response\n", "\nExample response\n");

    IllegalStateException e = assertThrows(IllegalStateException.class, () -> SeedExamples.deriveAll(seeds));

    assertTrue(e.getMessage().contains("expected exactly one example block preceded by [Sample response]"), e.getMessage());
  }

  // --- helpers ---

  private static Edited stripLineComments(String json) {
    return SeedExamples.stripLineComments(json);
  }

  private static Edited dropTrailingCommaBeforeClosingBracket(String json) {
    return SeedExamples.dropTrailingCommaBeforeClosingBracket(json);
  }

  private static Derived derived(SeedPage page, String name) throws IOException {
    return derived(SeedExamples.deriveAll(SEEDS), page, name);
  }

  private static Derived derived(List<Derived> all, SeedPage page, String name) {
    List<Derived> matches =
        all.stream().filter(d -> d.example().page() == page && d.example().name().equals(name)).toList();
    assertEquals(1, matches.size(), page + " " + name);
    return matches.get(0);
  }

  private static void copySeeds(Path target) throws IOException {
    for (SeedPage page : SeedPage.values()) {
      Files.copy(SEEDS.resolve(page.fileName), target.resolve(page.fileName));
    }
  }

  /** Replaces the one occurrence of {@code from} on a copied page; fails if it is not there exactly once. */
  private static void edit(Path seeds, SeedPage page, String from, String to) throws IOException {
    Path file = seeds.resolve(page.fileName);
    String text = Files.readString(file);
    assertEquals(text.indexOf(from), text.lastIndexOf(from), "occurrences of " + from);
    assertTrue(text.contains(from), "page contains " + from);
    Files.writeString(file, text.replace(from, to));
  }
}
