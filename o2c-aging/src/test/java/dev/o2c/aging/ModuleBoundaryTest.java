package dev.o2c.aging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Aging may use core only: it must never reach into matching or the examples (ARCHITECTURE.md). */
class ModuleBoundaryTest {

  @Test
  void test_agingImportsNothingButCoreOfOurs() throws IOException {
    Path sources = Path.of("src/main/java");
    assertThat(sources).isDirectory();
    try (Stream<Path> files = Files.walk(sources)) {
      List<String> violations = files.filter(p -> p.toString().endsWith(".java"))
          .flatMap(ModuleBoundaryTest::imports)
          .filter(line -> line.matches("import (static )?dev\\.o2c\\.(matching|examples|testkit)\\..*"))
          .collect(Collectors.toList());
      assertThat(violations).isEmpty();
    }
  }

  private static Stream<String> imports(Path file) {
    try {
      return Files.readAllLines(file).stream().map(String::trim).filter(l -> l.startsWith("import "));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
