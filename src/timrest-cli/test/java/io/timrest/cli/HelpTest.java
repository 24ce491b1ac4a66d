package io.timrest.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Help is complete: it is checked against the same option lists the parser uses. */
class HelpTest {
  private final Cli cli = new Cli(Map.of(), null);

  @Test
  void everyCommandsHelpListsEveryOptionItAccepts() {
    for (Command command : TimRestCli.commands()) {
      for (String flag : new String[] {"--help", "-h"}) {
        Cli.Result result = cli.run(command.name(), flag);

        assertEquals(0, result.code(), result::toString);
        assertTrue(result.out().startsWith("Usage: timrest " + command.name()), result::toString);
        for (Option option : command.options()) {
          assertTrue(result.out().contains("  " + option.synopsis() + " "),
              command.name() + " --help lacks " + option.synopsis() + ":\n" + result.out());
        }
        assertTrue(result.out().contains("--help"), result.out());
        assertTrue(result.out().contains(ExitCodes.HELP), command.name() + " --help lacks the exit codes");
      }
    }
  }

  @Test
  void helpOfCommandsThatConnectListsEveryEnvironmentVariable() {
    for (Command command : TimRestCli.commands()) {
      String help = cli.run(command.name(), "--help").out();
      if (command.options().contains(Connection.SECRET_KEY_FILE)) {
        for (String variable : new String[] {"TIMREST_SDKAPPID", "TIMREST_IDENTIFIER", "TIMREST_SECRET_KEY_FILE",
            "TIMREST_SECRET_KEY "}) {
          assertTrue(help.contains(variable), command.name() + " --help lacks " + variable);
        }
      }
      if (command.options().contains(Connection.BASE_URL)) {
        assertTrue(help.contains("TIMREST_REGION") && help.contains("TIMREST_BASE_URL"), help);
      }
    }
  }

  @Test
  void topLevelHelpListsEveryCommandTheConnectionAndTheExitCodes() {
    Cli.Result result = cli.run("--help");

    assertEquals(0, result.code());
    for (Command command : TimRestCli.commands()) {
      assertTrue(result.out().contains("  " + command.name() + " "), "missing " + command.name());
    }
    for (Option option : Connection.OPTIONS) {
      assertTrue(result.out().contains(option.synopsis()), "missing " + option.synopsis());
    }
    assertTrue(result.out().contains(Connection.ENV_HELP));
    assertTrue(result.out().contains(ExitCodes.HELP));
    assertEquals(result.out(), cli.run("-h").out());
  }

  @Test
  void noArgumentsPrintsHelpToStandardErrorAndExitsTwo() {
    Cli.Result result = cli.run();

    assertEquals(2, result.code());
    assertEquals("", result.out());
    assertTrue(result.err().startsWith("Usage: timrest COMMAND"), result::toString);
  }

  @Test
  void helpCommandShowsACommandsHelp() {
    assertEquals(cli.run("demo", "--help").out(), cli.run("help", "demo").out());
    assertEquals(2, cli.run("help", "nonsense").code());
  }

  @Test
  void helpWinsOverMissingOptions() {
    Cli.Result result = cli.run("modify-c2c-msg", "--from", "a", "--help");

    assertEquals(0, result.code(), result::toString);
  }
}
