package org.onewindow.domain.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.onewindow.codec.CatalogJson;

/** Whatever items a person applies for together, merging never loses or adds a document. */
class MaterialListProperties {

    private static final Catalog CATALOG = CatalogJson.bundled();

    @Provide
    Arbitrary<List<ServiceItem>> personalItems() {
        return Arbitraries.of(CATALOG.items().stream()
                        .filter(item -> item.applicantTypes().contains(ApplicantType.PERSON)).toList())
                .list().ofMinSize(1).ofMaxSize(6).uniqueElements();
    }

    private static Selection select(List<ServiceItem> items, boolean byAgent) {
        boolean agencyOffered = items.stream().anyMatch(item -> item.situation("QX-WTDL").isPresent());
        return new Selection(items, "", ApplicantType.PERSON, byAgent && agencyOffered ? Set.of("QX-WTDL") : Set.of());
    }

    @Property(tries = 300)
    void theMergedListNeverAsksForMoreThanItemByItem(@ForAll("personalItems") List<ServiceItem> items, @ForAll boolean byAgent) {
        MaterialList list = select(items, byAgent).materials();
        assertThat(list.mergedCount()).isLessThanOrEqualTo(list.itemByItemCount());
        assertThat(list.saving()).isEqualTo(list.itemByItemCount() - list.mergedCount());
        assertThat(list.lines()).extracting(MaterialLine::code).doesNotHaveDuplicates();
    }

    @Property(tries = 300)
    void everyDocumentOfEveryItemIsOnTheMergedListUnderThatItem(@ForAll("personalItems") List<ServiceItem> items,
                                                                 @ForAll boolean byAgent) {
        Selection selection = select(items, byAgent);
        MaterialList list = selection.materials();
        for (ServiceItem item : items) {
            for (MaterialRequirement own : selection.materialsOf(item)) {
                MaterialLine line = list.line(own.code()).orElseThrow();
                assertThat(line.itemCodes()).contains(item.code());
                assertThat(line.requirement().copies()).isGreaterThanOrEqualTo(own.copies());
                if (own.required()) {
                    assertThat(line.requirement().required()).isTrue();
                    assertThat(!line.requirement().tolerable() || own.tolerable()).isTrue();
                    assertThat(!line.requirement().commitmentAllowed() || own.commitmentAllowed()).isTrue();
                }
            }
        }
        assertThat(list.itemByItemCount()).isEqualTo(items.stream().mapToInt(i -> selection.materialsOf(i).size()).sum());
    }
}
