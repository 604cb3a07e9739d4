package dev.o2c.matching.statement.camt;

import dev.o2c.matching.statement.Statement;
import dev.o2c.matching.statement.StatementFile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Loads the hand-written camt samples of this package and reads text with the camt reader. */
final class CamtSamples {

  private CamtSamples() {}

  static String text(String name) {
    try (InputStream in = CamtSamples.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static StatementFile readFile(String xml) {
    return new CamtReader()
        .readFile(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "sample.xml");
  }

  static List<Statement> read(String xml) {
    return readFile(xml).statements();
  }
}
