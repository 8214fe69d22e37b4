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
 * too, since the clerk goes through each of them; a document the bundle issues itself counts on the
 * item-by-item side only, since it is not asked for at all.
 */
public final class MaterialList {

    private final List<MaterialLine> lines;
    private final List<ProducedMaterial> produced;
    private final int itemByItemCount;

    private MaterialList(List<MaterialLine> lines, List<ProducedMaterial> produced, int itemByItemCount) {
        this.lines = List.copyOf(lines);
        this.produced = List.copyOf(produced);
        this.itemByItemCount = itemByItemCount;
    }

    /**
     * A material some items ask for that another item of the same bundle issues (营业执照 in 开餐馆): the
     * applicant does not bring it; the department passes it on.
     *
     * @param issuedBy the code of the item that issues it
     * @param neededBy the codes of the items that ask for it
     */
    public record ProducedMaterial(MaterialRequirement requirement, String issuedBy, List<String> neededBy) {
        public ProducedMaterial {
            neededBy = List.copyOf(neededBy);
        }
    }

    /** One item's list under the chosen situations, before merging. */
    record ItemMaterials(ServiceItem item, List<MaterialRequirement> own, List<MaterialRequirement> fromSituations) {
    }

    /**
     * Merges the per-item lists in the order given; situation materials (授权委托书 …) come after the
     * items' own materials, so the checklist starts with what every applicant brings. A material in
     * {@code producedWithin} whose issuing item is among these is left out of the list, and counted as saved.
     */
    static MaterialList merge(List<ItemMaterials> perItem, Map<String, String> producedWithin) {
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
        List<String> chosen = perItem.stream().map(materials -> materials.item().code()).toList();
        List<MaterialLine> lines = new ArrayList<>();
        List<ProducedMaterial> produced = new ArrayList<>();
        int itemByItem = 0;
        for (Map.Entry<String, List<MaterialRequirement>> listing : listings.entrySet()) {
            String code = listing.getKey();
            MaterialRequirement merged = MaterialMerge.merge(listing.getValue());
            itemByItem += neededBy.get(code).size();
            String issuer = producedWithin.get(code);
            if (issuer != null && chosen.contains(issuer)) {
                produced.add(new ProducedMaterial(merged, issuer, neededBy.get(code)));
            } else {
                lines.add(new MaterialLine(merged, neededBy.get(code)));
            }
        }
        return new MaterialList(lines, produced, itemByItem);
    }

    public List<MaterialLine> lines() {
        return lines;
    }

    /** What the applicant does not bring because an item of the same bundle issues it. */
    public List<ProducedMaterial> produced() {
        return produced;
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
