package dev.o2c.matching.statement.bai2;

import java.util.Optional;

/** What the BAI2 type code ranges mean. */
final class Bai2TypeCodes {
  private Bai2TypeCodes() {}

  /**
   * The direction a detail type code implies per the BAI2 specification: 100-399 and customised
   * 920-959 are credits, 400-699 and customised 960-999 debits. Other ranges (001-099 and 900-919
   * account status, 700-899 loan/unused) have no direction.
   *
   * @return true for debit, false for credit, empty for no direction
   */
  static Optional<Boolean> debit(String typeCode) {
    int c = Integer.parseInt(typeCode);
    if ((c >= 100 && c <= 399) || (c >= 920 && c <= 959)) {
      return Optional.of(false);
    }
    if ((c >= 400 && c <= 699) || (c >= 960 && c <= 999)) {
      return Optional.of(true);
    }
    return Optional.empty();
  }
}
