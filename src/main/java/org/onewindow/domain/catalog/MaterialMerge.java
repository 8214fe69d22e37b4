package org.onewindow.domain.catalog;

import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Merges the listings of one document by several items into the one requirement the window asks for.
 * The applicant hands the document in once, so it must satisfy every item at the same time:
 * <ul>
 *   <li>form: the union of what is asked (one item wants the original, another a copy: both);</li>
 *   <li>copies: the most any item asks for (the window shares the copies inside the bundle);</li>
 *   <li>required if any item requires it;</li>
 *   <li>容缺, 告知承诺, 电子证照 and earlier-case reuse only if every item that requires it allows it:
 *       one department refusing a commitment means the paper must come. Items listing it as optional
 *       do not vote, since they would accept its absence anyway;</li>
 *   <li>name from the first item listing it; the clerk's notes of all items, each once.</li>
 * </ul>
 */
final class MaterialMerge {

    private MaterialMerge() {
    }

    static MaterialRequirement merge(List<MaterialRequirement> listings) {
        MaterialRequirement first = listings.get(0);
        if (listings.size() == 1) {
            return first;
        }
        boolean required = listings.stream().anyMatch(MaterialRequirement::required);
        List<MaterialRequirement> voters = required
                ? listings.stream().filter(MaterialRequirement::required).toList() : listings;
        boolean electronic = all(voters, MaterialRequirement::obtainableFromElectronicLicence);
        return new MaterialRequirement(
                first.code(),
                first.name(),
                form(listings),
                listings.stream().mapToInt(MaterialRequirement::copies).max().orElse(0),
                required,
                all(voters, MaterialRequirement::secondary),
                all(voters, MaterialRequirement::tolerable),
                all(voters, MaterialRequirement::commitmentAllowed),
                voters.stream().map(MaterialRequirement::proof).filter(java.util.Objects::nonNull).findFirst().orElse(null),
                electronic ? voters.get(0).electronicLicence() : "",
                all(voters, MaterialRequirement::reusableFromEarlierCase),
                listings.stream().map(MaterialRequirement::note).filter(n -> !n.isBlank()).distinct()
                        .collect(Collectors.joining("；")));
    }

    private static boolean all(List<MaterialRequirement> listings, Predicate<MaterialRequirement> allows) {
        return listings.stream().allMatch(allows);
    }

    private static MaterialForm form(List<MaterialRequirement> listings) {
        boolean original = listings.stream().anyMatch(m -> m.form() == MaterialForm.ORIGINAL
                || m.form() == MaterialForm.ORIGINAL_AND_COPY);
        boolean copy = listings.stream().anyMatch(m -> m.form() == MaterialForm.COPY
                || m.form() == MaterialForm.ORIGINAL_AND_COPY);
        if (original && copy) {
            return MaterialForm.ORIGINAL_AND_COPY;
        }
        if (original) {
            return MaterialForm.ORIGINAL;
        }
        return copy ? MaterialForm.COPY : MaterialForm.ELECTRONIC;
    }
}
