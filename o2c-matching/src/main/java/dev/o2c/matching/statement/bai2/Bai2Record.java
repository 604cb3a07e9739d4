package dev.o2c.matching.statement.bai2;

import java.util.List;

/**
 * One logical BAI2 record: its record code and its parts, the first being the text after
 * {@code "NN,"}, then one part per {@code 88} continuation record. Trailing {@code /} terminators are
 * removed; commas inside each part are kept.
 *
 * @param code the two-digit record code, e.g. {@code "16"}
 * @param parts the record content and its continuations
 * @param line 1-based physical line where the record starts
 * @param records the number of BAI2 records it counts for in trailer record counts (1 + number of 88s)
 */
record Bai2Record(String code, List<String> parts, int line, int records) {
  Bai2Record {
    parts = List.copyOf(parts);
  }
}
