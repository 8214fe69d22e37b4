package org.onewindow.domain.catalog;

import java.util.List;

/**
 * One line of a merged material list: the requirement as it applies to the whole selection, and the
 * items that ask for it.
 */
public record MaterialLine(MaterialRequirement requirement, List<String> itemCodes) {

    public MaterialLine {
        itemCodes = List.copyOf(itemCodes);
    }

    public String code() {
        return requirement.code();
    }

    public String name() {
        return requirement.name();
    }

    /** Asked for once although several items need it: where a bundle saves the applicant a document. */
    public boolean shared() {
        return itemCodes.size() > 1;
    }
}
