package io.timrest.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The published spec's info.version follows the project version (without -SNAPSHOT). */
class SpecVersionTest {
  private static final Pattern INFO_VERSION = Pattern.compile("(?m)^info:\\n(?:  .*\\n)*?  version: (\\S+)$");

  @Test
  void specInfoVersionFollowsTheProjectVersion() throws IOException {
    String projectVersion = System.getProperty("project.version");
    assertNotNull(projectVersion, "surefire passes project.version");
    Matcher info = INFO_VERSION.matcher(Files.readString(Path.of("spec", "openapi.yaml")));
    assertEquals(true, info.find(), "spec/openapi.yaml has info.version");

    assertEquals(projectVersion.replace("-SNAPSHOT", ""), info.group(1),
        "change info.version in spec/openapi.yaml together with the version in pom.xml");
  }
}
