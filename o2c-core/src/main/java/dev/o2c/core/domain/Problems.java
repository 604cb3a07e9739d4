package dev.o2c.core.domain;

import java.util.ArrayList;
import java.util.List;

/** Collects validation problems so that a value reports all of them at once. */
final class Problems {
  private final String kind;
  /** Named in the message after the kind, if not null; turned into text only when there is a problem. */
  private final Object name;
  private List<String> messages;

  Problems(String type) {
    this(type, null);
  }

  /**
   * For values built in bulk (a payment per statement line): nothing is written or allocated
   * unless a check fails.
   *
   * @param kind what is checked, e.g. {@code payment}
   * @param name which one, e.g. its id; the message says {@code kind name}
   */
  Problems(String kind, Object name) {
    this.kind = kind;
    this.name = name;
  }

  Problems check(boolean ok, String message) {
    if (!ok) {
      add(message);
    }
    return this;
  }

  /** Adds a problem found by the caller: for messages that cost something to write. */
  Problems add(String message) {
    if (messages == null) {
      messages = new ArrayList<>();
    }
    messages.add(message);
    return this;
  }

  void throwIfAny() {
    if (messages != null) {
      String type = name == null ? kind : kind + " " + name;
      throw new IllegalArgumentException("Invalid " + type + ": " + String.join("; ", messages));
    }
  }
}
