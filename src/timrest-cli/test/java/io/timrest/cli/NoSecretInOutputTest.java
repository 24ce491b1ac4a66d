package io.timrest.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No command prints the secret key, whether it succeeds, fails or shows help. {@link Cli} checks
 * stdout and stderr of every run; this test only makes sure every command is run each way.
 */
class NoSecretInOutputTest {
  @TempDir
  Path dir;

  @Test
  void noCommandPrintsTheKeyFromTheEnvironment() {
    try (CliFixture fixture = new CliFixture(dir)) {
      Map<String, String> env = fixture.env();
      env.remove("TIMREST_SECRET_KEY_FILE");
      env.put("TIMREST_SECRET_KEY", CliFixture.SECRET_KEY);
      Cli cli = new Cli(env, CliFixture.SECRET_KEY);

      for (String command : Cli.commands().keySet()) {
        cli.run(command, "--help");
        cli.run(command, "--no-such-option");
        if (!command.equals("emulator")) {
          // Runs the command as far as its settings go: success, usage error or API error.
          cli.run(command);
        }
      }
      assertEquals(0, cli.run("usersig").code());
      assertEquals(0, cli.run("import-account", "--user-id", "alice").code());
      assertEquals(1, cli.run("modify-c2c-msg", "--from", "alice", "--to", "administrator", "--msg-key", "1_1_1",
          "--text", "x").code());
      assertEquals(2, cli.run("import-account", "--user-id", "a", "--secret-key", CliFixture.SECRET_KEY).code());
      assertEquals(2, cli.run("import-account", "--user-id", "a", "--secret-key=" + CliFixture.SECRET_KEY).code());
      assertEquals(2, cli.run("import-account", "--user-id", "a", CliFixture.SECRET_KEY).code());
    }
  }

  /**
   * A value that does not parse as a number is named by its option or variable and the rule,
   * never quoted: it may be the secret key, pasted into the wrong place.
   */
  @Test
  void aValueThatIsNotANumberIsNeverPrintedBack() {
    String keyLike = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    try (CliFixture fixture = new CliFixture(dir)) {
      Cli cli = new Cli(fixture.env(), keyLike);
      String[][] commandLines = {
          {"import-account", "--user-id", "a", "--sdkappid", keyLike},
          {"import-account", "--user-id", "a", "--sdkappid=" + keyLike},
          {"usersig", "--sdkappid", keyLike},
          {"emulator", "--sdkappid", keyLike},
          {"modify-group-msg", "--group-id", "g", "--msg-seq", keyLike, "--text", "x"},
          {"get-group-msgs", "--group-id", "g", "--count", keyLike},
          {"emulator", "--gateway-error-rate", keyLike},
          {"import-account", "--user-id", "a", "--timeout", keyLike},
          {"import-account", "--user-id", "a", "--retries", keyLike},
          {"demo", "--json=" + keyLike},
          {"import-account", "--user-id", "a", keyLike},
          {"import-account", "--user-id", "a", "--colour=" + keyLike},
      };
      for (String[] commandLine : commandLines) {
        Cli.Result result = cli.run(commandLine);

        assertEquals(2, result.code(), result::toString);
        assertTrue(result.err().startsWith("error: timrest " + commandLine[0] + ": "), result::toString);
      }
      for (String[] commandLine : new String[][] {
          {keyLike}, {"help", keyLike}, {"import-account", "--user-id", "a", "--" + keyLike}}) {
        Cli.Result result = cli.run(commandLine);

        assertEquals(2, result.code(), result::toString);
        assertTrue(result.err().contains("(not shown, in case it is a secret)"), result::toString);
      }
      Cli.Result flag = cli.run("import-account", "--user-id", "a", "--sdkappid", keyLike);
      assertTrue(flag.err().contains("option --sdkappid needs a whole number"), flag::toString);

      Map<String, String> env = fixture.env();
      env.put("TIMREST_SDKAPPID", keyLike);
      Cli fromEnv = new Cli(env, keyLike);
      for (Cli.Result result : List.of(fromEnv.run("import-account", "--user-id", "a"), fromEnv.run("usersig"))) {
        assertEquals(2, result.code(), result::toString);
        assertTrue(result.err().contains("TIMREST_SDKAPPID: the SDKAppID needs a whole number"), result::toString);
      }
    }
  }
}
