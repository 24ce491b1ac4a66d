package io.timrest.golden;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import com.squareup.moshi.JsonReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import okio.Buffer;

/**
 * Derives the golden wire-format files in {@code src/timrest/test/resources/golden/} from the request and
 * response examples of the official documentation pages of the three core endpoints ({@link SeedPage}
 * names each page by its public URL).
 *
 * <p>The derivation reads local copies of those pages, kept as they were received (the "seed pages")
 * in {@code ../shared/seeds/} beside the project directory, when that directory is present. A clone
 * without it cannot re-derive the files: the derivation tests skip themselves, and the committed
 * golden files stand as derived.
 *
 * <p>The pages' examples are not strict JSON (003's request has {@code //} comments, its response a
 * trailing comma before {@code ]}), so each example is turned into strict JSON by two explicit,
 * counted transformations, {@link #stripLineComments} and
 * {@link #dropTrailingCommaBeforeClosingBracket}, and nothing else: the page's text, line breaks
 * and indentation are kept. Every example declares how many edits of each kind it needs; a page
 * that needs a different number, gains or loses an example, or yields something that is not one
 * strict JSON value fails the derivation instead of silently producing a different golden file.
 *
 * <p>Regenerate the golden files after a copy of a page changes (from the project directory):
 *
 * <pre>
 * mvn -B -q -Dcodegen.skip=true test-compile exec:java \
 *     -Dexec.classpathScope=test -Dexec.mainClass=io.timrest.golden.SeedExamples
 * </pre>
 *
 * {@code SeedExamplesTest.goldenFilesAreDerivedFromSeedPages()} fails while a committed golden file
 * differs from its derivation by a single byte, so the files cannot be edited by hand.
 */
public final class SeedExamples {

  /**
   * The documentation pages that hold examples, each with the file name of its local copy in
   * {@code ../shared/seeds/}.
   */
  enum SeedPage {
    /**
     * {@code v4/openim/modify_group_msg}: "Modifying Historical Group Messages",
     * https://www.tencentcloud.com/document/product/1047/47948 (English body, Korean navigation),
     * as flattened HTML.
     */
    MODIFY_GROUP_MSG_EN("000_922abfd480f650b8.txt"),
    /**
     * {@code v4/openim/modify_c2c_msg}: the Chinese edition of
     * https://www.tencentcloud.com/document/product/1047/47722 (CN:
     * https://cloud.tencent.com/document/product/269/74740), as flattened HTML.
     */
    MODIFY_C2C_MSG_ZH("001_085626f58f823598.txt"),
    /**
     * {@code v4/openim/modify_group_msg} again: the Markdown source of the Chinese page
     * https://cloud.tencent.com/document/product/269/74741, in an older revision.
     */
    MODIFY_GROUP_MSG_ZH_MARKDOWN("002_d7c6f8272372c763.txt"),
    /**
     * {@code v4/group_open_http_svc/import_group_msg}: "Importing Group Messages",
     * https://www.tencentcloud.com/document/product/1047/34968 (English body, Korean navigation),
     * as flattened HTML.
     */
    IMPORT_GROUP_MSG_EN("003_c442c41adae94c61.txt");

    final String fileName;

    SeedPage(String fileName) {
      this.fileName = fileName;
    }
  }

  /**
   * One example on one page.
   *
   * @param labels lines (headings or captions) that must all appear between the previous example
   *     and this one; together they must pick out exactly one example block on the page
   * @param name the golden file name ({@code endpoint.request|response[.case].json})
   * @param writesGoldenFile false for an example that only cross-checks a golden file derived from
   *     another page (002 documents the same endpoint as 000)
   */
  record Example(
      SeedPage page,
      List<String> labels,
      String name,
      boolean writesGoldenFile,
      int expectedCommentStrips,
      int expectedTrailingCommaDrops) {

    Example {
      labels = List.copyOf(labels);
    }

    @Override
    public String toString() {
      return page.fileName + " " + labels + " -> " + name;
    }
  }

  /** A text after one transformation and the number of edits that transformation made. */
  record Edited(String text, int edits) {}

  /**
   * An example block as it stands on a page.
   *
   * @param firstLine 1-based line number of the block's opening brace
   * @param preamble the lines between the previous block (or the page start) and this one, as
   *     {@link SeedExamples#heading headings}
   * @param text from the opening brace to the matching closing brace, line breaks as on the page
   */
  record Block(int firstLine, List<String> preamble, String text) {}

  /** An example turned into strict JSON, with the edits it took. */
  record Derived(Example example, String json, int commentStrips, int trailingCommaDrops) {}

  private static final String MODIFY_GROUP_MSG = "modify_group_msg";
  private static final String MODIFY_C2C_MSG = "modify_c2c_msg";
  private static final String IMPORT_GROUP_MSG = "import_group_msg";

  /** Every example on every page; a page with an example not listed here fails derivation. */
  static final List<Example> EXAMPLES =
      List.of(
          // 000: modify_group_msg, English.
          new Example(
              SeedPage.MODIFY_GROUP_MSG_EN,
              List.of("Sample request", "Modifying only the MsgBody information of the message object"),
              MODIFY_GROUP_MSG + ".request.msgbody_only.json", true, 0, 0),
          new Example(
              SeedPage.MODIFY_GROUP_MSG_EN,
              List.of("Modifying only the CloudCustomData information of the message object"),
              MODIFY_GROUP_MSG + ".request.cloud_custom_data_only.json", true, 0, 0),
          new Example(
              SeedPage.MODIFY_GROUP_MSG_EN,
              List.of("Modifying both the MsgBody and CloudCustomData information of the message object"),
              MODIFY_GROUP_MSG + ".request.msgbody_and_cloud_custom_data.json", true, 0, 0),
          new Example(
              SeedPage.MODIFY_GROUP_MSG_EN,
              List.of("Sample response"),
              MODIFY_GROUP_MSG + ".response.json", true, 0, 0),
          // 001: modify_c2c_msg, Chinese.
          new Example(
              SeedPage.MODIFY_C2C_MSG_ZH,
              List.of("请求包示例", "只修改消息的 MsgBody"),
              MODIFY_C2C_MSG + ".request.msgbody_only.json", true, 0, 0),
          new Example(
              SeedPage.MODIFY_C2C_MSG_ZH,
              List.of("只修改消息的 CloudCustomData"),
              MODIFY_C2C_MSG + ".request.cloud_custom_data_only.json", true, 0, 0),
          new Example(
              SeedPage.MODIFY_C2C_MSG_ZH,
              List.of("同时修改消息的 MsgBody 和 CloudCustomData"),
              MODIFY_C2C_MSG + ".request.msgbody_and_cloud_custom_data.json", true, 0, 0),
          new Example(
              SeedPage.MODIFY_C2C_MSG_ZH,
              List.of("应答包体示例"),
              MODIFY_C2C_MSG + ".response.json", true, 0, 0),
          // 002: modify_group_msg again (Markdown source); must equal 000's examples as JSON.
          new Example(
              SeedPage.MODIFY_GROUP_MSG_ZH_MARKDOWN,
              List.of("请求包示例", "只修改消息的 MsgBody"),
              MODIFY_GROUP_MSG + ".request.msgbody_only.json", false, 0, 0),
          new Example(
              SeedPage.MODIFY_GROUP_MSG_ZH_MARKDOWN,
              List.of("只修改消息的 CloudCustomData"),
              MODIFY_GROUP_MSG + ".request.cloud_custom_data_only.json", false, 0, 0),
          new Example(
              SeedPage.MODIFY_GROUP_MSG_ZH_MARKDOWN,
              List.of("同时修改消息的 MsgBody 和 CloudCustomData"),
              MODIFY_GROUP_MSG + ".request.msgbody_and_cloud_custom_data.json", false, 0, 0),
          new Example(
              SeedPage.MODIFY_GROUP_MSG_ZH_MARKDOWN,
              List.of("应答包体示例"),
              MODIFY_GROUP_MSG + ".response.json", false, 0, 0),
          // 003: import_group_msg. The request carries nine "// ..." annotations, one per
          // commented line; the response has one "}," before the closing "]" of ImportMsgResult.
          new Example(
              SeedPage.IMPORT_GROUP_MSG_EN,
              List.of("Sample request"),
              IMPORT_GROUP_MSG + ".request.json", true, 9, 0),
          new Example(
              SeedPage.IMPORT_GROUP_MSG_EN,
              List.of("Sample response"),
              IMPORT_GROUP_MSG + ".response.json", true, 0, 1));

  private SeedExamples() {}

  /**
   * Where the local copies of the pages are read from: {@code ../shared/seeds} beside the project
   * directory (Maven's working directory in tests). Not part of the repository.
   */
  static Path seedsDir(Path projectDir) {
    return projectDir.resolve("..").resolve("shared").resolve("seeds").normalize();
  }

  static Path goldenDir(Path projectDir) {
    return projectDir.resolve("src").resolve("timrest").resolve("test").resolve("resources").resolve("golden");
  }

  static Path projectDir() {
    return Path.of(System.getProperty("user.dir")).toAbsolutePath();
  }

  /**
   * The golden files, name to content, derived from the pages in {@code seedsDir}: each file is
   * the example's strict JSON text followed by one line feed.
   */
  static Map<String, String> goldenFiles(Path seedsDir) throws IOException {
    Map<String, String> files = new LinkedHashMap<>();
    for (Derived derived : deriveAll(seedsDir)) {
      if (derived.example().writesGoldenFile()) {
        String previous = files.put(derived.example().name(), derived.json() + "\n");
        if (previous != null) {
          throw new IllegalStateException("two examples write " + derived.example().name());
        }
      }
    }
    return files;
  }

  /** Derives every example in {@link #EXAMPLES}, failing on anything the pages did not lead us to expect. */
  static List<Derived> deriveAll(Path seedsDir) throws IOException {
    List<Derived> all = new ArrayList<>();
    for (SeedPage page : SeedPage.values()) {
      Path file = seedsDir.resolve(page.fileName);
      if (!Files.isRegularFile(file)) {
        throw new IllegalStateException(
            "local copy of a documentation page not found: " + file
                + " (the copies are read from ../shared/seeds/ beside the project)");
      }
      all.addAll(derivePage(page, Files.readString(file, StandardCharsets.UTF_8)));
    }
    return all;
  }

  /** Derives the examples that {@link #EXAMPLES} lists for {@code page} from the page's text. */
  static List<Derived> derivePage(SeedPage page, String pageText) {
    List<Block> blocks = locateBlocks(pageText);
    List<Example> examples = EXAMPLES.stream().filter(e -> e.page() == page).toList();
    if (blocks.size() != examples.size()) {
      throw new IllegalStateException(
          page.fileName + " has " + blocks.size() + " example blocks (at lines "
              + blocks.stream().map(Block::firstLine).toList() + ") but " + examples.size()
              + " are expected; update SeedExamples.EXAMPLES deliberately");
    }
    List<Derived> derived = new ArrayList<>();
    List<Block> claimed = new ArrayList<>();
    for (Example example : examples) {
      Block block = blockFor(example, blocks);
      if (claimed.contains(block)) {
        throw new IllegalStateException(example + ": block at line " + block.firstLine() + " is claimed twice");
      }
      claimed.add(block);
      derived.add(derive(example, block));
    }
    return derived;
  }

  private static Block blockFor(Example example, List<Block> blocks) {
    List<Block> matches =
        blocks.stream().filter(b -> b.preamble().containsAll(example.labels())).toList();
    if (matches.size() != 1) {
      throw new IllegalStateException(
          example + ": expected exactly one example block preceded by " + example.labels()
              + " but found " + matches.size());
    }
    return matches.get(0);
  }

  private static Derived derive(Example example, Block block) {
    Edited withoutComments = stripLineComments(block.text());
    Edited withoutTrailingCommas = dropTrailingCommaBeforeClosingBracket(withoutComments.text());
    String where = example + " (line " + block.firstLine() + ")";
    if (withoutComments.edits() != example.expectedCommentStrips()) {
      throw new IllegalStateException(
          where + ": stripLineComments made " + withoutComments.edits() + " edits, expected "
              + example.expectedCommentStrips() + "; the page changed");
    }
    if (withoutTrailingCommas.edits() != example.expectedTrailingCommaDrops()) {
      throw new IllegalStateException(
          where + ": dropTrailingCommaBeforeClosingBracket made " + withoutTrailingCommas.edits()
              + " edits, expected " + example.expectedTrailingCommaDrops() + "; the page changed");
    }
    requireStrictJson(withoutTrailingCommas.text(), where);
    return new Derived(
        example, withoutTrailingCommas.text(), withoutComments.edits(), withoutTrailingCommas.edits());
  }

  /**
   * Finds the example blocks on a page. A block starts at a line that is exactly an opening brace and
   * ends at the closing brace that brings the brace depth back to zero; braces inside JSON strings and
   * inside {@code //} comments do not count. A string that runs to the end of a line, or a block
   * that never closes, is an error: the page is not what this step understands.
   */
  static List<Block> locateBlocks(String pageText) {
    List<String> lines = List.of(pageText.split("\n", -1));
    List<Block> blocks = new ArrayList<>();
    int preambleStart = 0;
    int i = 0;
    while (i < lines.size()) {
      if (!lines.get(i).equals("{")) {
        i++;
        continue;
      }
      int first = i;
      int depth = 0;
      int endLine = -1;
      int endColumn = -1;
      for (int l = first; l < lines.size() && endLine < 0; l++) {
        String line = lines.get(l);
        boolean inString = false;
        for (int c = 0; c < line.length(); c++) {
          char ch = line.charAt(c);
          if (inString) {
            if (ch == '\\') {
              c++; // the escaped character, which may be a quote
            } else if (ch == '"') {
              inString = false;
            }
          } else if (ch == '"') {
            inString = true;
          } else if (ch == '/' && c + 1 < line.length() && line.charAt(c + 1) == '/') {
            break; // a comment runs to the end of the line
          } else if (ch == '{') {
            depth++;
          } else if (ch == '}') {
            depth--;
            if (depth == 0) {
              endLine = l;
              endColumn = c;
              break;
            }
          }
        }
        if (inString) {
          throw new IllegalStateException(
              "string not closed on line " + (l + 1) + " inside the example block at line " + (first + 1));
        }
      }
      if (endLine < 0) {
        throw new IllegalStateException("example block at line " + (first + 1) + " never closes");
      }
      StringBuilder text = new StringBuilder();
      for (int l = first; l < endLine; l++) {
        text.append(lines.get(l)).append('\n');
      }
      text.append(lines.get(endLine), 0, endColumn + 1);
      List<String> preamble =
          lines.subList(preambleStart, first).stream().map(SeedExamples::heading).toList();
      blocks.add(new Block(first + 1, preamble, text.toString()));
      preambleStart = endLine + 1;
      i = endLine + 1;
    }
    return blocks;
  }

  /** A page line as a heading: trimmed, without Markdown's leading {@code #}s. */
  static String heading(String line) {
    String trimmed = line.strip();
    int hashes = 0;
    while (hashes < trimmed.length() && trimmed.charAt(hashes) == '#') {
      hashes++;
    }
    return trimmed.substring(hashes).strip();
  }

  /**
   * Removes each {@code //} comment that starts outside a JSON string, up to (not including) the
   * end of its line, together with the spaces and tabs that separated it from the JSON before it
   * (so no line is left with trailing whitespace). {@code //} inside a string, as in
   * {@code "https://..."}, and escapes such as <code>"abc&#92;u0000&#92;u0001"</code> are left as they are.
   *
   * @return the text and the number of comments removed
   */
  static Edited stripLineComments(String json) {
    StringBuilder out = new StringBuilder(json.length());
    int edits = 0;
    boolean inString = false;
    int i = 0;
    while (i < json.length()) {
      char ch = json.charAt(i);
      if (inString) {
        out.append(ch);
        if (ch == '\\' && i + 1 < json.length()) {
          out.append(json.charAt(i + 1));
          i += 2;
          continue;
        }
        if (ch == '"') {
          inString = false;
        }
        i++;
      } else if (ch == '/' && i + 1 < json.length() && json.charAt(i + 1) == '/') {
        while (out.length() > 0 && isHorizontalSpace(out.charAt(out.length() - 1))) {
          out.setLength(out.length() - 1);
        }
        while (i < json.length() && json.charAt(i) != '\n') {
          i++;
        }
        edits++;
      } else {
        if (ch == '"') {
          inString = true;
        }
        out.append(ch);
        i++;
      }
    }
    return new Edited(out.toString(), edits);
  }

  /**
   * Removes each comma that stands outside a JSON string and is followed, after nothing but
   * whitespace, by {@code ]}: the trailing comma after 003's last {@code ImportMsgResult} entry,
   * which a lenient reader would read as an extra {@code null} element. Only the comma goes; the
   * line breaks stay. A trailing comma before a closing brace is deliberately left for strict
   * validation to reject, since no page has one. Run after {@link #stripLineComments}, so no
   * comment sits between the comma and the bracket.
   *
   * @return the text and the number of commas removed
   */
  static Edited dropTrailingCommaBeforeClosingBracket(String json) {
    StringBuilder out = new StringBuilder(json.length());
    int edits = 0;
    boolean inString = false;
    for (int i = 0; i < json.length(); i++) {
      char ch = json.charAt(i);
      if (inString) {
        out.append(ch);
        if (ch == '\\' && i + 1 < json.length()) {
          out.append(json.charAt(++i));
        } else if (ch == '"') {
          inString = false;
        }
      } else if (ch == ',' && nextNonWhitespace(json, i + 1) == ']') {
        edits++;
      } else {
        if (ch == '"') {
          inString = true;
        }
        out.append(ch);
      }
    }
    return new Edited(out.toString(), edits);
  }

  /**
   * Requires {@code json} to be exactly one complete JSON value under Moshi's strict
   * (non-lenient) reader: no comments, trailing commas, unquoted names or trailing content.
   *
   * @param what names the example in the failure message
   */
  static void requireStrictJson(String json, String what) {
    Objects.requireNonNull(json, "json");
    try {
      JsonReader reader = JsonReader.of(new Buffer().writeUtf8(json));
      reader.setLenient(false);
      reader.readJsonValue();
      if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
        throw new IllegalStateException(what + ": content after the JSON value at " + reader.getPath());
      }
    } catch (JsonEncodingException | JsonDataException e) {
      throw new IllegalStateException(what + ": not strict JSON: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new IllegalStateException(what + ": unreadable: " + e.getMessage(), e);
    }
  }

  private static boolean isHorizontalSpace(char ch) {
    return ch == ' ' || ch == '\t';
  }

  private static int nextNonWhitespace(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ch != ' ' && ch != '\t' && ch != '\n' && ch != '\r') {
        return ch;
      }
    }
    return -1;
  }

  /**
   * Writes the golden files derived from the pages' local copies and deletes golden {@code .json} files no
   * example derives. The optional argument is the project directory (default: the working
   * directory).
   */
  public static void main(String[] args) throws IOException {
    Path projectDir = args.length > 0 ? Path.of(args[0]).toAbsolutePath() : projectDir();
    Map<String, String> files = goldenFiles(seedsDir(projectDir));
    Path goldenDir = goldenDir(projectDir);
    Files.createDirectories(goldenDir);
    List<Path> stale;
    try (Stream<Path> existing = Files.list(goldenDir)) {
      stale = existing.filter(p -> isGoldenJson(p) && !files.containsKey(p.getFileName().toString())).toList();
    }
    for (Path file : stale) {
      Files.delete(file);
      System.out.println("deleted " + projectDir.relativize(file));
    }
    for (Map.Entry<String, String> file : files.entrySet()) {
      Path target = goldenDir.resolve(file.getKey());
      Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
      System.out.println("wrote " + projectDir.relativize(target));
    }
  }

  static boolean isGoldenJson(Path path) {
    return Files.isRegularFile(path) && path.getFileName().toString().endsWith(".json");
  }
}
