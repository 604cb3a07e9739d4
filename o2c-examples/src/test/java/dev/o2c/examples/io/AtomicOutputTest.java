package dev.o2c.examples.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicOutputTest {

  @TempDir
  Path dir;

  private long filesIn(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.count();
    }
  }

  @Test
  void test_write_createsFileInUtf8() throws IOException {
    Path target = dir.resolve("out.csv");

    AtomicOutput.write(target, w -> w.write("kunde,Zürich\n"));

    assertThat(Files.readString(target, StandardCharsets.UTF_8)).isEqualTo("kunde,Zürich\n");
    assertThat(filesIn(dir)).isEqualTo(1);
  }

  @Test
  void test_write_replacesExistingFile() throws IOException {
    Path target = dir.resolve("out.csv");
    Files.writeString(target, "old");

    AtomicOutput.write(target, w -> w.write("new"));

    assertThat(Files.readString(target)).isEqualTo("new");
  }

  @Test
  void test_write_failureLeavesTargetUnchangedAndNoTemporaryFile() throws IOException {
    Path target = dir.resolve("out.csv");
    Files.writeString(target, "old");

    assertThatThrownBy(() -> AtomicOutput.write(target, w -> {
      w.write("half of it");
      throw new IllegalStateException("bad line 7");
    })).isInstanceOf(IllegalStateException.class).hasMessage("bad line 7");

    assertThat(Files.readString(target)).isEqualTo("old");
    assertThat(filesIn(dir)).isEqualTo(1);
  }

  @Test
  void test_write_failureWithoutTargetCreatesNothing() throws IOException {
    Path target = dir.resolve("never.csv");

    assertThatThrownBy(() -> AtomicOutput.write(target, w -> {
      throw new IOException("disk full");
    })).hasMessageContaining("disk full");

    assertThat(filesIn(dir)).isZero();
  }
}
