package io.timrest.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
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
}
