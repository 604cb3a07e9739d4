package dev.o2c.matching.statement.mt940;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * What an MT940/MT942 message says before its first statement line.
 *
 * @param reference {@code :20:} transaction reference number
 * @param relatedReference {@code :21:}
 * @param account {@code :25:} account identification as written (may carry a currency suffix)
 * @param sequence {@code :28C:} (or {@code :28:}) statement number / sequence number
 * @param opening {@code :60F:} or {@code :60M:}
 * @param openingIntermediate true for {@code :60M:}
 * @param floorLimits MT942 {@code :34F:}
 * @param dateTime MT942 {@code :13D:}
 * @param info statement-level {@code :86:} lines before the first entry
 * @param declaredType the message type from a SWIFT {@code {2:}} block ({@code "940"}, {@code "942"}), or empty
 * @param line 1-based line of the {@code :20:} field
 */
record Mt940Header(String reference, Optional<String> relatedReference, Optional<String> account,
    Optional<String> sequence, Optional<SwiftBalance> opening, boolean openingIntermediate,
    List<FloorLimit> floorLimits, Optional<OffsetDateTime> dateTime, List<String> info, String declaredType,
    int line) {

  Mt940Header {
    floorLimits = List.copyOf(floorLimits);
    info = List.copyOf(info);
  }

  /** True for an MT942: declared so in block 2, or carrying MT942 fields (floor limit, date-time indication). */
  boolean interim() {
    return declaredType.equals("942") || !floorLimits.isEmpty() || dateTime.isPresent();
  }
}
