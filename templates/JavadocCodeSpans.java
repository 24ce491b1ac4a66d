import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The last step of generation: the spec's descriptions are Markdown, and Mustache cannot rewrite
 * text, so the templates copy them verbatim and this program turns their code spans into Javadoc.
 * In every doc comment of the generated Java sources, {@code `text`} becomes {@code {@code text}}.
 * It also drops the imports a generated file does not use (see {@link #withoutUnusedImports}).
 * The templates themselves write no backticks. A comment with an unpaired backtick, or a span with
 * unbalanced braces (which would end the inline tag early), fails the build: fix the spec.
 *
 * <p>Run by the library's build after the generator ({@code java templates/JavadocCodeSpans.java
 * generated-src/java}); a file is rewritten only when it changes, so the output is deterministic.
 */
public final class JavadocCodeSpans {
  private static final Pattern DOC_COMMENT = Pattern.compile("/\\*\\*.*?\\*/", Pattern.DOTALL);
  private static final Pattern CODE_SPAN = Pattern.compile("`([^`\\n]*)`");
  private static final Pattern IMPORT = Pattern.compile("^import ([\\w.]+\\.(\\w+));\\n", Pattern.MULTILINE);

  private JavadocCodeSpans() {
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: java JavadocCodeSpans.java <generated source root>");
    }
    List<Path> sources;
    try (Stream<Path> files = Files.walk(Path.of(args[0]))) {
      sources = files.filter(file -> file.toString().endsWith(".java")).sorted().collect(Collectors.toList());
    }
    for (Path source : sources) {
      String text = Files.readString(source, StandardCharsets.UTF_8);
      String converted = convert(text, source);
      if (!converted.equals(text)) {
        Files.writeString(source, converted, StandardCharsets.UTF_8);
      }
    }
  }

  static String convert(String text, Path source) {
    return withoutExtraBlankLines(withoutUnusedImports(convertComments(text, source)));
  }

  /**
   * Mustache leaves a blank line where a section renders nothing; hand-written code has no blank
   * line after another, after an opening brace or before a closing one.
   */
  static String withoutExtraBlankLines(String text) {
    String[] lines = text.split("\n", -1);
    StringBuilder out = new StringBuilder(text.length());
    String previous = null;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isBlank() && i + 1 < lines.length) {
        int after = i + 1;
        while (after + 1 < lines.length && lines[after].isBlank()) {
          after++;
        }
        String next = lines[after].strip();
        if (previous == null || previous.isBlank() || previous.endsWith("{") || next.startsWith("}")) {
          continue;
        }
      }
      out.append(line);
      if (i + 1 < lines.length) {
        out.append('\n');
      }
      previous = line;
    }
    return out.toString();
  }

  /**
   * Mustache cannot know which types a file ends up using (a model without lists needs no
   * {@code java.util.List}), so the templates import what any file of their kind may need and
   * this step drops an import whose simple name the rest of the file never mentions.
   */
  static String withoutUnusedImports(String text) {
    Matcher imports = IMPORT.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    while (imports.find()) {
      String rest = text.substring(0, imports.start()) + text.substring(imports.end());
      boolean used = Pattern.compile("\\b" + imports.group(2) + "\\b").matcher(withoutImports(rest)).find();
      imports.appendReplacement(out, used ? Matcher.quoteReplacement(imports.group()) : "");
    }
    imports.appendTail(out);
    return out.toString();
  }

  private static String withoutImports(String text) {
    return IMPORT.matcher(text).replaceAll("");
  }

  private static String convertComments(String text, Path source) {
    Matcher comment = DOC_COMMENT.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    while (comment.find()) {
      comment.appendReplacement(out, Matcher.quoteReplacement(convertComment(comment.group(), source)));
    }
    comment.appendTail(out);
    return out.toString();
  }

  private static String convertComment(String comment, Path source) {
    Matcher span = CODE_SPAN.matcher(comment);
    StringBuilder out = new StringBuilder(comment.length());
    while (span.find()) {
      String code = span.group(1);
      if (!bracesBalance(code)) {
        throw new IllegalStateException(source + ": code span `" + code + "` has unbalanced braces,"
            + " which cannot be written as {@code ...}; rephrase the description in the spec");
      }
      span.appendReplacement(out, Matcher.quoteReplacement("{@code " + code + "}"));
    }
    span.appendTail(out);
    String converted = out.toString();
    if (converted.indexOf('`') >= 0) {
      throw new IllegalStateException(source + ": a doc comment has an unpaired backtick: " + comment.strip());
    }
    return converted;
  }

  private static boolean bracesBalance(String code) {
    int depth = 0;
    for (int i = 0; i < code.length(); i++) {
      char c = code.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}' && --depth < 0) {
        return false;
      }
    }
    return depth == 0;
  }
}
