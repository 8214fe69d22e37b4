package org.onewindow.domain.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The material list (材料清单) of a selection, each document asked for once, and how many documents
 * that saves against applying item by item ("本套餐共需 N 份材料，比逐项申请少 M 份").
 * Counts are of documents (lines), on the same basis on both sides: optional and 免提交 lines count
 * too, since the clerk goes through each of them.
 */
public final class MaterialList {

    private final List<MaterialLine> lines;
    private final int itemByItemCount;

    private MaterialList(List<MaterialLine> lines, int itemByItemCount) {
        this.lines = List.copyOf(lines);
        this.itemByItemCount = itemByItemCount;
    }

    /** One item's list under the chosen situations, before merging. */
    record ItemMaterials(ServiceItem item, List<MaterialRequirement> own, List<MaterialRequirement> fromSituations) {
    }

    /**
     * Merges the per-item lists in the order given; situation materials (授权委托书 …) come after the
     * items' own materials, so the checklist starts with what every applicant brings.
     */
    static MaterialList merge(List<ItemMaterials> perItem) {
        Map<String, List<MaterialRequirement>> listings = new LinkedHashMap<>();
        Map<String, List<String>> neededBy = new LinkedHashMap<>();
        for (boolean situational : new boolean[] {false, true}) {
            for (ItemMaterials materials : perItem) {
                for (MaterialRequirement requirement : situational ? materials.fromSituations() : materials.own()) {
                    List<String> items = neededBy.computeIfAbsent(requirement.code(), c -> new ArrayList<>());
                    if (!items.contains(materials.item().code())) {
                        items.add(materials.item().code());
                    }
                    listings.computeIfAbsent(requirement.code(), c -> new ArrayList<>()).add(requirement);
                }
            }
        }
        List<MaterialLine> lines = new ArrayList<>();
        listings.forEach((code, sameDocument) ->
                lines.add(new MaterialLine(MaterialMerge.merge(sameDocument), neededBy.get(code))));
        int itemByItem = lines.stream().mapToInt(line -> line.itemCodes().size()).sum();
        return new MaterialList(lines, itemByItem);
    }

    public List<MaterialLine> lines() {
        return lines;
    }

    public Optional<MaterialLine> line(String materialCode) {
        return lines.stream().filter(l -> l.code().equals(materialCode)).findFirst();
    }

    /** Documents the applicant would hand in applying for each item separately. */
    public int itemByItemCount() {
        return itemByItemCount;
    }

    /** Documents asked for once the shared ones are merged. */
    public int mergedCount() {
        return lines.size();
    }

    /** How many documents the merge saves (0 for a single item). */
    public int saving() {
        return itemByItemCount - lines.size();
    }
}
