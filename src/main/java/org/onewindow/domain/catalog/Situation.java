package org.onewindow.domain.catalog;

import java.util.List;

/**
 * A situation (情形) that changes an item's material list, e.g. "委托代理" adds the authorisation
 * letter and the agent's ID.
 */
public record Situation(String code, String name, List<MaterialRequirement> addedMaterials) {

    public Situation {
        addedMaterials = List.copyOf(addedMaterials);
    }
}
