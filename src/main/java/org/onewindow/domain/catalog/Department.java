package org.onewindow.domain.catalog;

/** A department (部门) that owns service items, e.g. 市场监督管理局. */
public record Department(String code, String name) {
}
