package io.timrest.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.ChangedOperation;
import org.openapitools.openapidiff.core.model.Endpoint;

/**
 * The spec check (openapi-diff, as the parent POM configures it) passes on the current spec and
 * fails on breaking changes: variants of the committed baseline spec with an operation removed or
 * renamed, a response property removed or a required request property added. The variants are edited as YAML trees, so they differ
 * from the baseline in that change only.
 */
class SpecCompatibilityTest {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  @TempDir Path dir;

  @Test
  void currentSpecHasNoIncompatibleChangeAgainstTheBaseline() {
    assumeFalse(Boolean.getBoolean("compat.skip"), "-Dcompat.skip=true");
    ChangedOpenApi diff = CompatChecks.compareSpecs(CompatChecks.specBaseline(), CompatChecks.CURRENT_SPEC);

    assertFalse(diff.isIncompatible(),
        "spec/openapi.yaml changed incompatibly since the baseline " + CompatChecks.specBaseline()
            + " (missing: " + diff.getMissingEndpoints() + ", changed: " + changedPaths(diff)
            + "); if that is intended before the first release, run .ci/refresh-compat-baselines");
  }

  @Test
  void unchangedVariantIsEquivalent() throws IOException {
    // The variants below go through the same YAML round trip; on its own it changes nothing.
    ChangedOpenApi diff = compareWithBaseline(baseline());

    assertTrue(diff.isUnchanged(), "a re-serialized baseline differs: " + changedPaths(diff));
  }

  @Test
  void removedOperationIsIncompatible() throws IOException {
    ObjectNode spec = baseline();
    String path = spec.get("paths").fieldNames().next();
    ((ObjectNode) spec.get("paths")).remove(path);

    ChangedOpenApi diff = compareWithBaseline(spec);

    assertTrue(diff.isIncompatible(), "removing " + path + " passed the check");
    assertEquals(List.of(path), paths(diff.getMissingEndpoints()));
  }

  @Test
  void renamedOperationIsIncompatible() throws IOException {
    ObjectNode spec = baseline();
    ObjectNode paths = (ObjectNode) spec.get("paths");
    String path = paths.fieldNames().next();
    String renamed = path + "_v2";
    ObjectNode item = (ObjectNode) paths.get(path);
    for (JsonNode operation : item) {
      if (operation.has("operationId")) {
        ((ObjectNode) operation).put("operationId", operation.get("operationId").asText() + "V2");
      }
    }
    replaceKey(paths, path, renamed);

    ChangedOpenApi diff = compareWithBaseline(spec);

    assertTrue(diff.isIncompatible(), "renaming " + path + " to " + renamed + " passed the check");
    assertEquals(List.of(path), paths(diff.getMissingEndpoints()));
    assertEquals(List.of(renamed), paths(diff.getNewEndpoints()));
  }

  @Test
  void removedResponsePropertyIsIncompatible() throws IOException {
    ObjectNode spec = baseline();
    Removal removal = removeAResponseProperty(spec);

    ChangedOpenApi diff = compareWithBaseline(spec);

    assertTrue(diff.isIncompatible(),
        "removing " + removal.property + " from " + removal.schema + " passed the check");
    assertTrue(changedPaths(diff).contains(removal.path),
        removal.path + " is reported changed: " + changedPaths(diff));
  }

  @Test
  void newRequiredRequestPropertyIsIncompatible() throws IOException {
    ObjectNode spec = baseline();
    Iterator<Map.Entry<String, JsonNode>> paths = spec.get("paths").fields();
    String path = null;
    String ref = "";
    while (!ref.startsWith("#/components/schemas/") && paths.hasNext()) {
      Map.Entry<String, JsonNode> entry = paths.next();
      path = entry.getKey();
      ref = entry.getValue().findPath("requestBody")
          .at("/content/application~1json/schema/$ref").asText("");
    }
    assertTrue(ref.startsWith("#/components/schemas/"), "an operation with a request schema");
    ObjectNode schema = (ObjectNode) spec.at(ref.substring(1));
    schema.with("properties").putObject("CompatProbe").put("type", "string");
    schema.withArray("required").add("CompatProbe");

    ChangedOpenApi diff = compareWithBaseline(spec);

    assertTrue(diff.isIncompatible(), "a new required property of " + ref + " passed the check");
    assertTrue(changedPaths(diff).contains(path), path + " is reported changed: " + changedPaths(diff));
  }

  @Test
  void addedOperationAndOptionalResponsePropertyAreCompatible() throws IOException {
    ObjectNode spec = baseline();
    ObjectNode paths = (ObjectNode) spec.get("paths");
    String path = paths.fieldNames().next();
    ObjectNode copy = paths.get(path).deepCopy();
    for (JsonNode operation : copy) {
      ((ObjectNode) operation).put("operationId", "compatProbe");
    }
    paths.set("/v4/compat/probe", copy);
    Removal target = removeAResponseProperty(baseline());
    ObjectNode schema = (ObjectNode) spec.at(target.pointer);
    schema.with("properties").putObject("CompatProbe").put("type", "string");

    ChangedOpenApi diff = compareWithBaseline(spec);

    assertTrue(diff.isDifferent(), "the check saw the changes");
    assertEquals(List.of("/v4/compat/probe"), paths(diff.getNewEndpoints()));
    assertFalse(diff.isIncompatible(), "an added operation and optional response property failed the check: "
        + changedPaths(diff));
  }

  // --- variants of the committed baseline ---

  private static ObjectNode baseline() throws IOException {
    return (ObjectNode) YAML.readTree(CompatChecks.specBaseline().toFile());
  }

  private ChangedOpenApi compareWithBaseline(ObjectNode variant) throws IOException {
    Path file = dir.resolve("variant.yaml");
    YAML.writeValue(file.toFile(), variant);
    return CompatChecks.compareSpecs(CompatChecks.specBaseline(), file);
  }

  /** Where a response property was removed: the operation's path and the schema's JSON pointer. */
  private record Removal(String path, String schema, String pointer, String property) {}

  /**
   * Removes the first property of the first operation's success response schema that has one
   * (a component schema, or an inline member of its allOf), and returns where.
   */
  private static Removal removeAResponseProperty(ObjectNode spec) {
    Iterator<Map.Entry<String, JsonNode>> paths = spec.get("paths").fields();
    while (paths.hasNext()) {
      Map.Entry<String, JsonNode> path = paths.next();
      for (JsonNode operation : path.getValue()) {
        String ref = operation.at("/responses/200/content/application~1json/schema/$ref").asText("");
        if (!ref.startsWith("#/components/schemas/")) {
          continue;
        }
        String pointer = ref.substring(1);
        List<String> candidates = new ArrayList<>(List.of(pointer));
        JsonNode allOf = spec.at(pointer + "/allOf");
        for (int i = 0; i < allOf.size(); i++) {
          candidates.add(pointer + "/allOf/" + i);
        }
        for (String candidate : candidates) {
          JsonNode properties = spec.at(candidate + "/properties");
          if (properties.isObject() && properties.size() > 0) {
            String property = properties.fieldNames().next();
            ((ObjectNode) properties).remove(property);
            JsonNode required = spec.at(candidate + "/required");
            if (required instanceof ArrayNode) {
              for (int i = required.size() - 1; i >= 0; i--) {
                if (required.get(i).asText().equals(property)) {
                  ((ArrayNode) required).remove(i);
                }
              }
            }
            return new Removal(path.getKey(), ref, candidate, property);
          }
        }
      }
    }
    throw new AssertionError("no response schema with properties in " + CompatChecks.specBaseline());
  }

  private static void replaceKey(ObjectNode object, String key, String newKey) {
    Map<String, JsonNode> fields = new LinkedHashMap<>();
    object.fields().forEachRemaining(f -> fields.put(f.getKey().equals(key) ? newKey : f.getKey(), f.getValue()));
    object.removeAll();
    fields.forEach(object::set);
  }

  private static List<String> paths(List<Endpoint> endpoints) {
    return endpoints.stream().map(Endpoint::getPathUrl).distinct().collect(Collectors.toList());
  }

  private static List<String> changedPaths(ChangedOpenApi diff) {
    return diff.getChangedOperations().stream().map(ChangedOperation::getPathUrl).collect(Collectors.toList());
  }
}
