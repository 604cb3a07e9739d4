package dev.o2c.jackson;

import java.util.Collection;
import java.util.Optional;
import java.util.function.BiConsumer;
import tools.jackson.core.JsonGenerator;

/** Writes o2c JSON: the few shapes every value is made of, with absent optionals and empty lists left out. */
final class Out {

  final JsonGenerator gen;

  Out(JsonGenerator gen) {
    this.gen = gen;
  }

  void string(String name, Object value) {
    gen.writeStringProperty(name, value instanceof Enum<?> e ? e.name() : value.toString());
  }

  void number(String name, long value) {
    gen.writeNumberProperty(name, value);
  }

  void number(String name, double value) {
    gen.writeNumberProperty(name, value);
  }

  void bool(String name, boolean value) {
    gen.writeBooleanProperty(name, value);
  }

  void optionalString(String name, Optional<?> value) {
    if (value.isPresent()) {
      string(name, value.get());
    }
  }

  <T> void value(String name, T value, BiConsumer<Out, T> writer) {
    gen.writeName(name);
    writer.accept(this, value);
  }

  <T> void optional(String name, Optional<T> value, BiConsumer<Out, T> writer) {
    if (value.isPresent()) {
      value(name, value.get(), writer);
    }
  }

  <T> void list(String name, Collection<T> values, BiConsumer<Out, T> writer) {
    if (values.isEmpty()) {
      return;
    }
    gen.writeName(name);
    gen.writeStartArray();
    for (T value : values) {
      writer.accept(this, value);
    }
    gen.writeEndArray();
  }
}
