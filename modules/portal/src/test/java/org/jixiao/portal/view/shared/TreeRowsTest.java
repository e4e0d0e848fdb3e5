package org.jixiao.portal.view.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;

class TreeRowsTest {

  @Test
  void rowsComeDepthFirst_withTheirLevel_andRowsUnderAClosedOneAreNotShown() {
    TreeNode<String> root = new DefaultTreeNode<>(null, null);
    TreeNode<String> total = new DefaultTreeNode<>("total", root);
    total.setExpanded(true);
    TreeNode<String> group = new DefaultTreeNode<>("group", total);
    group.setExpanded(false); // closed: its rows are in the table, hidden
    TreeNode<String> category = new DefaultTreeNode<>("category", group);
    category.setExpanded(true);
    new DefaultTreeNode<>("line", category);
    new DefaultTreeNode<>("other group", total);

    List<TreeRows.Row<String>> rows = TreeRows.of(root);

    assertThat(rows).extracting(TreeRows.Row::data)
        .containsExactly("total", "group", "category", "line", "other group");
    assertThat(rows).extracting(TreeRows.Row::level).containsExactly(0, 1, 2, 3, 1);
    assertThat(rows).extracting(TreeRows.Row::parent).containsExactly(true, true, true, false, false);
    assertThat(rows).extracting(TreeRows.Row::open).containsExactly(true, false, true, false, false);
    assertThat(rows).extracting(TreeRows.Row::shown).containsExactly(true, true, false, false, true);
  }

  @Test
  void noTree_noRows() {
    assertThat(TreeRows.of(null)).isEmpty();
    assertThat(TreeRows.of(new DefaultTreeNode<>(null, null))).isEmpty();
  }
}
