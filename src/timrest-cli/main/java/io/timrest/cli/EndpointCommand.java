package io.timrest.cli;

import io.timrest.TimRestClient;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;

/**
 * A command that makes one API call: the request comes from its own options or whole from
 * {@code --body}; the response model is printed as JSON on standard output.
 *
 * @param <Q> the request model
 * @param <R> what the client method returns
 */
abstract class EndpointCommand<Q, R> extends CliCommand {
  /** Appended to "missing option --x" so that the user learns the other way to give a request. */
  static final String OR_BODY = " (or give the whole request with --body FILE)";

  @Option(names = "--body", paramLabel = "FILE", order = 1000,
      description = "the whole JSON request body from FILE (- for standard input), instead of the options above")
  String body;

  @Mixin
  ConnectionOptions connection;

  final JsonFiles json;
  private final Type requestType;
  private final Type printedType;
  private final BiFunction<TimRestClient, Q, R> call;

  EndpointCommand(Console console, JsonFiles json, Type requestType, Type printedType,
      BiFunction<TimRestClient, Q, R> call) {
    super(console);
    this.json = json;
    this.requestType = requestType;
    this.printedType = printedType;
    this.call = call;
  }

  /** The request built from the command's own options. */
  abstract Q request();

  /** What is printed of the result: by default the result itself. */
  Object printed(R result) {
    return result;
  }

  /**
   * With {@code --all}, every message of the history the request starts (printed one JSON line
   * each, instead of the response to one call); empty for a command without it, or without the flag.
   */
  Optional<Stream<?>> everyMessage(TimRestClient client, Q firstPage) {
    return Optional.empty();
  }

  /** Runs after the response was printed; may throw to change the exit code. */
  void afterPrint(R result) {
  }

  @Override
  String environmentHelp() {
    return Connection.ENV_HELP;
  }

  @Override
  public Integer call() {
    Q request;
    if (body != null) {
      List<String> given = givenRequestOptions();
      if (!given.isEmpty()) {
        throw usage("--body gives the whole request; remove " + String.join(", ", given));
      }
      request = json.read(body, requestType, console.in());
    } else {
      request = request();
    }
    try (Connection open = Connection.open(connection, console)) {
      Optional<Stream<?>> history = everyMessage(open.client(), request);
      if (history.isPresent()) {
        history.get().forEach(message -> console.out().println(json.writeLine(message.getClass(), message)));
        console.out().flush();
        return ExitCodes.OK;
      }
      R result = call.apply(open.client(), request);
      console.out().println(json.write(printedType, printed(result)));
      console.out().flush();
      afterPrint(result);
    }
    return ExitCodes.OK;
  }

  /** The request options on the command line: those of the command itself, not the connection's. */
  private List<String> givenRequestOptions() {
    List<OptionSpec> connectionOptions = spec.mixins().get("connection").options();
    return spec.commandLine().getParseResult().matchedOptions().stream()
        .filter(option -> !option.longestName().equals("--body") && !option.usageHelp())
        .filter(option -> connectionOptions.stream().noneMatch(c -> c.longestName().equals(option.longestName())))
        .map(OptionSpec::longestName)
        .collect(Collectors.toList());
  }

  /** The value of a required request option; the message names the option and the --body alternative. */
  <T> T require(T value, String option) {
    return require(value, option, OR_BODY);
  }
}
