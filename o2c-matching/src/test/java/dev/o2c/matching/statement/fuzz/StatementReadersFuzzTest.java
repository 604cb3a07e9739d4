package dev.o2c.matching.statement.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.o2c.matching.statement.StatementFile;
import dev.o2c.matching.statement.StatementFormat;
import dev.o2c.matching.statement.StatementReaders;
import java.io.ByteArrayInputStream;
import java.util.Optional;

/**
 * Fuzz target for the format detection entry point {@link StatementReaders}: detection never
 * throws, and reading any bytes gives statements or a {@code StatementParseException}. Without
 * {@code JAZZER_FUZZ} only the inputs under {@code StatementReadersFuzzTestInputs/} run; see
 * FUZZING.md.
 */
class StatementReadersFuzzTest {

  @DictionaryEntries({
    "<?xml version=\"1.0\"?>", "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.08\">",
    "urn:iso:std:iso:20022:tech:xsd:camt.054.001.02", "<Stmt>", "<Ntry>",
    "01,", "02,", "03,", "16,", "49,", "98,", "99,", "{1:F01", "{2:O942", "{4:", ":20:", ":25:",
    ":28C:", ":34F:", ":13D:", ":60F:", ":61:", ":86:", ":62F:", "-}"
  })
  @FuzzTest(maxDuration = "5m")
  void fuzz_detectAndRead_statementsOrParseException(byte[] data) {
    Optional<StatementFormat> detected = StatementReaders.detect(data);
    FuzzContract.check(
        () -> {
          StatementFile file =
              StatementReaders.readFile(new ByteArrayInputStream(data), FuzzContract.SOURCE);
          if (detected.isEmpty()) {
            throw new AssertionError("unrecognised input was read as " + file);
          }
          return file;
        });
  }
}
