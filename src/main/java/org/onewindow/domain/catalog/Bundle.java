package org.onewindow.domain.catalog;

import java.util.List;

/** A bundle (一件事 / 证照联办套餐): several items accepted in one go. */
public record Bundle(String code, String name, String description, List<String> itemCodes) {

    public Bundle {
        itemCodes = List.copyOf(itemCodes);
        description = description == null ? "" : description;
    }
}
