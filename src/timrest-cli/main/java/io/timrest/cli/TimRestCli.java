package io.timrest.cli;

import io.timrest.TimApiException;
import io.timrest.TimImportException;
import io.timrest.TimTransportException;
import io.timrest.TimValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.IHelpSectionRenderer;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.UsageMessageSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code timrest} command line, on picocli: picocli finds the command, parses its options and
 * prints help; this class turns every failure into one {@code error: ...} line on standard error
 * and an exit code ({@link ExitCodes}). {@link #run} is the whole program, so that tests run it
 * in-process.
 */
public final class TimRestCli {
  private static final String MORE_HELP = "timrestMoreHelp";
  private static final String ENVIRONMENT = "timrestEnvironment";
  private static final String EXIT_CODES = "timrestExitCodes";
  /** Wide enough for the longest option, {@code --drop-after-commit-rate R}, beside its description. */
  private static final int LONG_OPTIONS_WIDTH = 30;
  private static final int WIDTH = 100;
  /** What is quoted back in an error as a command or an option name; anything else might be a secret. */
  private static final Pattern COMMAND_NAME = Pattern.compile("[a-z][a-z-]{0,39}");
  private static final Pattern OPTION_NAME = Pattern.compile("--?[a-zA-Z][a-zA-Z-]{0,39}");
  private static final String NOT_SHOWN = " (not shown, in case it is a secret)";

  private TimRestCli() {
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
    Console console = new Console(in, out, err, env);
    for (String arg : args) {
      // Refused wherever it stands, before picocli could quote the key in a message.
      if (arg.equals("--secret-key") || arg.startsWith("--secret-key=")) {
        return fail(console, ExitCodes.USAGE, Connection.SECRET_KEY_REFUSED);
      }
    }
    int code = commandLine(console).execute(args);
    console.out().flush();
    console.err().flush();
    return code;
  }

  /** The whole command tree, writing to {@code console}. */
  static CommandLine commandLine(Console console) {
    JsonFiles json = new JsonFiles();
    List<CliCommand> commands = new ArrayList<>();
    commands.add(new DemoCommand(console));
    commands.add(new EmulatorCommand(console));
    commands.addAll(EndpointCommands.all(console, json));
    commands.add(new MigrateCommand(console));
    commands.add(new SampleHistoryCommand(console));
    commands.add(new UserSigCommand(console));

    CommandLine top = new CommandLine(new Top(console));
    top.getCommandSpec().version("timrest " + version());
    for (CliCommand command : commands) {
      top.addSubcommand(command);
    }
    top.addSubcommand(new CommandLine.HelpCommand());
    top.addSubcommand(new AutoComplete.GenerateCompletion());

    // Every setting below reaches the whole tree, so it comes after the last addSubcommand.
    Converters.registerAll(top);
    top.setExpandAtFiles(false)              // --text @alice is a message, not a file of arguments
        .setAllowOptionsAsOptionParameters(true)  // --text --from is the text "--from"
        .setUsageHelpWidth(WIDTH)
        .setUsageHelpLongOptionsMaxWidth(LONG_OPTIONS_WIDTH)
        .setColorScheme(Help.defaultColorScheme(Ansi.OFF))
        .setHelpFactory(SpacedHelp::new)
        .setOut(new PrintWriter(console.out(), true))
        .setErr(new PrintWriter(console.err(), true))
        .setParameterExceptionHandler((e, args) -> fail(console, ExitCodes.USAGE, usageError(e)))
        .setExecutionExceptionHandler((e, commandLine, parsed) -> failure(console, e, commandLine.getCommandSpec()));
    addSections(top, Map.of(MORE_HELP, help -> moreHelp()));
    for (CommandLine sub : top.getSubcommands().values()) {
      String environment = sub.getCommand() instanceof CliCommand command ? command.environmentHelp() : "";
      Map<String, IHelpSectionRenderer> sections = new LinkedHashMap<>();
      sections.put(ENVIRONMENT, help -> environment.isEmpty() ? "" : "\n" + environment + "\n");
      sections.put(EXIT_CODES, help -> "\n" + ExitCodes.HELP + "\n");
      addSections(sub, sections);
    }
    return top;
  }

  /**
   * Lays out the help of {@code commandLine} like the rest of timrest's text: no header (it is the
   * one-line summary in the command list), a blank line around the description and the options,
   * and the {@code extra} sections (raw text, never re-wrapped) before the footer.
   */
  private static void addSections(CommandLine commandLine, Map<String, IHelpSectionRenderer> extra) {
    // The spec's own setters: CommandLine's would reach every subcommand too.
    UsageMessageSpec usage = commandLine.getCommandSpec().usageMessage();
    usage.sortOptions(false).synopsisHeading("Usage: ").descriptionHeading("%n").optionListHeading("%nOptions:%n")
        .commandListHeading("%nCommands:%n");
    List<String> keys = new ArrayList<>(usage.sectionKeys());
    keys.remove(UsageMessageSpec.SECTION_KEY_HEADER_HEADING);
    keys.remove(UsageMessageSpec.SECTION_KEY_HEADER);
    keys.addAll(keys.indexOf(UsageMessageSpec.SECTION_KEY_FOOTER_HEADING), extra.keySet());
    Map<String, IHelpSectionRenderer> sections = new LinkedHashMap<>(usage.sectionMap());
    sections.putAll(extra);
    usage.sectionKeys(keys).sectionMap(sections);
  }

  private static String moreHelp() {
    CommandSpec connection = CommandSpec.forAnnotatedObject(new ConnectionOptions());
    connection.usageMessage().width(WIDTH).longOptionsMaxWidth(LONG_OPTIONS_WIDTH).sortOptions(false);
    String options = new SpacedHelp(connection, Help.defaultColorScheme(Ansi.OFF)).optionList();
    return String.join("\n",
        "",
        "Every command takes --help (or -h). 'timrest help COMMAND' does the same.",
        "'timrest generate-completion' prints a bash/zsh completion script: source <(timrest generate-completion)",
        "",
        "Connection options (the API commands; usersig takes the first three):",
        options + "The secret key is never taken on the command line (ps would show it).",
        "",
        Connection.ENV_HELP,
        "",
        "Results are JSON on standard output; errors are one 'error: ...' line on standard error.",
        "",
        ExitCodes.HELP,
        "");
  }

  /** The project version, written into version.properties by the build. */
  static String version() {
    Properties properties = new Properties();
    try (InputStream in = TimRestCli.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        throw new IllegalStateException("io/timrest/cli/version.properties is missing from the class path");
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties.getProperty("version");
  }

  /**
   * One line for a command line picocli refused, with a hint to {@code --help}. Values are never
   * quoted (one may be a secret key pasted into the wrong place); option and command names are.
   */
  static String usageError(ParameterException e) {
    CommandSpec command = e.getCommandLine().getCommandSpec();
    String prefix = command.qualifiedName(" ") + ": ";
    String help = "; see " + command.qualifiedName(" ") + " --help";
    if (e instanceof UnmatchedArgumentException unmatched) {
      String first = unmatched.getUnmatched().isEmpty() ? "" : unmatched.getUnmatched().get(0);
      String didYouMean = didYouMean(unmatched.getSuggestions());
      if (first.startsWith("-")) {
        String name = first.split("=", 2)[0];
        return prefix + "unknown option" + (OPTION_NAME.matcher(name).matches() ? " " + name : NOT_SHOWN)
            + didYouMean + help;
      }
      if (!command.subcommands().isEmpty()) {
        return unknownCommand(first, didYouMean, command);
      }
      return prefix + "unexpected argument" + NOT_SHOWN + "; options start with --" + help;
    }
    if (e.getCause() instanceof TypeConversionException conversion) {
      return prefix + "option " + name(e.getArgSpec()) + " " + conversion.getMessage() + help;
    }
    if (e instanceof MissingParameterException missing && !missing.getMissing().isEmpty()) {
      ArgSpec option = missing.getMissing().get(0);
      return prefix + "option " + name(option) + " needs a value (" + name(option) + " " + option.paramLabel() + ")"
          + help;
    }
    if (e instanceof OverwrittenOptionException overwritten) {
      return prefix + "option " + name(overwritten.getOverwritten()) + " given twice" + help;
    }
    if (e.getMessage().startsWith("Unknown subcommand") && e.getValue() != null) {
      // timrest help NAME
      return unknownCommand(e.getValue(), "", command.root());
    }
    String message = e.getMessage();
    if (e.getValue() != null && !e.getValue().isEmpty()) {
      message = message.replace(e.getValue(), "(value not shown)");
    }
    return prefix + message + help;
  }

  /** A mistyped command is quoted, something else in its place (a key, say) is not. */
  private static String unknownCommand(String name, String didYouMean, CommandSpec root) {
    return "unknown command" + (COMMAND_NAME.matcher(name).matches() ? " '" + name + "'" : NOT_SHOWN) + didYouMean
        + " (see " + root.qualifiedName(" ") + " --help)";
  }

  /** picocli's suggestions (the most similar names), as {@code  (did you mean a, b or c?)}. */
  private static String didYouMean(List<String> suggestions) {
    if (suggestions.isEmpty()) {
      return "";
    }
    int last = suggestions.size() - 1;
    String names = last == 0 ? suggestions.get(0)
        : String.join(", ", suggestions.subList(0, last)) + " or " + suggestions.get(last);
    return " (did you mean " + names + "?)";
  }

  private static String name(ArgSpec arg) {
    return arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
  }

  /** The exit code and one line for what {@code command} threw. */
  private static int failure(Console console, Exception thrown, CommandSpec command) {
    if (thrown instanceof UsageException e) {
      String help = command.qualifiedName(" ") + " --help";
      return fail(console, ExitCodes.USAGE, e.getMessage() + (e.getMessage().contains(help) ? "" : "; see " + help));
    }
    if (thrown instanceof TimValidationException e) {
      return fail(console, ExitCodes.USAGE, "invalid request, not sent: " + e.field() + ": " + e.rule()
          + detail(e.getMessage(), e.field() + ": " + e.rule()));
    }
    if (thrown instanceof TimApiException e) {
      return fail(console, ExitCodes.API_ERROR, e.operation() + " failed: ErrorCode " + e.errorCode()
          + (e.errorInfo().isEmpty() ? "" : ", ErrorInfo: " + e.errorInfo())
          + e.documentedMeaning().map(meaning -> " (" + meaning + ")").orElse(""));
    }
    if (thrown instanceof TimImportException e) {
      return fail(console, ExitCodes.API_ERROR, e.getMessage());
    }
    if (thrown instanceof TimTransportException e) {
      boolean causeShown = e.getCause() == null || e.getMessage().contains(String.valueOf(e.getCause().getMessage()));
      return fail(console, ExitCodes.TRANSPORT, "transport: " + e.getMessage()
          + (causeShown ? "" : " (" + describe(e.getCause()) + ")"));
    }
    if (thrown instanceof InterruptedException) {
      Thread.currentThread().interrupt();
      return fail(console, ExitCodes.API_ERROR, "interrupted");
    }
    return fail(console, ExitCodes.API_ERROR, "unexpected failure: " + describe(thrown));
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

  /** The {@code timrest} command itself, whose subcommands are the commands. */
  @Command(name = "timrest", mixinStandardHelpOptions = true,
      customSynopsis = "timrest COMMAND [OPTIONS]",
      description = {
          "A command line for the Tencent Cloud Chat (IM) server REST API, with a local emulator.",
          "Try it without an account: timrest demo"})
  private static final class Top implements Callable<Integer> {
    private final Console console;

    @Spec
    CommandSpec spec;

    Top(Console console) {
      this.console = console;
    }

    /** Without a command: the help, on standard error, and exit 2. */
    @Override
    public Integer call() {
      console.err().print(spec.commandLine().getUsageMessage());
      return ExitCodes.USAGE;
    }
  }

  /** picocli's help, with options shown as {@code --name VALUE} (as typed) rather than {@code --name=VALUE}. */
  private static final class SpacedHelp extends Help {
    SpacedHelp(CommandSpec spec, ColorScheme colors) {
      super(spec, colors);
    }

    @Override
    public IParamLabelRenderer parameterLabelRenderer() {
      return new IParamLabelRenderer() {
        @Override
        public Ansi.Text renderParameterLabel(ArgSpec arg, Ansi ansi, List<Ansi.IStyle> styles) {
          return ansi.new Text(arg.arity().max() == 0 ? "" : separator() + arg.paramLabel());
        }

        @Override
        public String separator() {
          return " ";
        }
      };
    }
  }
}
