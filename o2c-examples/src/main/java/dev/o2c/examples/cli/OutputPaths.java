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
    check(spec, "--out", out, input);
  }

  /**
   * As {@link #check(CommandSpec, Path, Path)}, for the output of the named option.
   *
   * @throws ParameterException if {@code out} is a directory or names the input file
   */
  static void check(CommandSpec spec, String option, Path out, Path input) {
    if (Files.isDirectory(out)) {
      throw new ParameterException(spec.commandLine(), option + " " + out + " is a directory; give the file to write");
    }
    if (same(out, input)) {
      throw new ParameterException(spec.commandLine(), option + " " + out + " is the input file " + input
          + "; give another file to write");
    }
  }

  /** {@return whether two paths name the same file, as far as their text tells} */
  static boolean same(Path a, Path b) {
    return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
  }
}
