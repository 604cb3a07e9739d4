package dev.o2c.matching.statement.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shared line reader against a slow, obviously correct oracle, and the handler wrapper. */
class TextLineReaderTest {

  /** Letters, blanks, tab, line ends, C0/C1 controls, DEL, a byte-order mark and a non-Latin letter. */
  private static final String ALPHABET = "ab Z9/,:\t\r\n\r\n\u0000\u0001\u001a\u007f\u0085\u00a0\u00e9\ufeff\u20ac";

  /** Splits at LF, CRLF and lone CR, dropping what {@link TextLineReader#isText} refuses. */
  static List<String> oracle(String text) {
    List<String> out = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    boolean open = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      open = true;
      if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        out.add(line.toString());
        line.setLength(0);
        open = false;
      } else if (c == '\t' || (c >= 0x20 && c != 0x7F && !(c >= 0x80 && c < 0xA0) && c != 0xFEFF)) {
        line.append(c);
      }
    }
    if (open) {
      out.add(line.toString());
    }
    return out;
  }

  static List<String> readAll(Reader in, int max) {
    TextLineReader r = new TextLineReader(in, max, line -> new IllegalStateException("too long at " + line));
    List<String> out = new ArrayList<>();
    try {
      for (String l = r.readLine(); l != null; l = r.readLine()) {
        out.add(l);
        assertThat(r.lineNumber()).isEqualTo(out.size());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** Hands out at most {@code chunk} characters per read, so line ends fall on buffer boundaries. */
  static Reader chunked(String text, int chunk) {
    return new Reader() {
      private int pos;

      @Override
      public int read(char[] cbuf, int off, int len) {
        if (pos >= text.length()) {
          return -1;
        }
        int n = Math.min(Math.min(len, chunk), text.length() - pos);
        text.getChars(pos, pos + n, cbuf, off);
        pos += n;
        return n;
      }

      @Override
      public void close() {}
    };
  }

  @Test
  void test_generatedText_readsLikeTheOracle_whateverTheChunking() {
    qt().withExamples(Integer.getInteger("o2c.qt.examples", 2000))
        .forAll(lists().of(integers().between(0, ALPHABET.length() - 1)).ofSizeBetween(0, 300),
            integers().between(1, 20))
        .checkAssert((picks, chunk) -> {
          StringBuilder sb = new StringBuilder();
          picks.forEach(p -> sb.append(ALPHABET.charAt(p)));
          String text = sb.toString();
          assertThat(readAll(chunked(text, chunk), 1000)).isEqualTo(oracle(text));
          assertThat(readAll(new StringReader(text), 1000)).isEqualTo(oracle(text));
        });
  }

  @Test
  void test_lineEndsAndControlCharacters() {
    assertThat(readAll(new StringReader("a\nb\r\nc\rd\r\r\n\u0001e\u007f\tf"), 100))
        .containsExactly("a", "b", "c", "d", "", "e\tf");
    assertThat(readAll(new StringReader(""), 100)).isEmpty();
    assertThat(readAll(new StringReader("\n"), 100)).containsExactly("");
  }

  @Test
  void test_longerLine_throwsTheCallersExceptionWithItsLineNumber() {
    assertThat(readAll(new StringReader("12345\n"), 5)).containsExactly("12345");
    assertThatThrownBy(() -> readAll(new StringReader("ok\n123456\n"), 5))
        .isInstanceOf(IllegalStateException.class).hasMessage("too long at 2");
    // Control characters do not count towards the bound.
    assertThat(readAll(new StringReader("12\u0000\u0000345"), 5)).containsExactly("12345");
  }

  @Test
  void test_handlerFailure_carriesTheOriginalUnchanged() {
    IllegalStateException boom = new IllegalStateException("host");
    assertThatThrownBy(() -> HandlerFailure.call(() -> {
      throw boom;
    })).isInstanceOfSatisfying(HandlerFailure.class, f -> assertThat(f.original()).isSameAs(boom));
    List<String> calls = new ArrayList<>();
    HandlerFailure.call(() -> calls.add("ran"));
    assertThat(calls).containsExactly("ran");
  }
}
