package dev.o2c.matching.statement.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.o2c.matching.statement.mt940.Mt940Reader;

/**
 * Fuzz target for {@link Mt940Reader} (MT940 and MT942): any bytes give statements or a {@code
 * StatementParseException}. Without {@code JAZZER_FUZZ} only the inputs under {@code
 * Mt940ReaderFuzzTestInputs/} run; see FUZZING.md.
 */
class Mt940ReaderFuzzTest {

  private static final Mt940Reader READER = new Mt940Reader();

  // No line breaks here: Jazzer writes the entries into a libFuzzer dictionary without escaping them.
  @DictionaryEntries({
    "{1:F01", "{2:O940", "{2:I942", "{3:{108:", "{4:", "-}", "{5:{CHK:", ":20:", ":21:",
    ":25:", ":28C:", ":34F:", ":13D:", ":60F:", ":60M:", ":61:", ":86:", ":62F:", ":62M:",
    ":64:", ":65:", ":90D:", ":90C:", "C200102EUR", "D191230EUR", "RC", "RD", "NTRF", "NMSC",
    "NONREF", "//", "?00", "?10", "?20", "?21", "?29", "?30", "?31", "?32", "?33", "?34", "?60",
    "EREF+", "SVWZ+", "MREF+", "CRED+", "ABWA+", "KREF+", "/EREF/", "/REMI/", "/CNTP/", "/RTRN/",
    "/BENM/", "/ORDP/", "/STRD/CUR/", "RF18539007547034", ",00"
  })
  @FuzzTest(maxDuration = "5m")
  void fuzz_readFile_statementsOrParseException(byte[] data) {
    FuzzContract.readWith(READER, data);
  }
}
