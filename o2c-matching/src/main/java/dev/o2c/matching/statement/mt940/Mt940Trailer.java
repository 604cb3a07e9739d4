package dev.o2c.matching.statement.mt940;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * What an MT940/MT942 message says after its statement lines, plus what the parser counted.
 *
 * @param closing {@code :62F:} or {@code :62M:}
 * @param closingIntermediate true for {@code :62M:}
 * @param closingAvailable {@code :64:}
 * @param forwardAvailable {@code :65:} in order
 * @param debitSum MT942 {@code :90D:}
 * @param creditSum MT942 {@code :90C:}
 * @param info statement-level {@code :86:} lines after the entries
 * @param entries number of {@code :61:} lines read (an entry left out counts nowhere)
 * @param debitCount number of debit entries read (D and RC)
 * @param debitTotal sum of debit entries read, unsigned
 * @param creditCount number of credit entries read (C and RD)
 * @param creditTotal sum of credit entries read
 * @param line 1-based line where the message ended
 */
record Mt940Trailer(Optional<SwiftBalance> closing, boolean closingIntermediate, Optional<SwiftBalance> closingAvailable,
    List<SwiftBalance> forwardAvailable, Optional<EntrySum> debitSum, Optional<EntrySum> creditSum, List<String> info,
    int entries, int debitCount, BigDecimal debitTotal, int creditCount, BigDecimal creditTotal, int line) {

  Mt940Trailer {
    forwardAvailable = List.copyOf(forwardAvailable);
    info = List.copyOf(info);
  }
}
