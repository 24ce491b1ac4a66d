package io.timrest.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The options of one command line, parsed against the command's {@link Option} list: {@code
 * --name value}, {@code --name=value} or a bare {@code --name} flag; {@code -h} and {@code --help}
 * ask for help. A value is taken verbatim, so {@code --text -1} and {@code --file -} (standard
 * input) work. Error messages quote option names, and values only of numeric options.
 */
final class Args {
  static final Option HELP = Option.flag("--help", "print this help and exit (also -h)");

  private final String command;
  private final Map<String, String> values;

  private Args(String command, Map<String, String> values) {
    this.command = command;
    this.values = values;
  }

  /**
   * Parses {@code tokens} (the arguments after the command name).
   *
   * @throws UsageException for an unknown, repeated or incomplete option, a positional argument,
   *     or {@code --secret-key}
   */
  static Args parse(String command, List<String> tokens, List<Option> options) {
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 0; i < tokens.size(); i++) {
      String token = tokens.get(i);
      if (token.equals("-h")) {
        token = HELP.name();
      }
      if (!token.startsWith("--")) {
        // Not quoted: a stray argument may be a secret pasted in the wrong place.
        throw new UsageException("timrest " + command + ": unexpected argument #" + (i + 1)
            + " (options start with --); see timrest " + command + " --help");
      }
      int equals = token.indexOf('=');
      String name = equals < 0 ? token : token.substring(0, equals);
      if (name.equals("--secret-key")) {
        throw new UsageException(Connection.SECRET_KEY_REFUSED);
      }
      Option option = find(options, name);
      if (option == null) {
        throw new UsageException("timrest " + command + ": unknown option " + name
            + "; see timrest " + command + " --help");
      }
      if (values.containsKey(name)) {
        throw new UsageException("timrest " + command + ": option " + name + " given twice");
      }
      String value;
      if (!option.takesValue()) {
        if (equals >= 0) {
          throw new UsageException("timrest " + command + ": option " + name + " takes no value");
        }
        value = "";
      } else if (equals >= 0) {
        value = token.substring(equals + 1);
      } else if (i + 1 < tokens.size()) {
        value = tokens.get(++i);
      } else {
        throw new UsageException("timrest " + command + ": option " + name + " needs a value ("
            + option.synopsis() + ")");
      }
      values.put(name, value);
    }
    return new Args(command, values);
  }

  private static Option find(List<Option> options, String name) {
    if (name.equals(HELP.name())) {
      return HELP;
    }
    for (Option option : options) {
      if (option.name().equals(name)) {
        return option;
      }
    }
    return null;
  }

  String command() {
    return command;
  }

  boolean wantsHelp() {
    return values.containsKey(HELP.name());
  }

  boolean has(Option option) {
    return values.containsKey(option.name());
  }

  Optional<String> get(Option option) {
    return Optional.ofNullable(values.get(option.name()));
  }

  /** The value of a required option; the message says how else the request can be given, if at all. */
  String require(Option option, String alternative) {
    String value = values.get(option.name());
    if (value == null) {
      throw new UsageException("timrest " + command + ": missing option " + option.synopsis()
          + alternative + "; see timrest " + command + " --help");
    }
    return value;
  }

  Optional<Long> getLong(Option option) {
    return get(option).map(text -> parseLong(option, text));
  }

  long requireLong(Option option, String alternative) {
    return parseLong(option, require(option, alternative));
  }

  Optional<Integer> getInt(Option option) {
    return getLong(option).map(value -> toInt(option, value));
  }

  int requireInt(Option option, String alternative) {
    return toInt(option, requireLong(option, alternative));
  }

  private int toInt(Option option, long value) {
    if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
      throw new UsageException("timrest " + command + ": option " + option.name() + " is out of range");
    }
    return (int) value;
  }

  Optional<Double> getDouble(Option option) {
    return get(option).map(text -> {
      try {
        return Double.parseDouble(text.strip());
      } catch (NumberFormatException e) {
        throw new UsageException("timrest " + command + ": option " + option.name()
            + " needs a number, got '" + text + "'");
      }
    });
  }

  private long parseLong(Option option, String text) {
    try {
      return Long.parseLong(text.strip());
    } catch (NumberFormatException e) {
      throw new UsageException("timrest " + command + ": option " + option.name()
          + " needs a whole number, got '" + text + "'");
    }
  }

  /** The options among {@code candidates} that were given, in the order of {@code candidates}. */
  List<Option> given(List<Option> candidates) {
    return candidates.stream().filter(this::has).toList();
  }
}
