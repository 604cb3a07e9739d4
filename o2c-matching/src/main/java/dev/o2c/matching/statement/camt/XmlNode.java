package dev.o2c.matching.statement.camt;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * A small element of a camt message held in memory while it is mapped: one balance, one entry
 * with its transaction details, the header of a statement. Never a whole file. Names are local
 * names (namespaces are ignored below the root), text is kept exactly as sent.
 *
 * <p>The element path is computed only when asked for (for errors and findings), so building a
 * node costs no string work.
 */
final class XmlNode {

  private static final String[] NO_ATTRIBUTES = new String[0];
  private static final XmlNode[] NO_CHILDREN = new XmlNode[0];

  private final String name;
  private final XmlNode parent;
  private final String rootPath;
  private String text;
  private String[] attributes = NO_ATTRIBUTES;
  // A plain array, not a List: lookups by name run for every optional element of every entry,
  // and the loops over an array compile to far less than iterator and interface calls.
  private XmlNode[] children = NO_CHILDREN;
  private int childCount;

  /** A root node whose position in the file is already known as a path string. */
  XmlNode(String name, String path) {
    this.name = name;
    this.parent = null;
    this.rootPath = path;
  }

  private XmlNode(String name, XmlNode parent) {
    this.name = name;
    this.parent = parent;
    this.rootPath = null;
  }

  String name() {
    return name;
  }

  /** The element path including sibling positions, e.g. {@code /Document/X[1]/Stmt[1]/Bal[2]}. */
  String path() {
    if (parent == null) {
      return rootPath;
    }
    int index = 0;
    for (int i = 0; i < parent.childCount; i++) {
      XmlNode sibling = parent.children[i];
      if (sibling.name.equals(name)) {
        index++;
      }
      if (sibling == this) {
        break;
      }
    }
    return parent.path() + "/" + name + "[" + index + "]";
  }

  /** Creates and attaches a child. */
  XmlNode addChild(String childName) {
    XmlNode child = new XmlNode(childName, this);
    if (childCount == children.length) {
      children = Arrays.copyOf(children, childCount == 0 ? 4 : childCount * 2);
    }
    children[childCount++] = child;
    return child;
  }

  void putAttribute(String attrName, String value) {
    String[] a = new String[attributes.length + 2];
    System.arraycopy(attributes, 0, a, 0, attributes.length);
    a[attributes.length] = attrName;
    a[attributes.length + 1] = value;
    attributes = a;
  }

  Optional<String> attribute(String attrName) {
    for (int i = 0; i < attributes.length; i += 2) {
      if (attributes[i].equals(attrName)) {
        return Optional.of(attributes[i + 1]);
      }
    }
    return Optional.empty();
  }

  void appendText(char[] chars, int start, int length) {
    String chunk = new String(chars, start, length);
    text = text == null ? chunk : text + chunk;
  }

  int textLength() {
    return text == null ? 0 : text.length();
  }

  boolean hasChildren() {
    return childCount != 0;
  }

  /** The text exactly as sent, including surrounding blanks. */
  String rawText() {
    return text == null ? "" : text;
  }

  /** The trimmed text, empty when blank. */
  Optional<String> text() {
    if (text == null) {
      return Optional.empty();
    }
    String t = text.trim();
    return t.isEmpty() ? Optional.empty() : Optional.of(t);
  }

  List<XmlNode> children() {
    return Collections.unmodifiableList(Arrays.asList(children).subList(0, childCount));
  }

  /** All direct children with the given local name, in file order. */
  List<XmlNode> all(String childName) {
    List<XmlNode> found = null;
    for (int i = 0; i < childCount; i++) {
      XmlNode c = children[i];
      if (c.name.equals(childName)) {
        if (found == null) {
          found = new ArrayList<>(2);
        }
        found.add(c);
      }
    }
    return found == null ? List.of() : found;
  }

  /** The first node at the given relative path of local names, if any. */
  Optional<XmlNode> at(String... names) {
    XmlNode n = find(names);
    return n == null ? Optional.empty() : Optional.of(n);
  }

  private XmlNode find(String... names) {
    XmlNode current = this;
    for (String n : names) {
      XmlNode next = null;
      XmlNode[] kids = current.children;
      for (int i = 0, count = current.childCount; i < count; i++) {
        if (kids[i].name.equals(n)) {
          next = kids[i];
          break;
        }
      }
      if (next == null) {
        return null;
      }
      current = next;
    }
    return current;
  }

  /** The trimmed, non-blank text at the given relative path, if any. */
  Optional<String> textAt(String... names) {
    XmlNode n = find(names);
    return n == null ? Optional.empty() : n.text();
  }
}
