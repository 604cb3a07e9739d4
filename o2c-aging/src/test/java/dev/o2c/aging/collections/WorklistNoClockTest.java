package dev.o2c.aging.collections;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The worklist, its tasks, the activity log and the service levels are pure functions of their
 * inputs and an explicit as-of day (ARCHITECTURE.md): none of their sources reads the clock.
 */
class WorklistNoClockTest {

  private static final Pattern OWN_FILES = Pattern.compile("(Worklist|Priorit|Collector|Activity|Task|ServiceLevel|Contact).*\\.java");
  private static final Pattern CLOCK = Pattern.compile(
      "\\b(LocalDate|LocalDateTime|LocalTime|Instant|ZonedDateTime|OffsetDateTime|YearMonth)\\.now\\(|\\bClock\\b"
          + "|System\\.currentTimeMillis|System\\.nanoTime");

  @Test
  void test_noSourceOfTheWorklistReadsTheClock() throws IOException {
    Path sources = Path.of("src/main/java/dev/o2c/aging/collections");
    assertThat(sources).isDirectory();
    try (Stream<Path> files = Files.list(sources)) {
      List<Path> own = files.filter(p -> OWN_FILES.matcher(p.getFileName().toString()).matches())
          .collect(Collectors.toList());
      assertThat(own).hasSizeGreaterThan(10);
      List<String> violations = own.stream().flatMap(WorklistNoClockTest::lines)
          .filter(line -> CLOCK.matcher(line).find()).collect(Collectors.toList());
      assertThat(violations).isEmpty();
    }
  }

  private static Stream<String> lines(Path file) {
    try {
      return Files.readAllLines(file).stream().map(line -> file.getFileName() + ": " + line.trim());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
