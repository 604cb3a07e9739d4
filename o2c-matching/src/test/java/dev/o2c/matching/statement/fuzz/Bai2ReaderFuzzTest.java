package dev.o2c.matching.statement.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.o2c.matching.statement.bai2.Bai2Reader;

/**
 * Fuzz target for {@link Bai2Reader}: any bytes give statements or a {@code
 * StatementParseException}. Without {@code JAZZER_FUZZ} only the inputs under {@code
 * Bai2ReaderFuzzTestInputs/} run; see FUZZING.md.
 */
class Bai2ReaderFuzzTest {

  private static final Bai2Reader READER = new Bai2Reader();

  // No line breaks here: Jazzer writes the entries into a libFuzzer dictionary without escaping them.
  @DictionaryEntries({
    "01,", "02,", "03,", "16,", "88,", "49,", "98,", "99,", ",/", ",,", ",USD,",
    ",EUR,", ",JPY,", ",010,", ",015,", ",040,", ",100,", ",400,", ",115,", ",175,", ",475,",
    ",495,", ",0,", ",1,", ",2,", ",S,", ",V,", ",D,", ",Z,", "-", "9999999999999999999"
  })
  @FuzzTest(maxDuration = "5m")
  void fuzz_readFile_statementsOrParseException(byte[] data) {
    FuzzContract.readWith(READER, data);
  }
}
