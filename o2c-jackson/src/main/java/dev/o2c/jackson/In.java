package dev.o2c.jackson;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * A JSON value being read, with its path from the value Jackson was asked for, so that every
 * problem names the field it is in ({@code payment.remittance.references[1].amount.amount}).
 */
final class In {

  private final JsonParser parser;
  private final Class<?> target;
  private final JsonNode node;
  private final String path;

  private In(JsonParser parser, Class<?> target, JsonNode node, String path) {
    this.parser = parser;
    this.target = target;
    this.node = node;
    this.path = path;
  }

  static In root(JsonParser parser, Class<?> target, JsonNode node) {
    return new In(parser, target, node, "");
  }

  String path() {
    return path.isEmpty() ? "$" : path;
  }

  /** A failure naming this value's path; thrown by the caller. */
  MismatchedInputException fail(String message) {
    return MismatchedInputException.from(parser, target, "o2c JSON at '" + path() + "': " + message);
  }

  /** Runs a constructor of domain values, turning its validation failures into a failure at this path. */
  <T> T build(Supplier<T> constructor) {
    try {
      return constructor.get();
    } catch (IllegalArgumentException | ArithmeticException | IllegalStateException e) {
      throw fail(e.getMessage());
    }
  }

  boolean isString() {
    return node.isString();
  }

  String describe() {
    return describe(node);
  }

  String string() {
    if (!node.isString()) {
      throw fail("expected a JSON string, got " + describe(node));
    }
    return node.stringValue();
  }

  long integer() {
    if (!node.isIntegralNumber() || !node.canConvertToLong()) {
      throw fail("expected a JSON integer, got " + describe(node));
    }
    return node.longValue();
  }

  /** A JSON number, integer or not, as a double: for scores such as a confidence, never for money. */
  double number() {
    if (!node.isNumber()) {
      throw fail("expected a JSON number, got " + describe(node));
    }
    return node.doubleValue();
  }

  boolean bool() {
    if (!node.isBoolean()) {
      throw fail("expected true or false, got " + describe(node));
    }
    return node.booleanValue();
  }

  /** The fields of a JSON object used as a map, in their order, each with its path. */
  List<java.util.Map.Entry<String, In>> entries() {
    if (!node.isObject()) {
      throw fail("expected a JSON object, got " + describe(node));
    }
    List<java.util.Map.Entry<String, In>> result = new ArrayList<>(node.size());
    for (String name : node.propertyNames()) {
      result.add(java.util.Map.entry(name, new In(parser, target, node.get(name),
          path.isEmpty() ? name : path + "." + name)));
    }
    return result;
  }

  List<In> elements() {
    if (!node.isArray()) {
      throw fail("expected a JSON array, got " + describe(node));
    }
    List<In> result = new ArrayList<>(node.size());
    for (int i = 0; i < node.size(); i++) {
      result.add(new In(parser, target, node.get(i), path() + "[" + i + "]"));
    }
    return result;
  }

  Obj object() {
    if (!node.isObject()) {
      throw fail("expected a JSON object, got " + describe(node));
    }
    return new Obj();
  }

  private static String describe(JsonNode node) {
    switch (node.getNodeType()) {
      case NUMBER:
        return "the number " + node;
      case STRING:
        return "the string " + node;
      case BOOLEAN:
        return node.toString();
      case NULL:
        return "null";
      case ARRAY:
        return "an array";
      case OBJECT:
        return "an object";
      default:
        return node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * The fields of a JSON object. Every field must be read: {@link #end()} refuses fields the
   * format does not have, so a misspelt optional field is an error rather than silently absent.
   */
  final class Obj {
    // The names asked for, and how many of them were present: end() compares that count with the
    // object's size, so the common case needs no set.
    private String[] asked = new String[12];
    private int askedCount;
    private int present;

    private JsonNode get(String name) {
      if (askedCount == asked.length) {
        asked = java.util.Arrays.copyOf(asked, askedCount * 2);
      }
      asked[askedCount++] = name;
      return node.get(name);
    }

    In path() {
      return In.this;
    }

    In required(String name) {
      JsonNode value = get(name);
      if (value == null || value.isNull()) {
        throw child(name, value).fail("missing");
      }
      present++;
      return child(name, value);
    }

    /** An optional field: absent and JSON null both mean empty. */
    Optional<In> optional(String name) {
      JsonNode value = get(name);
      if (value != null) {
        present++;
      }
      return value == null || value.isNull() ? Optional.empty() : Optional.of(child(name, value));
    }

    /** A list field: absent means empty. */
    List<In> list(String name) {
      return optional(name).map(In::elements).orElse(List.of());
    }

    /** Refuses fields that were not read. */
    void end() {
      if (present == node.size()) {
        return;
      }
      Set<String> names = new HashSet<>(java.util.Arrays.asList(asked).subList(0, askedCount));
      for (String name : node.propertyNames()) {
        if (!names.contains(name)) {
          throw child(name, node.get(name)).fail("unknown field");
        }
      }
    }

    private In child(String name, JsonNode value) {
      return new In(parser, target, value, path.isEmpty() ? name : path + "." + name);
    }
  }
}
