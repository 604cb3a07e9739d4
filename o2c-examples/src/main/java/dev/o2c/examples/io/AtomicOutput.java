package dev.o2c.examples.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.security.SecureRandom;
import java.util.Objects;

/**
 * Writes an output file all or nothing, as the CLI contract asks: the content goes to a temporary
 * file beside the target, which is moved into place only when writing has finished. If writing
 * fails, the temporary file is deleted and an existing target is left as it was.
 *
 * <p>The file gets the permissions any program would give it: a new file those of the process's
 * umask (not owner-only, as {@link Files#createTempFile} would), a replaced file its old ones.
 * Problems are reported on the target, never on the temporary file's name.
 *
 * <pre>{@code
 * AtomicOutput.write(Path.of("matches.csv"), w -> w.write("entry_ref,item_id\r\n"));
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

  private static final int BUFFER_CHARS = 64 * 1024;
  private static final SecureRandom RANDOM = new SecureRandom();

  private AtomicOutput() {}

  /**
   * Writes a file in UTF-8, replacing it only once the content is complete.
   *
   * @param target the file to write; its folder must exist
   * @param content what writes the content
   * @throws UncheckedIOException if the folder does not exist, or the file cannot be written or moved
   *     into place (the target is then unchanged); the message names the target, e.g.
   *     {@code cannot write out/t.csv: folder out does not exist}
   * @throws RuntimeException whatever {@code content} throws (the target is then unchanged)
   */
  public static void write(Path target, Content content) {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(content, "content");
    Path absolute = target.toAbsolutePath();
    Path directory = absolute.getParent();
    if (!Files.isDirectory(directory)) {
      throw problem(target, "folder " + folderName(target) + " does not exist", null);
    }
    Path temporary = createTemporary(target, directory, absolute.getFileName().toString());
    boolean moved = false;
    try {
      try (Writer writer = new BufferedWriter(
          new OutputStreamWriter(Files.newOutputStream(temporary), StandardCharsets.UTF_8), BUFFER_CHARS)) {
        content.writeTo(writer);
      }
      keepPermissions(absolute, temporary);
      try {
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
      moved = true;
    } catch (IOException e) {
      throw problem(target, reason(e), e);
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

  /**
   * A new, empty, hidden file beside the target. Created with the default permissions (0666 less
   * the umask), unlike {@link Files#createTempFile}, which makes it readable by the owner only.
   */
  private static Path createTemporary(Path target, Path directory, String name) {
    for (int attempt = 0; ; attempt++) {
      Path temporary = directory.resolve("." + name + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
      try {
        Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
        return temporary;
      } catch (FileAlreadyExistsException e) {
        if (attempt >= 10) {
          throw problem(target, "no free temporary name in folder " + folderName(target), e);
        }
      } catch (IOException e) {
        throw problem(target, e instanceof AccessDeniedException
            ? "permission denied in folder " + folderName(target) : reason(e), e);
      }
    }
  }

  /** A file being replaced keeps its permissions, as it would when a program rewrites it in place. */
  private static void keepPermissions(Path target, Path temporary) throws IOException {
    PosixFileAttributeView old = Files.getFileAttributeView(target, PosixFileAttributeView.class);
    if (old == null || !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    Files.setPosixFilePermissions(temporary, old.readAttributes().permissions());
  }

  private static String folderName(Path target) {
    Path parent = target.getParent();
    return parent == null ? target.toAbsolutePath().getParent().toString() : parent.toString();
  }

  /** The reason without the temporary file's name, which means nothing to the user. */
  private static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    String reason = e instanceof FileSystemException && ((FileSystemException) e).getReason() != null
        ? ((FileSystemException) e).getReason() : e.getMessage();
    return reason == null || reason.contains(".tmp") ? e.getClass().getSimpleName() : reason;
  }

  private static UncheckedIOException problem(Path target, String reason, IOException cause) {
    String message = "cannot write " + target + ": " + reason;
    return new UncheckedIOException(message, cause == null ? new IOException(message) : cause);
  }
}
