package org.onewindow.domain.catalog;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * A bundle (一件事 / 证照联办套餐): several items accepted in one go; a material shared by several of
 * them is asked for once.
 *
 * @param keywords other names people use for it, found by search
 */
public record Bundle(String code, String name, String description, List<String> itemCodes, List<String> keywords) {

    public Bundle {
        Objects.requireNonNull(code, "套餐编码不能为空");
        Objects.requireNonNull(name, "套餐名称不能为空");
        itemCodes = List.copyOf(Objects.requireNonNull(itemCodes, "套餐事项不能为空"));
        description = description == null ? "" : description;
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        if (itemCodes.size() < 2) {
            throw new IllegalArgumentException("套餐至少包含两个事项");
        }
        if (new HashSet<>(itemCodes).size() != itemCodes.size()) {
            throw new IllegalArgumentException("套餐中事项重复：" + itemCodes);
        }
    }
}
