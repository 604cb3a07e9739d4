package dev.o2c.matching.statement.camt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A small element of a camt message held in memory while it is mapped: one balance, one
 * transaction detail, the header of a statement. Never a whole file. Names are local names
 * (namespaces are ignored below the root), text is kept exactly as sent.
 */
final class XmlNode {

  private final String name;
  private final String path;
  private final StringBuilder text = new StringBuilder();
  private Map<String, String> attributes = Map.of();
  private List<XmlNode> children = List.of();
  private Map<String, Integer> siblingCounts;

  XmlNode(String name, String path) {
    this.name = name;
    this.path = path;
  }

  String name() {
    return name;
  }

  /** The element path including sibling positions, e.g. {@code /Document/X/Stmt[1]/Bal[2]}. */
  String path() {
    return path;
  }

  /** Creates and attaches a child, numbering it among its same-named siblings. */
  XmlNode addChild(String childName) {
    if (siblingCounts == null) {
      siblingCounts = new HashMap<>();
    }
    int index = siblingCounts.merge(childName, 1, Integer::sum);
    XmlNode child = new XmlNode(childName, path + "/" + childName + "[" + index + "]");
    if (children.isEmpty()) {
      children = new ArrayList<>(4);
    }
    children.add(child);
    return child;
  }

  void putAttribute(String attrName, String value) {
    if (attributes.isEmpty()) {
      attributes = new HashMap<>(2);
    }
    attributes.put(attrName, value);
  }

  Optional<String> attribute(String attrName) {
    return Optional.ofNullable(attributes.get(attrName));
  }

  void appendText(String chunk) {
    text.append(chunk);
  }

  int textLength() {
    return text.length();
  }

  /** The text exactly as sent, including surrounding blanks. */
  String rawText() {
    return text.toString();
  }

  /** The trimmed text, empty when blank. */
  Optional<String> text() {
    String t = text.toString().trim();
    return t.isEmpty() ? Optional.empty() : Optional.of(t);
  }

  List<XmlNode> children() {
    return children;
  }

  /** All direct children with the given local name, in file order. */
  List<XmlNode> all(String childName) {
    List<XmlNode> found = new ArrayList<>(2);
    for (XmlNode c : children) {
      if (c.name.equals(childName)) {
        found.add(c);
      }
    }
    return found;
  }

  /** The first node at the given relative path of local names, if any. */
  Optional<XmlNode> at(String... names) {
    XmlNode current = this;
    for (String n : names) {
      XmlNode next = null;
      for (XmlNode c : current.children) {
        if (c.name.equals(n)) {
          next = c;
          break;
        }
      }
      if (next == null) {
        return Optional.empty();
      }
      current = next;
    }
    return Optional.of(current);
  }

  /** The trimmed, non-blank text at the given relative path, if any. */
  Optional<String> textAt(String... names) {
    return at(names).flatMap(XmlNode::text);
  }
}
