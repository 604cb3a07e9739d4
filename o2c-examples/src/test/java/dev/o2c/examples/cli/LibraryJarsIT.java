package dev.o2c.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every library jar, as the reactor builds it before this module: its {@code -sources} and {@code -javadoc}
 * jars beside it (Javadoc once the module has a type to document), and the licence inside it. Runs after {@code package} of this module, when the library
 * modules have been through {@code verify}; skipped when they were not built in the same run.
 */
class LibraryJarsIT {

  private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

  private static Path jar(String module, String classifier) throws IOException {
    Path target = ROOT.resolve(module).resolve("target");
    assumeTrue(Files.isDirectory(target), "needs " + module + " built in the same run (mvn verify from the root)");
    try (Stream<Path> files = Files.list(target)) {
      List<Path> jars = files.filter(f -> {
        String name = f.getFileName().toString();
        return name.startsWith(module + "-") && name.endsWith(classifier + ".jar")
            && (!classifier.isEmpty() || !name.endsWith("-sources.jar") && !name.endsWith("-javadoc.jar"));
      }).toList();
      assertThat(jars).as(module + " " + classifier + " jar").hasSize(1);
      return jars.get(0);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"o2c-core", "o2c-matching", "o2c-aging", "o2c-testkit", "o2c-jackson", "o2c-jdbc"})
  void test_libraryJar_holdsTheLicence_andHasSourcesAndJavadocJars(String module) throws IOException {
    try (JarFile jar = new JarFile(jar(module, "").toFile())) {
      assertThat(jar.getEntry("META-INF/LICENSE")).as(module + " META-INF/LICENSE").isNotNull();
      assertThat(new String(jar.getInputStream(jar.getEntry("META-INF/LICENSE")).readAllBytes()))
          .contains("Apache License");
    }
    try (JarFile sources = new JarFile(jar(module, "-sources").toFile())) {
      assertThat(sources.stream().anyMatch(e -> e.getName().endsWith(".java"))).isTrue();
    }
    if (hasTypes(module)) {
      try (JarFile javadoc = new JarFile(jar(module, "-javadoc").toFile())) {
        assertThat(javadoc.getEntry("index.html")).isNotNull();
      }
    }
  }

  /** A module with nothing but {@code package-info.java} (o2c-aging today) has no Javadoc for the plugin to build. */
  private static boolean hasTypes(String module) throws IOException {
    try (Stream<Path> files = Files.walk(ROOT.resolve(module).resolve("src/main/java"))) {
      return files.anyMatch(f -> f.toString().endsWith(".java") && !f.endsWith("package-info.java"));
    }
  }
}
