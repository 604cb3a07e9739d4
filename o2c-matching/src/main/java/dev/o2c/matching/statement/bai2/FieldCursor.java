package dev.o2c.matching.statement.bai2;

/** Walks the comma-separated fields of a BAI2 record; the last field (text) may itself contain commas. */
final class FieldCursor {
  private final String text;
  private int pos;
  private boolean done;

  FieldCursor(String text) {
    this.text = text;
  }

  /** True while at least one more field (possibly empty) is left. */
  boolean hasNext() {
    return !done;
  }

  /** The next field, or the empty string when all fields are used up (BAI2 lets trailing fields default). */
  String next() {
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

  /** Everything not yet read, commas included (the free-text field of a 16 record). */
  String rest() {
    if (done) {
      return "";
    }
    done = true;
    return text.substring(pos);
  }
}
