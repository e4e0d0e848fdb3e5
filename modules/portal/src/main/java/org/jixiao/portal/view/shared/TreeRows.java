package org.jixiao.portal.view.shared;

import java.util.ArrayList;
import java.util.List;
import org.primefaces.model.TreeNode;

/**
 * A tree as the rows of a table, in order, each with its level and whether it is open and shown: the pages render
 * it as a plain table ({@code resources/jixiao/tree.js} opens and closes a row's subtree in the browser), so that a
 * page opened by a GET needs no view state and no request to open a node, and every row is in the page at once.
 */
public final class TreeRows {

  private TreeRows() {}

  /** A row: the node's data, its level (0 at the top), whether it has rows under it, is open and is shown. */
  public record Row<T>(T data, int level, boolean parent, boolean open, boolean shown) {}

  /** The rows of the root's children and their descendants, depth first; a row under a closed one is not shown. */
  public static <T> List<Row<T>> of(TreeNode<T> root) {
    List<Row<T>> rows = new ArrayList<>();
    if (root != null) {
      for (TreeNode<T> child : root.getChildren()) {
        add(rows, child, 0, true);
      }
    }
    return List.copyOf(rows);
  }

  private static <T> void add(List<Row<T>> rows, TreeNode<T> node, int level, boolean shown) {
    boolean parent = !node.getChildren().isEmpty();
    rows.add(new Row<>(node.getData(), level, parent, parent && node.isExpanded(), shown));
    for (TreeNode<T> child : node.getChildren()) {
      add(rows, child, level + 1, shown && node.isExpanded());
    }
  }
}
