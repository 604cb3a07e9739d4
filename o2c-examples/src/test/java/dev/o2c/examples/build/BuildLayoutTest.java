package dev.o2c.examples.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * What a host depending on o2c relies on in the build: the BOM manages every library module at the
 * reactor's version and nothing else, and no library module carries a logging API it does not use.
 * Reads the project's poms and sources (tests run in {@code o2c-examples}, the root is its parent).
 */
class BuildLayoutTest {

  static final List<String> LIBRARY_MODULES = List.of("o2c-core", "o2c-matching", "o2c-aging", "o2c-testkit",
      "o2c-jackson", "o2c-jdbc");

  private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

  private static Document pom(String module) throws Exception {
    Path pom = module.isEmpty() ? ROOT.resolve("pom.xml") : ROOT.resolve(module).resolve("pom.xml");
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(pom.toFile());
  }

  private static String child(Element element, String name) {
    for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element && n.getNodeName().equals(name)) {
        return n.getTextContent().strip();
      }
    }
    return null;
  }

  private static List<Element> all(Document document, String name) {
    NodeList nodes = document.getElementsByTagName(name);
    List<Element> elements = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      elements.add((Element) nodes.item(i));
    }
    return elements;
  }

  @Test
  void test_bom_isInTheReactor_hasNoParent_andManagesExactlyTheLibraryModulesAtTheReactorVersion() throws Exception {
    Document root = pom("");
    Document bom = pom("o2c-bom");

    assertThat(all(root, "module")).extracting(Node::getTextContent).contains("o2c-bom");
    assertThat(all(bom, "parent")).as("a BOM with o2c-parent would pin hosts' JUnit, AssertJ... versions").isEmpty();
    assertThat(child(bom.getDocumentElement(), "packaging")).isEqualTo("pom");
    assertThat(child(bom.getDocumentElement(), "groupId")).isEqualTo("dev.o2c");
    assertThat(child(bom.getDocumentElement(), "version")).isEqualTo(child(root.getDocumentElement(), "version"));
    List<Element> managed = all(bom, "dependency");
    assertThat(managed).extracting(d -> child(d, "artifactId")).containsExactlyElementsOf(LIBRARY_MODULES);
    assertThat(managed).allSatisfy(d -> {
      assertThat(child(d, "groupId")).isEqualTo("dev.o2c");
      assertThat(child(d, "version")).isEqualTo("${project.version}");
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {"o2c-core", "o2c-matching", "o2c-aging", "o2c-testkit", "o2c-jackson", "o2c-jdbc",
      "o2c-examples"})
  void test_slf4j_onlyInAModuleWhoseCodeLogs(String module) throws Exception {
    boolean logs;
    try (Stream<Path> files = Files.walk(ROOT.resolve(module).resolve("src/main/java"))) {
      logs = files.filter(f -> f.toString().endsWith(".java")).anyMatch(BuildLayoutTest::importsSlf4j);
    }
    // Test-scoped bindings (slf4j-simple, to keep test output quiet) are not on hosts' classpaths.
    List<Element> slf4j = all(pom(module), "dependency").stream()
        .filter(d -> child(d, "groupId").equals("org.slf4j") && !"test".equals(child(d, "scope"))).toList();

    assertThat(slf4j).as(module + (logs ? " logs through slf4j" : " logs nothing")).hasSize(logs ? 1 : 0);
  }

  private static boolean importsSlf4j(Path file) {
    try {
      return Files.readString(file).contains("import org.slf4j.");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
