package io.timrest.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The committed generated sources come only from our templates: no Gson, Jackson or Swagger
 * leftovers of the built-in templates, no {@code @Generated} with a timestamp, and every file
 * says which template wrote it.
 */
class GeneratedSourcesHaveNoForeignAnnotationsTest {

  private static final Path GENERATED = Paths.get("generated-src");

  private static final List<String> FORBIDDEN = List.of(
      "com.google.gson",
      "com.fasterxml.jackson",
      "io.swagger",
      "javax.annotation.Generated",
      "jakarta.annotation.Generated",
      "javax.annotation.processing.Generated");

  /** {@code date = "2024-..."} or {@code date="..."} as the built-in templates' {@code @Generated} writes it. */
  private static final Pattern TIMESTAMP = Pattern.compile("\\bdate\\s*=");

  private static final Pattern HEADER = Pattern.compile(
      "\\A// Generated from spec/openapi\\.yaml by templates/[a-z_]+\\.mustache\\. Do not edit[:.]");

  private static List<Path> javaFiles;

  @BeforeAll
  static void listGeneratedJavaFiles() throws IOException {
    try (Stream<Path> files = Files.walk(GENERATED)) {
      javaFiles = files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
  }

  @Test
  void generatedSourcesExistWhereTheScanLooks() {
    assertTrue(Files.isDirectory(GENERATED.resolve("java/io/timrest/model")), GENERATED.toAbsolutePath().toString());
    assertTrue(javaFiles.contains(GENERATED.resolve("java/io/timrest/model/MsgElement.java")), javaFiles.toString());
    assertTrue(javaFiles.size() >= 50, "only " + javaFiles.size() + " files");
  }

  @Test
  void noGeneratedFileMentionsAForeignLibrary() throws IOException {
    List<String> offences = new ArrayList<>();
    for (Path file : javaFiles) {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      for (int i = 0; i < lines.size(); i++) {
        for (String forbidden : FORBIDDEN) {
          if (lines.get(i).contains(forbidden)) {
            offences.add(file + ":" + (i + 1) + ": " + lines.get(i).strip());
          }
        }
      }
    }

    assertEquals(List.of(), offences);
  }

  @Test
  void noGeneratedFileCarriesAGenerationTimestamp() throws IOException {
    List<String> offences = new ArrayList<>();
    for (Path file : javaFiles) {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      for (int i = 0; i < lines.size(); i++) {
        Matcher matcher = TIMESTAMP.matcher(lines.get(i));
        if (matcher.find() || lines.get(i).contains("@Generated")) {
          offences.add(file + ":" + (i + 1) + ": " + lines.get(i).strip());
        }
      }
    }

    assertEquals(List.of(), offences);
  }

  @Test
  void everyGeneratedFileStartsWithTheDoNotEditHeaderNamingItsTemplate() throws IOException {
    List<String> offences = new ArrayList<>();
    for (Path file : javaFiles) {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      Matcher header = HEADER.matcher(text);
      if (!header.find()) {
        offences.add(file + ": " + text.lines().findFirst().orElse("(empty)"));
      } else {
        String template = text.substring(text.indexOf("templates/"), text.indexOf(".mustache") + ".mustache".length());
        if (!Files.isRegularFile(Paths.get(template))) {
          offences.add(file + ": names " + template + ", which does not exist");
        }
      }
    }

    assertEquals(List.of(), offences);
  }

  @Test
  void theScanRecognisesWhatItLooksFor() {
    assertTrue(HEADER.matcher("// Generated from spec/openapi.yaml by templates/model.mustache. Do not edit: x").find());
    assertFalse(HEADER.matcher("/* Generated */\n// Generated from spec/openapi.yaml by templates/model.mustache. Do not edit").find());
    assertTrue(TIMESTAMP.matcher("@Generated(value = \"x\", date = \"2025-01-01T00:00:00Z\")").find());
    assertTrue(TIMESTAMP.matcher("date=\"2025\"").find());
    assertFalse(TIMESTAMP.matcher("  final Long updateDate;").find());
  }
}
