package dev.o2c.examples.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** The usage checks on an {@code --out} file of a command that reads one input file and writes one CSV. */
final class OutputPaths {

  private OutputPaths() {}

  /**
   * Refuses an output that is a folder or the input itself (which writing would overwrite).
   *
   * @throws ParameterException if {@code out} is a directory or names the input file
   */
  static void check(CommandSpec spec, Path out, Path input) {
    if (Files.isDirectory(out)) {
      throw new ParameterException(spec.commandLine(), "--out " + out + " is a directory; give the CSV file to write");
    }
    if (out.toAbsolutePath().normalize().equals(input.toAbsolutePath().normalize())) {
      throw new ParameterException(spec.commandLine(), "--out " + out + " is the input file " + input
          + "; give another file for the CSV");
    }
  }
}
