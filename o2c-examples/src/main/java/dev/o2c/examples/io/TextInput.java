package dev.o2c.examples.io;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * Reads a UTF-8 input file of the command line (a CSV the user names) with problems in the user's
 * words: {@code items.csv: no such file}, {@code items.csv: is a directory, not a file}, {@code
 * items.csv: not UTF-8 text}.
 *
 * <pre>{@code
 * List<OpenItem> items = TextInput.read(Path.of("items.csv"), OpenItemsCsv::read);
 * }</pre>
 */
public final class TextInput {

  private TextInput() {}

  /**
   * Opens the file and hands its characters and its name to a reader function.
   *
   * @param <T> what the function makes of the file
   * @param file the file to read
   * @param function reads the characters; gets the file name as given for its error messages
   * @return what the function returned
   * @throws UncheckedIOException if the file is missing, a directory, unreadable or not UTF-8, naming it
   * @throws RuntimeException whatever the function throws for bad content
   */
  public static <T> T read(Path file, BiFunction<Reader, String, T> function) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(function, "function");
    String source = file.toString();
    if (Files.isDirectory(file)) {
      throw problem(source, "is a directory, not a file", null);
    }
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return function.apply(reader, source);
    } catch (NoSuchFileException e) {
      throw problem(source, "no such file", e);
    } catch (AccessDeniedException e) {
      throw problem(source, "cannot read: permission denied", e);
    } catch (CharacterCodingException e) {
      throw problem(source, "not UTF-8 text", e);
    } catch (UncheckedIOException e) {
      if (e.getCause() instanceof CharacterCodingException) {
        throw problem(source, "not UTF-8 text", e.getCause());
      }
      throw e;
    } catch (IOException e) {
      throw problem(source, "cannot read: " + e.getMessage(), e);
    }
  }

  private static UncheckedIOException problem(String source, String what, IOException cause) {
    String message = source + ": " + what;
    return new UncheckedIOException(message, cause == null ? new IOException(message) : cause);
  }
}
