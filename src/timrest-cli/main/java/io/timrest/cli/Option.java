package io.timrest.cli;

import java.util.Objects;

/**
 * One option a command accepts. The parser ({@link Args}) and the help text both read the same
 * list of these, so help cannot forget an option the parser takes.
 *
 * @param name the option as typed, e.g. {@code --group-id}
 * @param valueName the placeholder of its value in help (e.g. {@code ID}), or null for a flag
 * @param description one line for help
 */
record Option(String name, String valueName, String description) {
  Option {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
  }

  static Option flag(String name, String description) {
    return new Option(name, null, description);
  }

  static Option value(String name, String valueName, String description) {
    return new Option(name, Objects.requireNonNull(valueName, "valueName"), description);
  }

  boolean takesValue() {
    return valueName != null;
  }

  /** {@code --name VALUE}, or {@code --name} for a flag. */
  String synopsis() {
    return takesValue() ? name + " " + valueName : name;
  }
}
