package dev.o2c.matching.statement.bai2;

import java.util.List;

/**
 * Walks the comma-separated fields of a BAI2 record and its 88 continuations. A continuation
 * continues the field list (the record boundary separates fields like a comma); the free-text field
 * of a 16 record runs to the end of the part it starts in and may itself contain commas.
 */
final class FieldCursor {
  private final List<String> parts;
  private int part;
  private String text;
  private int pos;
  private boolean done;

  FieldCursor(String text) {
    this(List.of(text));
  }

  FieldCursor(List<String> parts) {
    this.parts = parts;
    this.text = parts.isEmpty() ? "" : parts.get(0);
    this.done = parts.isEmpty();
  }

  /** True while at least one more field (possibly empty) is left. */
  boolean hasNext() {
    return !done || part + 1 < parts.size();
  }

  /** The next field, or the empty string when all fields are used up (BAI2 lets trailing fields default). */
  String next() {
    advanceIfDone();
    if (done) {
      return "";
    }
    int comma = text.indexOf(',', pos);
    String field;
    if (comma < 0) {
      field = text.substring(pos);
      done = true;
    } else {
      field = text.substring(pos, comma);
      pos = comma + 1;
    }
    return field.strip();
  }

  /** Everything not yet read in the current part, commas included (the free-text field of a 16 record). */
  String rest() {
    advanceIfDone();
    if (done) {
      return "";
    }
    done = true;
    return text.substring(pos);
  }

  /** Index of the part the cursor is in; the parts after it have not been touched. */
  int part() {
    return part;
  }

  private void advanceIfDone() {
    if (done && part + 1 < parts.size()) {
      part++;
      text = parts.get(part);
      pos = 0;
      done = false;
    }
  }
}
