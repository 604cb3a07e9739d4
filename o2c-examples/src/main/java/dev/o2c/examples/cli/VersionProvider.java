package dev.o2c.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** Supplies {@code o2c --version} from the version Maven wrote into the jar at build time. */
public final class VersionProvider implements IVersionProvider {

  /** A provider; picocli creates it. */
  public VersionProvider() {}

  /**
   * The version lines.
   *
   * @return one line, e.g. {@code o2c 0.1.0}; {@code o2c (unknown version)} if the build did not record one
   */
  @Override
  public String[] getVersion() {
    Properties properties = new Properties();
    try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new String[] {"o2c " + properties.getProperty("version", "(unknown version)")};
  }
}
