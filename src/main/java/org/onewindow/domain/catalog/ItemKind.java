package org.onewindow.domain.catalog;

/** The legal kind of a service item (事项类型). */
public enum ItemKind {
    LICENSING("行政许可"),
    CONFIRMATION("行政确认"),
    PAYMENT("行政给付"),
    FILING("备案"),
    PUBLIC_SERVICE("公共服务"),
    OTHER("其他行政权力");

    private final String label;

    ItemKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
