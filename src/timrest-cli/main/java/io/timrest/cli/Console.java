package io.timrest.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.Map;
import java.util.Objects;

/** The streams and environment a command runs with; tests pass their own. */
record Console(InputStream in, PrintStream out, PrintStream err, Map<String, String> env) {
  Console {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(err, "err");
    env = Map.copyOf(Objects.requireNonNull(env, "env"));
  }
}
