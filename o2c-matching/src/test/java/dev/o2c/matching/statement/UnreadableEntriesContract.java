package dev.o2c.matching.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;

/**
 * What reading with {@link UnreadableEntries#SKIP} must agree on with reading the same input with
 * {@link UnreadableEntries#FAIL}, for every reader's tests: if FAIL reads the input, SKIP reads the
 * same and skips nothing; if FAIL throws and SKIP reads, the first entry SKIP left out is the one
 * FAIL stopped at, with the same problem; if SKIP throws, so does FAIL (structural damage).
 */
public final class UnreadableEntriesContract {

  private UnreadableEntriesContract() {}

  /**
   * Checks the contract on one input.
   *
   * @param read reads the input with the given policy
   */
  public static void assertSkipAgreesWithFail(Function<UnreadableEntries, StatementFile> read) {
    StatementFile failing;
    StatementParseException failure = null;
    try {
      failing = read.apply(UnreadableEntries.FAIL);
    } catch (StatementParseException e) {
      failing = null;
      failure = e;
    }
    StatementFile skipping;
    try {
      skipping = read.apply(UnreadableEntries.SKIP);
    } catch (StatementParseException e) {
      // Structural damage fails both ways, and it is found first when the entry failure is later.
      assertThat(failure).as("SKIP failed where FAIL read: %s", e).isNotNull();
      return;
    }
    List<Finding> skipped = skipping.allFindings().stream()
        .filter(f -> f.code().equals(Finding.ENTRY_SKIPPED)).toList();
    if (failing != null) {
      assertThat(skipping.statements()).isEqualTo(failing.statements());
      assertThat(skipping.findings()).isEqualTo(failing.findings());
      assertThat(skipped).isEmpty();
    } else {
      // The reading got through with SKIP, so what stopped FAIL was the file's first unreadable entry.
      assertThat(skipped).isNotEmpty();
      assertThat(skipped.get(0).location()).isEqualTo(failure.location());
      assertThat(skipped.get(0).message()).isEqualTo("entry left out: " + failure.problem());
    }
  }
}
