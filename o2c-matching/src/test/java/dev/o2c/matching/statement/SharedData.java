package dev.o2c.matching.statement;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Access to the shared sample bank files under {@code ${o2c.shared.dir}/data} for tests, which skip
 * with a visible reason when the folder is absent, and a minimal JSON reader for the expected values.
 */
public final class SharedData {

  /**
   * Why a test is skipped without the shared data: the one wording of every such skip in this module.
   * The folder sits beside the project in the team's workspace and is not part of a user's clone.
   */
  public static final String ABSENT = "needs ../shared/data (not in a user's clone)";

  private SharedData() {}

  /**
   * {@return the shared data folder ({@code ${o2c.shared.dir}/data}, by default {@code ../shared/data}
   * beside the project root), or empty when it is not there}
   */
  public static Optional<Path> root() {
    String shared = System.getProperty("o2c.shared.dir");
    Path data = shared == null ? null : Path.of(shared, "data");
    return data != null && Files.isDirectory(data) ? Optional.of(data) : Optional.empty();
  }

  /** The data folder {@code sub} (e.g. {@code "mt940"}), or the test is skipped ({@link #ABSENT}) when it is absent. */
  public static Path folder(String sub) {
    Optional<Path> root = root();
    assumeTrue(root.isPresent() && Files.isDirectory(root.get().resolve(sub)), ABSENT);
    return root.get().resolve(sub);
  }

  /** The files of a data folder, sorted by name; skips when the folder is absent. */
  public static List<Path> files(String sub) throws IOException {
    try (var s = Files.list(folder(sub))) {
      return s.filter(Files::isRegularFile).sorted().toList();
    }
  }

  /** Parses a JSON file into maps, lists, strings, BigDecimals, booleans and nulls. */
  public static Object json(Path file) throws IOException {
    return new JsonParser(Files.readString(file, StandardCharsets.UTF_8)).document();
  }

  /** A deliberately small JSON parser; the expected-value files are plain and trusted. */
  private static final class JsonParser {
    private final String s;
    private int i;

    JsonParser(String s) {
      this.s = s;
    }

    Object document() {
      Object v = value();
      ws();
      if (i != s.length()) {
        throw new IllegalArgumentException("trailing JSON at " + i);
      }
      return v;
    }

    private Object value() {
      ws();
      char c = s.charAt(i);
      switch (c) {
        case '{': {
          i++;
          Map<String, Object> m = new LinkedHashMap<>();
          ws();
          if (s.charAt(i) == '}') {
            i++;
            return m;
          }
          while (true) {
            ws();
            String k = string();
            ws();
            expect(':');
            m.put(k, value());
            ws();
            if (s.charAt(i) == ',') {
              i++;
            } else {
              expect('}');
              return m;
            }
          }
        }
        case '[': {
          i++;
          List<Object> l = new ArrayList<>();
          ws();
          if (s.charAt(i) == ']') {
            i++;
            return l;
          }
          while (true) {
            l.add(value());
            ws();
            if (s.charAt(i) == ',') {
              i++;
            } else {
              expect(']');
              return l;
            }
          }
        }
        case '"':
          return string();
        default:
          if (s.startsWith("true", i)) {
            i += 4;
            return Boolean.TRUE;
          }
          if (s.startsWith("false", i)) {
            i += 5;
            return Boolean.FALSE;
          }
          if (s.startsWith("null", i)) {
            i += 4;
            return null;
          }
          int start = i;
          while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
            i++;
          }
          return new BigDecimal(s.substring(start, i));
      }
    }

    private String string() {
      expect('"');
      StringBuilder sb = new StringBuilder();
      while (s.charAt(i) != '"') {
        char c = s.charAt(i++);
        if (c == '\\') {
          char e = s.charAt(i++);
          switch (e) {
            case 'n' -> sb.append('\n');
            case 't' -> sb.append('\t');
            case 'r' -> sb.append('\r');
            case 'b' -> sb.append('\b');
            case 'f' -> sb.append('\f');
            case 'u' -> {
              sb.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
              i += 4;
            }
            default -> sb.append(e);
          }
        } else {
          sb.append(c);
        }
      }
      i++;
      return sb.toString();
    }

    private void expect(char c) {
      if (s.charAt(i) != c) {
        throw new IllegalArgumentException("expected '" + c + "' at " + i);
      }
      i++;
    }

    private void ws() {
      while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
        i++;
      }
    }
  }
}
