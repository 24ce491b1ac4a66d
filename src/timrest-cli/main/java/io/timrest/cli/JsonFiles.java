package io.timrest.cli;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import io.timrest.TimJson;
import io.timrest.TimValidationException;
import io.timrest.model.TimJsonAdapters;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import okio.Buffer;

/**
 * JSON in and out of the command line, through the generated adapters: request bodies and message
 * lists read strictly from a file or standard input ({@code -}), responses written indented. A
 * malformed file is a {@link UsageException} naming the file and the line and column; an unknown
 * field, one naming the field and the nearest known name.
 */
final class JsonFiles {
  static final String STDIN = "-";

  private final Moshi moshi = new Moshi.Builder().add(TimJsonAdapters.FACTORY).build();

  /** Reads one JSON document of {@code type} from {@code file}, or from {@code stdin} when it is {@code -}. */
  <T> T read(String file, Type type, InputStream stdin) {
    String name = file.equals(STDIN) ? "standard input" : file;
    Buffer content = new Buffer();
    try {
      if (file.equals(STDIN)) {
        content.readFrom(stdin);
      } else {
        content.write(Files.readAllBytes(Path.of(file)));
      }
    } catch (NoSuchFileException e) {
      throw new UsageException("cannot read " + name + ": no such file");
    } catch (IOException | RuntimeException e) {
      throw new UsageException("cannot read " + name + ": " + e.getClass().getSimpleName());
    }
    String json = content.readUtf8();
    try {
      return readStrict(type, json);
    } catch (TimValidationException e) {
      String syntax = "syntax (invalid JSON ";
      if (e.getMessage().startsWith(syntax)) { // "at line 2, column 20: ..."
        throw new UsageException("malformed JSON in " + name + " " + e.getMessage().substring(syntax.length(),
            e.getMessage().length() - 1));
      }
      throw new UsageException("invalid JSON in " + name + ": " + e.getMessage());
    }
  }

  /** {@code value} as JSON on one line (a line of JSON Lines), through the adapter for {@code type}. */
  <T> String writeLine(Type type, T value) {
    return moshi.<T>adapter(type).toJson(value);
  }

  /**
   * What a person wrote is read strictly ({@link TimJson}): an unknown or misspelled field is
   * refused with the nearest known name instead of being dropped, a syntax error says its line and
   * column.
   */
  @SuppressWarnings("unchecked") // the type is the one the caller names for T: a model class or List<model>
  private static <T> T readStrict(Type type, String json) {
    if (type instanceof Class) {
      return (T) TimJson.readStrict((Class<?>) type, json);
    }
    if (type instanceof ParameterizedType && ((ParameterizedType) type).getRawType() == List.class
        && ((ParameterizedType) type).getActualTypeArguments()[0] instanceof Class) {
      return (T) TimJson.readStrictList((Class<?>) ((ParameterizedType) type).getActualTypeArguments()[0], json);
    }
    throw new IllegalArgumentException("JsonFiles reads a model or a list of models, not " + type);
  }

  /** {@code value} as JSON indented by two spaces, through the adapter for {@code type}. */
  <T> String write(Type type, T value) {
    JsonAdapter<T> adapter = moshi.<T>adapter(type).indent("  ");
    return adapter.toJson(value);
  }
}
