package io.timrest.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** What picocli brings: --version, "did you mean" for a mistyped command or option, shell completion. */
class CommandLineTest {
  private final Cli cli = new Cli(Map.of(), null);

  @Test
  void versionIsTheProjectVersion() {
    String projectVersion = System.getProperty("project.version");
    assertNotNull(projectVersion, "surefire passes project.version");

    Cli.Result result = cli.run("--version");

    assertEquals(0, result.code(), result::toString);
    assertEquals("timrest " + projectVersion, result.out().strip());
    assertEquals("", result.err());
    assertEquals(result.out(), cli.run("-V").out());
  }

  @Test
  void aMistypedCommandIsAnsweredWithTheNearestCommands() {
    Cli.Result result = cli.run("sned-group-msg", "--group-id", "g");

    assertEquals(2, result.code(), result::toString);
    assertTrue(result.err().startsWith("error: unknown command 'sned-group-msg' (did you mean send-group-msg"),
        result::toString);
    assertTrue(result.err().contains("--help"), result::toString);
    assertOneLine(result.err());
  }

  @Test
  void aMistypedOptionIsAnsweredWithTheNearestOption() {
    Cli.Result result = cli.run("import-account", "--user-di", "alice");

    assertEquals(2, result.code(), result::toString);
    assertTrue(result.err().startsWith("error: timrest import-account: unknown option --user-di"
        + " (did you mean --user-id?); see timrest import-account --help"), result::toString);
    assertOneLine(result.err());
  }

  @Test
  void generateCompletionPrintsABashScriptThatNamesEveryCommand() {
    Cli.Result result = cli.run("generate-completion");

    assertEquals(0, result.code(), result::toString);
    assertTrue(result.out().startsWith("#!/usr/bin/env bash"), result::toString);
    assertTrue(result.out().contains("complete -F _complete_timrest"), "no complete -F line");
    for (String command : Cli.commands().keySet()) {
      assertTrue(result.out().contains(command), "the script does not name " + command);
    }
    assertTrue(result.out().contains("--secret-key-file") && result.out().contains("--retries"),
        "the script does not complete the connection options");
  }

  @Test
  void usageErrorsAreOneLineWithAHintToHelp() {
    String[][] commandLines = {
        {"import-account", "--user-id"},
        {"import-account", "--user-id", "a", "--user-id", "b"},
        {"import-account", "--user-id", "a", "stray"},
        {"demo", "--json=yes"},
        {"get-group-msgs", "--group-id", "g", "--count", "lots"},
        {"import-account", "--user-id", "a", "--timeout", "soon"},
    };
    for (String[] commandLine : commandLines) {
      Cli.Result result = cli.run(commandLine);

      assertEquals(2, result.code(), result::toString);
      assertTrue(result.err().startsWith("error: timrest " + commandLine[0] + ": "), result::toString);
      assertTrue(result.err().strip().endsWith("; see timrest " + commandLine[0] + " --help"), result::toString);
      assertOneLine(result.err());
    }
  }

  @Test
  void aValueIsTakenAsTypedEvenWhenItLooksLikeAnOptionOrAnArgumentFile() {
    Cli.Result result = cli.run("import-account", "--user-id", "--nick", "--emulator");

    assertEquals(0, result.code(), result::toString);
    Cli.Result atSign = cli.run("import-account", "--user-id", "@alice", "--emulator");
    assertEquals(0, atSign.code(), atSign::toString);
  }

  private static void assertOneLine(String text) {
    assertEquals(1, text.strip().lines().count(), text);
  }
}
