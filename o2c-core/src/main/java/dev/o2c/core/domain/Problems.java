package dev.o2c.core.domain;

import java.util.ArrayList;
import java.util.List;

/** Collects validation problems so that a value reports all of them at once. */
final class Problems {
  private final String type;
  private final List<String> messages = new ArrayList<>();

  Problems(String type) {
    this.type = type;
  }

  Problems check(boolean ok, String message) {
    if (!ok) {
      messages.add(message);
    }
    return this;
  }

  void throwIfAny() {
    if (!messages.isEmpty()) {
      throw new IllegalArgumentException("Invalid " + type + ": " + String.join("; ", messages));
    }
  }
}
