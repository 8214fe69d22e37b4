package org.onewindow.domain.catalog;

import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A bundle (一件事 / 证照联办套餐): several items accepted in one go; a material shared by several of
 * them is asked for once, and a material one of them issues is not asked for at all.
 *
 * @param keywords          other names people use for it, found by search
 * @param producedMaterials materials some items ask for that another item of the bundle issues (营业执照 in 开餐馆,
 *                          出生医学证明 in 新生儿出生一件事): material code → the code of the item that issues it
 */
public record Bundle(String code, String name, String description, List<String> itemCodes, List<String> keywords,
                     Map<String, String> producedMaterials) {

    public Bundle {
        Objects.requireNonNull(code, "套餐编码不能为空");
        Objects.requireNonNull(name, "套餐名称不能为空");
        itemCodes = List.copyOf(Objects.requireNonNull(itemCodes, "套餐事项不能为空"));
        description = description == null ? "" : description;
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        producedMaterials = producedMaterials == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(producedMaterials));
        for (Map.Entry<String, String> produced : producedMaterials.entrySet()) {
            if (!itemCodes.contains(produced.getValue())) {
                throw new IllegalArgumentException("套餐 " + code + " 的材料 " + produced.getKey() + " 由不在套餐中的事项 "
                        + produced.getValue() + " 出具");
            }
        }
        if (itemCodes.size() < 2) {
            throw new IllegalArgumentException("套餐至少包含两个事项");
        }
        if (new HashSet<>(itemCodes).size() != itemCodes.size()) {
            throw new IllegalArgumentException("套餐中事项重复：" + itemCodes);
        }
    }
}
