package io.timrest.golden;

import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okio.Buffer;

/**
 * The request and response examples of {@code spec/openapi.yaml} as JSON text, so that the golden
 * files in {@code golden/spec/} can be checked against the spec they were transcribed from.
 *
 * <p>The spec's examples use a small part of YAML, and this reads only that part: block mappings
 * and block sequences, single-quoted and plain scalars, integers and the empty list {@code []}.
 * Whatever else it meets (a flow collection, a double-quoted string, a plain scalar that YAML would
 * read as a boolean, a float or a date) fails naming its line, rather than being misread.
 */
public final class SpecExamples {
  /** The spec, relative to the repository's top (the tests' working directory). */
  public static final Path SPEC = Path.of("spec", "openapi.yaml");

  private static final Pattern MAPPING_ENTRY = Pattern.compile("([^\\s:#'\"\\[\\]{},][^:#]*?|'[^']*'):(?: (.*))?");
  private static final Pattern INTEGER = Pattern.compile("-?(0|[1-9][0-9]*)");
  private static final Pattern REF_TO_RESPONSE = Pattern.compile("'#/components/responses/([A-Za-z0-9_]+)'");
  /** Plain scalars that YAML 1.1 or 1.2 would not read as a string. */
  private static final Pattern NOT_A_PLAIN_STRING = Pattern.compile(
      "(?i)(y|n|yes|no|on|off|true|false|null|~)|[-+.0-9].*");

  private SpecExamples() {}

  /** The spec's text. */
  public static String readSpec() {
    try {
      return Files.readString(SPEC, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + SPEC + " (tests run from the repository's top)", e);
    }
  }

  /** The example of the request body of {@code POST path}, for example {@code /v4/openim/importmsg}. */
  public static String requestExample(String spec, String path) {
    List<String> lines = spec.lines().toList();
    return exampleAt(lines, find(lines, "paths", path, "post", "requestBody", "content", "application/json", "example"));
  }

  /**
   * The example of the 200 response of {@code POST path}; when the response is a
   * {@code $ref} to {@code #/components/responses/...}, that response's example.
   */
  public static String responseExample(String spec, String path) {
    List<String> lines = spec.lines().toList();
    int ok = find(lines, "paths", path, "post", "responses", "'200'");
    int ref = child(lines, ok, "$ref");
    if (ref < 0) {
      return exampleAt(lines, find(lines, ok, "content", "application/json", "example"));
    }
    String target = entry(lines, ref).group(2);
    Matcher response = REF_TO_RESPONSE.matcher(target == null ? "" : target);
    if (!response.matches()) {
      throw new IllegalStateException("line " + (ref + 1) + ": a $ref this reader does not follow: " + target);
    }
    return exampleAt(lines, find(lines, "components", "responses", response.group(1), "content", "application/json", "example"));
  }

  // ---------------------------------------------------------------- finding a node

  /** The line of the node at {@code keys}, from the top of the document. */
  private static int find(List<String> lines, String... keys) {
    return find(lines, -1, keys);
  }

  private static int find(List<String> lines, int parent, String... keys) {
    int line = parent;
    for (String key : keys) {
      int found = child(lines, line, key);
      if (found < 0) {
        throw new IllegalStateException("the spec has no " + String.join(" > ", keys) + " (no " + key + ")");
      }
      line = found;
    }
    return line;
  }

  /** The line of {@code key} directly under the mapping entry on line {@code parent} (-1: the top), or -1. */
  private static int child(List<String> lines, int parent, String key) {
    int parentIndent = parent < 0 ? -1 : indentOf(lines.get(parent));
    int childIndent = -1;
    for (int i = parent + 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (isBlankOrComment(line)) {
        continue;
      }
      int indent = indentOf(line);
      if (indent <= parentIndent) {
        break;
      }
      if (childIndent < 0) {
        childIndent = indent;
      }
      if (indent == childIndent && line.strip().startsWith(key + ":")) {
        Matcher entry = MAPPING_ENTRY.matcher(line.strip());
        if (entry.matches() && entry.group(1).equals(key)) {
          return i;
        }
      }
    }
    return -1;
  }

  private static Matcher entry(List<String> lines, int line) {
    Matcher entry = MAPPING_ENTRY.matcher(lines.get(line).strip());
    if (!entry.matches()) {
      throw new IllegalStateException("line " + (line + 1) + " is not a mapping entry: " + lines.get(line).strip());
    }
    return entry;
  }

  // ---------------------------------------------------------------- reading the example

  /** The block under the {@code example:} entry on line {@code example}, as JSON. */
  private static String exampleAt(List<String> lines, int example) {
    if (entry(lines, example).group(2) != null) {
      throw new IllegalStateException("line " + (example + 1) + ": an example on one line is not supported");
    }
    int exampleIndent = indentOf(lines.get(example));
    List<Line> block = new ArrayList<>();
    for (int i = example + 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (isBlankOrComment(line)) {
        continue;
      }
      if (indentOf(line) <= exampleIndent) {
        break;
      }
      block.add(new Line(i + 1, indentOf(line), line.strip()));
    }
    if (block.isEmpty()) {
      throw new IllegalStateException("line " + (example + 1) + ": the example is empty");
    }
    Reader reader = new Reader(block);
    Object value = reader.node(block.get(0).indent());
    if (!reader.atEnd()) {
      throw new IllegalStateException("line " + reader.line().number() + ": unexpected indentation");
    }
    return toJson(value);
  }

  /** One non-blank line of an example: its number in the spec, its indentation and its text. */
  private record Line(int number, int indent, String text) {}

  private static final class Reader {
    private final List<Line> lines;
    private int next;

    Reader(List<Line> lines) {
      this.lines = new ArrayList<>(lines);
    }

    boolean atEnd() {
      return next == lines.size();
    }

    Line line() {
      return lines.get(next);
    }

    /** The node starting at the current line, which is indented by {@code indent}. */
    Object node(int indent) {
      return line().text().startsWith("- ") ? sequence(indent) : mapping(indent);
    }

    private List<Object> sequence(int indent) {
      List<Object> items = new ArrayList<>();
      while (!atEnd() && line().indent() == indent && line().text().startsWith("- ")) {
        Line dash = line();
        String item = dash.text().substring(2).strip();
        int itemIndent = dash.indent() + dash.text().indexOf(item);
        if (MAPPING_ENTRY.matcher(item).matches()) {
          // "- Key: value" opens a mapping whose entries are indented like Key.
          lines.set(next, new Line(dash.number(), itemIndent, item));
          items.add(mapping(itemIndent));
        } else {
          items.add(scalar(item, dash));
          next++;
        }
      }
      return items;
    }

    private Map<String, Object> mapping(int indent) {
      Map<String, Object> entries = new LinkedHashMap<>();
      while (!atEnd() && line().indent() == indent) {
        Line current = line();
        Matcher entry = MAPPING_ENTRY.matcher(current.text());
        if (!entry.matches()) {
          throw new IllegalStateException("line " + current.number() + " is not a mapping entry: " + current.text());
        }
        String key = entry.group(1);
        if (key.startsWith("'")) {
          throw new IllegalStateException("line " + current.number() + ": a quoted key is not supported");
        }
        next++;
        Object value;
        if (entry.group(2) != null) {
          value = scalar(entry.group(2).strip(), current);
        } else if (!atEnd() && line().indent() > indent) {
          value = node(line().indent());
        } else {
          throw new IllegalStateException("line " + current.number() + ": " + key + " has no value");
        }
        if (entries.put(key, value) != null) {
          throw new IllegalStateException("line " + current.number() + ": " + key + " appears twice");
        }
      }
      return entries;
    }

    private static Object scalar(String text, Line line) {
      if (text.equals("[]")) {
        return List.of();
      }
      if (text.startsWith("'")) {
        if (text.length() < 2 || !text.endsWith("'") || text.substring(1, text.length() - 1).replace("''", "").contains("'")) {
          throw new IllegalStateException("line " + line.number() + ": not a single-quoted scalar: " + text);
        }
        return text.substring(1, text.length() - 1).replace("''", "'");
      }
      if (INTEGER.matcher(text).matches()) {
        return Long.parseLong(text);
      }
      if ("\"[]{}&*!|>%@`,?:#".indexOf(text.charAt(0)) >= 0 || text.contains(": ") || text.contains(" #")
          || text.endsWith(":") || NOT_A_PLAIN_STRING.matcher(text).matches()) {
        throw new IllegalStateException("line " + line.number() + ": a scalar this reader does not support: " + text);
      }
      return text;
    }
  }

  private static String toJson(Object value) {
    Buffer buffer = new Buffer();
    try (JsonWriter writer = JsonWriter.of(buffer)) {
      write(writer, value);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a Buffer does no I/O
    }
    return buffer.readUtf8();
  }

  private static void write(JsonWriter writer, Object value) throws IOException {
    if (value instanceof Map<?, ?> object) {
      writer.beginObject();
      for (Map.Entry<?, ?> entry : object.entrySet()) {
        writer.name((String) entry.getKey());
        write(writer, entry.getValue());
      }
      writer.endObject();
    } else if (value instanceof List<?> array) {
      writer.beginArray();
      for (Object element : array) {
        write(writer, element);
      }
      writer.endArray();
    } else if (value instanceof Long number) {
      writer.value(number.longValue());
    } else {
      writer.value((String) value);
    }
  }

  private static int indentOf(String line) {
    int indent = 0;
    while (indent < line.length() && line.charAt(indent) == ' ') {
      indent++;
    }
    if (indent < line.length() && line.charAt(indent) == '\t') {
      throw new IllegalStateException("a tab in the indentation of: " + line);
    }
    return indent;
  }

  private static boolean isBlankOrComment(String line) {
    String text = line.strip();
    return text.isEmpty() || text.startsWith("#");
  }
}
