package io.timrest.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** Help is complete: it is checked against the same option specs the parser uses. */
class HelpTest {
  private final Cli cli = new Cli(Map.of(), null);

  /** How an option appears at the start of its line in help: {@code --group-id ID}, {@code -h, --help}. */
  private static String synopsis(OptionSpec option) {
    return String.join(", ", option.names()) + (option.arity().max() > 0 ? " " + option.paramLabel() : "");
  }

  private static boolean listsOption(String help, OptionSpec option) {
    return help.lines().anyMatch(line -> line.startsWith("  ") && line.strip().startsWith(synopsis(option) + " "));
  }

  private static boolean hasDescription(OptionSpec option, String description) {
    return Arrays.asList(option.description()).contains(description);
  }

  @Test
  void everyCommandsHelpListsEveryOptionItAccepts() {
    for (Map.Entry<String, CommandLine> command : Cli.commands().entrySet()) {
      for (String flag : new String[] {"--help", "-h"}) {
        Cli.Result result = cli.run(command.getKey(), flag);

        assertEquals(0, result.code(), result::toString);
        assertTrue(result.out().startsWith("Usage: timrest " + command.getKey()), result::toString);
        for (OptionSpec option : command.getValue().getCommandSpec().options()) {
          assertTrue(option.hidden() || listsOption(result.out(), option),
              command.getKey() + " --help lacks " + synopsis(option) + ":\n" + result.out());
        }
        assertTrue(result.out().contains("--help"), result.out());
        assertTrue(result.out().contains(ExitCodes.HELP), command.getKey() + " --help lacks the exit codes");
      }
    }
  }

  @Test
  void helpOfCommandsThatConnectListsEveryEnvironmentVariable() {
    int connecting = 0;
    for (Map.Entry<String, CommandLine> command : Cli.commands().entrySet()) {
      String help = cli.run(command.getKey(), "--help").out();
      List<OptionSpec> options = command.getValue().getCommandSpec().options();
      if (options.stream().anyMatch(option -> hasDescription(option, ConnectionOptions.SECRET_KEY_FILE_HELP))) {
        connecting++;
        for (String variable : new String[] {"TIMREST_SDKAPPID", "TIMREST_IDENTIFIER", "TIMREST_SECRET_KEY_FILE",
            "TIMREST_SECRET_KEY "}) {
          assertTrue(help.contains(variable), command.getKey() + " --help lacks " + variable);
        }
      }
      if (options.stream().anyMatch(option -> option.longestName().equals("--base-url"))) {
        assertTrue(help.contains("TIMREST_REGION") && help.contains("TIMREST_BASE_URL"), help);
      }
    }
    assertEquals(16, connecting, "the 14 endpoint commands, migrate and usersig");
  }

  @Test
  void topLevelHelpListsEveryCommandTheConnectionAndTheExitCodes() {
    Cli.Result result = cli.run("--help");

    assertEquals(0, result.code());
    for (Map.Entry<String, CommandLine> command : Cli.commands().entrySet()) {
      if (!command.getValue().getCommandSpec().usageMessage().hidden()) {
        assertTrue(result.out().contains("  " + command.getKey() + " "), "missing " + command.getKey());
      }
    }
    for (OptionSpec option : CommandSpec.forAnnotatedObject(new ConnectionOptions()).options()) {
      assertTrue(listsOption(result.out(), option), "missing " + synopsis(option) + " in\n" + result.out());
    }
    assertTrue(result.out().contains(Connection.ENV_HELP));
    assertTrue(result.out().contains(ExitCodes.HELP));
    assertTrue(result.out().contains("generate-completion"), result.out());
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
