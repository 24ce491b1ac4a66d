package io.timrest.cli;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.Moshi;
import io.timrest.model.TimJsonAdapters;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import okio.Buffer;

/**
 * JSON in and out of the command line, through the generated adapters: request bodies and message
 * lists read from a file or standard input ({@code -}), responses written indented. A malformed
 * file is a {@link UsageException} naming the file and the JSON path where reading stopped.
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
    JsonAdapter<T> adapter = moshi.adapter(type);
    JsonReader reader = JsonReader.of(content);
    try {
      T value = adapter.fromJson(reader);
      if (value == null) {
        throw new UsageException("malformed JSON in " + name + ": the document is null");
      }
      if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
        throw new UsageException("malformed JSON in " + name + ": more data after the document at "
            + reader.getPath());
      }
      return value;
    } catch (EOFException e) {
      throw new UsageException("malformed JSON in " + name + ": it is empty or ends early (at "
          + reader.getPath() + ")");
    } catch (JsonDataException | JsonEncodingException e) {
      throw new UsageException("malformed JSON in " + name + ": " + e.getMessage());
    } catch (IOException e) {
      throw new UsageException("cannot read " + name + ": " + e.getClass().getSimpleName());
    }
  }

  /** {@code value} as JSON on one line (a line of JSON Lines), through the adapter for {@code type}. */
  <T> String writeLine(Type type, T value) {
    return moshi.<T>adapter(type).toJson(value);
  }

  /** {@code value} as JSON indented by two spaces, through the adapter for {@code type}. */
  <T> String write(Type type, T value) {
    JsonAdapter<T> adapter = moshi.<T>adapter(type).indent("  ");
    return adapter.toJson(value);
  }
}
