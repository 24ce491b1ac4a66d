package io.timrest.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import io.timrest.model.TimJsonAdapters;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import picocli.CommandLine;

/** Runs {@link TimRestCli#run} in-process and checks, on every run, that no output holds the key. */
final class Cli {
  static final Moshi MOSHI = new Moshi.Builder().add(TimJsonAdapters.FACTORY).build();

  private final Map<String, String> env;
  private final String secretKey;

  Cli(Map<String, String> env, String secretKey) {
    this.env = Map.copyOf(env);
    this.secretKey = secretKey;
  }

  record Result(int code, String out, String err) {
    <T> T json(Class<T> type) {
      JsonAdapter<T> adapter = MOSHI.adapter(type);
      try {
        return adapter.fromJson(out);
      } catch (IOException e) {
        throw new UncheckedIOException("stdout is not a " + type.getSimpleName() + ": " + out, e);
      }
    }

    @Override
    public String toString() {
      return "exit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
  }

  /** Every command of the tree, the built-in help and generate-completion included, by name. */
  static Map<String, CommandLine> commands() {
    return TimRestCli.commandLine(new Console(InputStream.nullInputStream(), System.out, System.err, Map.of()))
        .getSubcommands();
  }

  Result run(String... args) {
    return runWithInput("", args);
  }

  Result runWithInput(String stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = TimRestCli.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), env);
    Result result = new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    if (secretKey != null) {
      assertFalse(result.out().contains(secretKey), "stdout contains the secret key:\n" + result);
      assertFalse(result.err().contains(secretKey), "stderr contains the secret key:\n" + result);
    }
    return result;
  }
}
