package io.timrest.cli;

import io.timrest.TimApiException;
import io.timrest.TimImportException;
import io.timrest.TimTransportException;
import io.timrest.TimValidationException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The {@code timrest} command line: finds the command, parses its options, runs it, and turns
 * every failure into one {@code error: ...} line on standard error and an exit code
 * ({@link ExitCodes}). {@link #run} is the whole program, so that tests run it in-process.
 */
public final class TimRestCli {
  private final List<Command> commands;

  private TimRestCli() {
    List<Command> all = new ArrayList<>();
    all.add(new DemoCommand());
    all.add(new EmulatorCommand());
    all.addAll(EndpointCommands.all(new JsonFiles()));
    all.add(new MigrateCommand());
    all.add(new SampleHistoryCommand());
    all.add(new UserSigCommand());
    this.commands = List.copyOf(all);
  }

  /**
   * The {@code timrest} command line, {@code java -jar timrest-cli.jar COMMAND [OPTIONS]};
   * {@code --help} lists the commands. Exits with 0 on success, 1 for an API error, 2 for a usage
   * or validation error and 3 for a transport error.
   *
   * @param args the command and its options
   */
  public static void main(String[] args) {
    int code = run(args, System.in, System.out, System.err, System.getenv());
    System.out.flush();
    System.exit(code);
  }

  /**
   * Runs {@code timrest} with {@code args} and returns its exit code: 0 ok, 1 API error, 2 usage
   * or validation error, 3 transport error. Reads standard input from {@code in} and environment
   * variables from {@code env} only; writes results to {@code out} and errors to {@code err}.
   */
  static int run(String[] args, InputStream in, PrintStream out, PrintStream err, Map<String, String> env) {
    return new TimRestCli().execute(List.of(args), new Console(in, out, err, env));
  }

  /** Every command, in the order the top-level help lists them. */
  static List<Command> commands() {
    return new TimRestCli().commands;
  }

  private int execute(List<String> args, Console console) {
    if (args.isEmpty()) {
      console.err().println(topLevelHelp());
      return ExitCodes.USAGE;
    }
    String first = args.get(0);
    if (first.equals("--help") || first.equals("-h") || first.equals("help")) {
      if (args.size() > 1 && first.equals("help")) {
        return helpFor(args.get(1), console);
      }
      console.out().println(topLevelHelp());
      return ExitCodes.OK;
    }
    Command command = find(first);
    try {
      if (command == null) {
        if (first.equals("--secret-key") || first.startsWith("--secret-key=")) {
          throw new UsageException(Connection.SECRET_KEY_REFUSED);
        }
        throw new UsageException("unknown command '" + (first.startsWith("-") ? first.split("=", 2)[0] : first)
            + "'; commands: " + String.join(", ", commands.stream().map(Command::name).toList())
            + " (see timrest --help)");
      }
      Args parsed = Args.parse(command.name(), args.subList(1, args.size()), command.options());
      if (parsed.wantsHelp()) {
        console.out().println(commandHelp(command));
        return ExitCodes.OK;
      }
      return command.run(parsed, console);
    } catch (UsageException e) {
      return fail(console, ExitCodes.USAGE, e.getMessage());
    } catch (TimValidationException e) {
      return fail(console, ExitCodes.USAGE, "invalid request, not sent: " + e.field() + ": " + e.rule()
          + detail(e.getMessage(), e.field() + ": " + e.rule()));
    } catch (TimApiException e) {
      return fail(console, ExitCodes.API_ERROR, e.operation() + " failed: ErrorCode " + e.errorCode()
          + (e.errorInfo().isEmpty() ? "" : ", ErrorInfo: " + e.errorInfo())
          + e.documentedMeaning().map(meaning -> " (" + meaning + ")").orElse(""));
    } catch (TimImportException e) {
      return fail(console, ExitCodes.API_ERROR, e.getMessage());
    } catch (TimTransportException e) {
      boolean causeShown = e.getCause() == null || e.getMessage().contains(String.valueOf(e.getCause().getMessage()));
      return fail(console, ExitCodes.TRANSPORT, "transport: " + e.getMessage()
          + (causeShown ? "" : " (" + describe(e.getCause()) + ")"));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return fail(console, ExitCodes.API_ERROR, "interrupted");
    } catch (RuntimeException e) {
      return fail(console, ExitCodes.API_ERROR, "unexpected failure: " + describe(e));
    }
  }

  /** What {@link TimValidationException#getMessage()} adds after "field: rule", e.g. " (was 8)". */
  private static String detail(String message, String fieldAndRule) {
    return message.startsWith(fieldAndRule) ? message.substring(fieldAndRule.length()) : "";
  }

  private static String describe(Throwable cause) {
    String message = cause.getMessage();
    return cause.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }

  private static int fail(Console console, int code, String message) {
    console.out().flush();
    console.err().println("error: " + message.replace('\n', ' '));
    console.err().flush();
    return code;
  }

  private int helpFor(String name, Console console) {
    Command command = find(name);
    if (command == null) {
      return fail(console, ExitCodes.USAGE, "unknown command '" + name + "' (see timrest --help)");
    }
    console.out().println(commandHelp(command));
    return ExitCodes.OK;
  }

  private Command find(String name) {
    return commands.stream().filter(command -> command.name().equals(name)).findFirst().orElse(null);
  }

  String topLevelHelp() {
    StringBuilder help = new StringBuilder();
    help.append("Usage: timrest COMMAND [OPTIONS]\n\n");
    help.append("A command line for the Tencent Cloud Chat (IM) server REST API, with a local emulator.\n");
    help.append("Try it without an account: timrest demo\n\n");
    help.append("Commands:\n");
    int width = commands.stream().mapToInt(command -> command.name().length()).max().orElse(0);
    for (Command command : commands) {
      help.append("  ").append(pad(command.name(), width)).append("  ").append(command.summary()).append('\n');
    }
    help.append("\nEvery command takes --help (or -h). 'timrest help COMMAND' does the same.\n\n");
    help.append("Connection options (the API commands; usersig takes the first three):\n");
    appendOptions(help, Connection.OPTIONS);
    help.append("The secret key is never taken on the command line (ps would show it).\n\n");
    help.append(Connection.ENV_HELP).append("\n\n");
    help.append("Results are JSON on standard output; errors are one 'error: ...' line on standard error.\n\n");
    help.append(ExitCodes.HELP);
    return help.toString();
  }

  static String commandHelp(Command command) {
    StringBuilder help = new StringBuilder();
    help.append("Usage: timrest ").append(command.name()).append(' ').append(command.usage()).append("\n\n");
    help.append(command.description()).append("\n\n");
    help.append("Options:\n");
    List<Option> options = new ArrayList<>(command.options());
    options.add(Args.HELP);
    appendOptions(help, options);
    if (!command.environmentHelp().isEmpty()) {
      help.append('\n').append(command.environmentHelp()).append('\n');
    }
    help.append('\n').append(ExitCodes.HELP);
    return help.toString();
  }

  private static void appendOptions(StringBuilder help, List<Option> options) {
    int width = options.stream().mapToInt(option -> option.synopsis().length()).max().orElse(0);
    for (Option option : options) {
      help.append("  ").append(pad(option.synopsis(), width)).append("  ").append(option.description()).append('\n');
    }
  }

  private static String pad(String text, int width) {
    char[] spaces = new char[Math.max(0, width - text.length())];
    Arrays.fill(spaces, ' ');
    return text + new String(spaces);
  }
}
