package org.onewindow.print;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.onewindow.domain.applicant.Applicant;
import org.onewindow.domain.caselog.Intake;
import org.onewindow.domain.catalog.ApplicantType;
import org.onewindow.domain.catalog.Catalog;
import org.onewindow.domain.catalog.MaterialRequirement;
import org.onewindow.domain.catalog.ServiceItem;
import org.onewindow.domain.catalog.Selection;
import org.onewindow.domain.identity.IdNumber;
import org.onewindow.domain.intake.MaterialCheck;
import org.onewindow.domain.intake.MaterialStatus;

/**
 * What the documents need to know about an intake, looked up in the catalog version it was taken
 * under: the items, and the materials in catalog order, merged as the catalog's {@link Selection}
 * merges them (a material several items share once, situation materials last).
 */
final class IntakeFacts {

    /** A material the applicant handed in or owes, with the catalog's requirement when it has one. */
    record Material(MaterialCheck check, MaterialRequirement requirement) {

        String formLabel() {
            return requirement == null ? "" : requirement.form().label();
        }

        String copies() {
            return requirement == null || requirement.copies() == 0 ? "—" : Integer.toString(requirement.copies());
        }
    }

    private final Intake intake;
    private final Selection selection;
    private final Map<String, MaterialRequirement> requirements = new LinkedHashMap<>();

    IntakeFacts(Catalog catalog, Intake intake) {
        this.intake = intake;
        ApplicantType type = intake.applicant().type();
        Set<String> situations = Set.copyOf(intake.situationCodes());
        this.selection = intake.bundleCode().isEmpty()
                ? Selection.ofItems(catalog, intake.itemCodes(), type, situations)
                : Selection.ofBundle(catalog, intake.bundleCode(), type, situations);
        selection.materials().lines().forEach(line -> requirements.put(line.code(), line.requirement()));
    }

    /** The catalog's requirement for a material of this intake, or null when the catalog has none by that code. */
    MaterialRequirement requirement(String materialCode) {
        return requirements.get(materialCode);
    }

    List<ServiceItem> items() {
        return selection.items();
    }

    String itemNames() {
        return selection.items().stream().map(ServiceItem::name).collect(Collectors.joining("、"));
    }

    List<String> itemCodes() {
        return intake.itemCodes();
    }

    Applicant applicant() {
        return intake.applicant();
    }

    /** The checked materials whose status passes {@code filter}, in catalog order, extras last. */
    List<Material> materials(Predicate<MaterialStatus> filter) {
        Map<String, MaterialCheck> checks = new LinkedHashMap<>();
        intake.materials().forEach(check -> checks.putIfAbsent(check.materialCode(), check));
        List<Material> ordered = new ArrayList<>();
        requirements.values().stream()
                .filter(r -> checks.containsKey(r.code()))
                .forEach(r -> ordered.add(new Material(checks.remove(r.code()), r)));
        checks.values().forEach(check -> ordered.add(new Material(check, null)));
        return ordered.stream().filter(m -> filter.test(m.check().status())).toList();
    }

    /** The applicant's document and its number masked by its value type, as every list shows it (证件号码脱敏). */
    String applicantId() {
        return document(intake.applicant().identifier());
    }

    private static String document(IdNumber number) {
        return number.kind().label() + " " + number.masked();
    }

    /** Rows of the applicant form shared by the letters. */
    List<List<String>> applicantRows() {
        Applicant applicant = intake.applicant();
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("申请人", applicant.name()));
        rows.add(List.of("证件", applicantId()));
        if (!applicant.legalRepresentative().isEmpty()) {
            rows.add(List.of("法定代表人", applicant.legalRepresentative()));
        }
        if (intake.agent() != null) {
            rows.add(List.of("代理人", intake.agent().name() + "（" + document(intake.agent().identifier()) + "）"));
        }
        String phone = intake.agent() != null && !intake.agent().phone().isEmpty() ? intake.agent().phone() : applicant.phone();
        if (!phone.isEmpty()) {
            rows.add(List.of("联系电话", phone));
        }
        rows.add(List.of("申请事项", itemNames()));
        return rows;
    }

    /**
     * The applicant form in few rows, for the receipt that must fit one A5 sheet: who applies with their document
     * (and legal representative), the agent with theirs, the phone, the items.
     */
    List<List<String>> compactApplicantRows(String itemsWithDeciders) {
        Applicant applicant = intake.applicant();
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("申请人", applicant.name() + "（" + applicantId()
                + (applicant.legalRepresentative().isEmpty() ? "" : "；法定代表人 " + applicant.legalRepresentative()) + "）"));
        String phone = intake.agent() != null && !intake.agent().phone().isEmpty() ? intake.agent().phone() : applicant.phone();
        if (intake.agent() != null) {
            rows.add(List.of("代理人", intake.agent().name() + "（" + document(intake.agent().identifier()) + "）"
                    + (phone.isEmpty() ? "" : "，电话 " + phone)));
        } else if (!phone.isEmpty()) {
            rows.add(List.of("联系电话", phone));
        }
        rows.add(List.of("申请事项", itemsWithDeciders));
        return rows;
    }

    static String nonEmpty(String value, String fallback) {
        return Objects.requireNonNullElse(value, "").isBlank() ? fallback : value;
    }
}
