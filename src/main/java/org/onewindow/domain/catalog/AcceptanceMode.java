package org.onewindow.domain.catalog;

/**
 * How the window accepts an item for its deciding authority (受理方式), which decides whose name, wording and
 * seal the papers carry:
 * <ul>
 *   <li>{@link #AUTHORITY_ITSELF}: the authority runs the window and decides with its own seal, as a 行政审批服务局
 *       does for the items transferred to it (一枚印章管审批);</li>
 *   <li>{@link #STATIONED_DEPARTMENT}: the department stationed in the hall accepts at its own window with its
 *       受理专用章 and decides;</li>
 *   <li>{@link #ENTRUSTED_HALL}: the hall's comprehensive window accepts on the authority's behalf (受委托受理, 一窗受理、
 *       分类审批) with the hall's 综合受理专用章, in the authority's name (行政许可法 §24), and passes it on.</li>
 * </ul>
 */
public enum AcceptanceMode {
    AUTHORITY_ITSELF("实施机关受理"),
    STATIONED_DEPARTMENT("进驻部门受理"),
    ENTRUSTED_HALL("综合窗口受托受理");

    private final String label;

    AcceptanceMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
