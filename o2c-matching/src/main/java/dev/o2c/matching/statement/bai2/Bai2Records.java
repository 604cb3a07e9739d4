package dev.o2c.matching.statement.bai2;

import dev.o2c.matching.statement.FindingCode;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The parsed BAI2 records handed to a {@link Bai2Handler}. */
final class Bai2Records {
  private Bai2Records() {}

  /**
   * Record 01, file header.
   *
   * @param sender sender identification
   * @param receiver receiver identification
   * @param creationDate file creation date
   * @param creationTime {@code HHMM} when given
   * @param fileId file identification number
   * @param version version number ({@code 2} for BAI2) when given
   * @param line 1-based line
   */
  record FileHeader(String sender, String receiver, LocalDate creationDate, Optional<String> creationTime,
      String fileId, Optional<String> version, int line) {}

  /**
   * Record 02, group header.
   *
   * @param ultimateReceiver ultimate receiver identification
   * @param originator originator (usually the bank) identification
   * @param status group status (1 update, 2 deletion, 3 correction, 4 test only)
   * @param asOfDate as-of date of the balances and transactions
   * @param asOfTime {@code HHMM} when given
   * @param currency group currency when given
   * @param asOfDateModifier 1-4 when given (interim/final, previous day/same day)
   * @param line 1-based line
   */
  record GroupHeader(String ultimateReceiver, String originator, String status, LocalDate asOfDate,
      Optional<String> asOfTime, Optional<String> currency, Optional<String> asOfDateModifier, int line) {}

  /**
   * One summary or status of record 03: type code, amount, item count and funds type.
   *
   * @param typeCode three-digit BAI type code (010 opening ledger, 015 closing ledger, 100 total credits, ...)
   * @param amount signed amount in minor units when given
   * @param itemCount number of items when given
   * @param funds funds type
   */
  record Summary(String typeCode, Optional<Long> amount, Optional<Long> itemCount, FundsType funds) {}

  /**
   * Record 03 (with its 88 continuations), account identifier and summaries.
   *
   * @param accountNumber the customer account number
   * @param currency account currency when given (else the group's)
   * @param summaries status and summary amounts, in record order, empty ones skipped
   * @param line 1-based line
   */
  record Account(String accountNumber, Optional<String> currency, List<Summary> summaries, int line) {
    Account {
      summaries = List.copyOf(summaries);
    }

    /** The first summary with this type code. */
    Optional<Summary> summary(String typeCode) {
      return summaries.stream().filter(s -> s.typeCode().equals(typeCode)).findFirst();
    }
  }

  /**
   * Record 16 (with its 88 continuations), one transaction.
   *
   * @param typeCode three-digit BAI type code
   * @param amount unsigned amount in minor units
   * @param funds funds type and availability
   * @param bankReference bank reference, may be empty
   * @param customerReference customer reference, may be empty
   * @param text free text: the rest of the 16 record, then one line per 88 continuation, right-trimmed
   * @param line 1-based line
   */
  record Detail(String typeCode, long amount, FundsType funds, String bankReference, String customerReference,
      List<String> text, int line) {
    Detail {
      text = List.copyOf(text);
    }
  }

  /**
   * A control total or count that does not reconcile.
   *
   * @param code {@link FindingCode#CONTROL_TOTAL_MISMATCH} or {@link FindingCode#COUNT_MISMATCH}
   * @param message what differs, with both numbers
   * @param line 1-based line of the trailer record
   */
  record Problem(FindingCode code, String message, int line) {}
}
