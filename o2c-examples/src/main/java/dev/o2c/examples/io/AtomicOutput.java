package dev.o2c.examples.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;

/**
 * Writes an output file all or nothing, as the CLI contract asks: the content goes to a temporary
 * file beside the target, which is moved into place only when writing has finished. If writing
 * fails, the temporary file is deleted and an existing target is left as it was.
 *
 * <pre>{@code
 * AtomicOutput.write(Path.of("matches.csv"), w -> new CsvWriter(w).row("entry_ref", "item_id"));
 * }</pre>
 */
public final class AtomicOutput {

  /** What writes the content; may throw an unchecked exception or an {@link IOException}. */
  @FunctionalInterface
  public interface Content {
    /**
     * Writes the content.
     *
     * @param writer the UTF-8 writer on the temporary file; do not close it
     * @throws IOException if writing fails
     */
    void writeTo(Writer writer) throws IOException;
  }

  private AtomicOutput() {}

  /**
   * Writes a file in UTF-8, replacing it only once the content is complete.
   *
   * @param target the file to write; its directory must exist
   * @param content what writes the content
   * @throws UncheckedIOException if the temporary file cannot be written or moved into place (the
   *     target is then unchanged)
   * @throws RuntimeException whatever {@code content} throws (the target is then unchanged)
   */
  public static void write(Path target, Content content) {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(content, "content");
    Path absolute = target.toAbsolutePath();
    Path directory = absolute.getParent();
    Path temporary;
    try {
      temporary = Files.createTempFile(directory, "." + absolute.getFileName(), ".tmp");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary file beside " + target + ": " + e.getMessage(), e);
    }
    boolean moved = false;
    try {
      try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
        content.writeTo(writer);
      }
      try {
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
      moved = true;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
    } finally {
      if (!moved) {
        try {
          Files.deleteIfExists(temporary);
        } catch (IOException e) {
          // The original failure matters more than a leftover temporary file.
        }
      }
    }
  }
}
