package io.timrest.cli;

import io.timrest.TimRestClient;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A command that makes one API call: the request comes from its options or whole from
 * {@code --body}; the response model is printed as JSON on standard output.
 *
 * @param <Q> the request model
 * @param <R> what the client method returns
 * @param <P> the response model printed
 */
final class EndpointCommand<Q, R, P> implements Command {
  static final Option BODY = Option.value("--body", "FILE",
      "the whole JSON request body from FILE (- for standard input), instead of the options above");
  /** Appended to "missing option --x" so that the user learns the other way to give a request. */
  static final String OR_BODY = " (or give the whole request with --body FILE)";

  /** Builds the request from the command's own options. */
  interface RequestFromOptions<Q> {
    Q request(Args args, Console console);
  }

  /** The client method the command calls. */
  interface ClientCall<Q, R> {
    R call(TimRestClient client, Q request);
  }

  private final String name;
  private final String summary;
  private final String usage;
  private final String description;
  private final List<Option> requestOptions;
  private final Type requestType;
  private final RequestFromOptions<Q> fromOptions;
  private final ClientCall<Q, R> call;
  private final Type printedType;
  private final Function<R, P> printed;
  private final Consumer<R> afterPrint;
  private final JsonFiles json;

  private EndpointCommand(Spec<Q, R, P> spec) {
    this.name = spec.name;
    this.summary = spec.summary;
    this.usage = spec.usage;
    this.description = spec.description;
    this.requestOptions = List.copyOf(spec.requestOptions);
    this.requestType = spec.requestType;
    this.fromOptions = spec.fromOptions;
    this.call = spec.call;
    this.printedType = spec.printedType;
    this.printed = spec.printed;
    this.afterPrint = spec.afterPrint;
    this.json = spec.json;
  }

  static <Q, R, P> Spec<Q, R, P> named(String name, JsonFiles json) {
    return new Spec<>(name, json);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String summary() {
    return summary;
  }

  @Override
  public String usage() {
    return usage + " | --body FILE) [connection options]";
  }

  @Override
  public String description() {
    return description;
  }

  @Override
  public List<Option> options() {
    List<Option> options = new ArrayList<>(requestOptions);
    options.add(BODY);
    options.addAll(Connection.OPTIONS);
    return Collections.unmodifiableList(options);
  }

  @Override
  public String environmentHelp() {
    return Connection.ENV_HELP;
  }

  @Override
  public int run(Args args, Console console) {
    Q request;
    if (args.has(BODY)) {
      List<Option> given = args.given(requestOptions);
      if (!given.isEmpty()) {
        throw new UsageException("timrest " + name + ": --body gives the whole request; remove "
            + given.stream().map(Option::name).collect(Collectors.joining(", ")));
      }
      request = json.read(args.get(BODY).orElseThrow(), requestType, console.in());
    } else {
      request = fromOptions.request(args, console);
    }
    try (Connection connection = Connection.open(args, console.env())) {
      R result = call.call(connection.client(), request);
      console.out().println(json.write(printedType, printed.apply(result)));
      console.out().flush();
      afterPrint.accept(result);
    }
    return ExitCodes.OK;
  }

  /** The parts of an {@link EndpointCommand}, set one by one. */
  static final class Spec<Q, R, P> {
    private final String name;
    private final JsonFiles json;
    private String summary;
    private String usage;
    private String description;
    private List<Option> requestOptions = List.of();
    private Type requestType;
    private RequestFromOptions<Q> fromOptions;
    private ClientCall<Q, R> call;
    private Type printedType;
    private Function<R, P> printed;
    private Consumer<R> afterPrint = result -> { };

    private Spec(String name, JsonFiles json) {
      this.name = name;
      this.json = json;
    }

    Spec<Q, R, P> summary(String summary) {
      this.summary = summary;
      return this;
    }

    /** The request options' part of the usage line, without the closing {@code | --body FILE)}. */
    Spec<Q, R, P> usage(String usage) {
      this.usage = "(" + usage;
      return this;
    }

    Spec<Q, R, P> description(String description) {
      this.description = description;
      return this;
    }

    Spec<Q, R, P> requestOptions(Option... options) {
      this.requestOptions = List.of(options);
      return this;
    }

    Spec<Q, R, P> request(Class<Q> type, RequestFromOptions<Q> fromOptions) {
      this.requestType = type;
      this.fromOptions = fromOptions;
      return this;
    }

    Spec<Q, R, P> call(ClientCall<Q, R> call) {
      this.call = call;
      return this;
    }

    Spec<Q, R, P> prints(Class<P> type, Function<R, P> printed) {
      this.printedType = type;
      this.printed = printed;
      return this;
    }

    /** Runs after the response was printed; may throw to change the exit code. */
    Spec<Q, R, P> afterPrint(Consumer<R> afterPrint) {
      this.afterPrint = afterPrint;
      return this;
    }

    EndpointCommand<Q, R, P> build() {
      return new EndpointCommand<>(this);
    }
  }
}
