package org.onewindow.print;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.onewindow.domain.catalog.AcceptanceMode;
import org.onewindow.domain.catalog.Catalog;
import org.onewindow.domain.catalog.Department;
import org.onewindow.domain.catalog.ServiceItem;

/**
 * Who a paper speaks for and seals it (署名与印章), from the items' deciding authorities (实施机关) and how the window
 * accepts for them (行政许可法 §32: the written 凭证 bears the acting office's seal and the date):
 * <ul>
 *   <li>one authority accepting itself (行政审批服务局) or at its own stationed window: the paper is in its name, under
 *       its seal, and the body says 本机关;</li>
 *   <li>one authority for which the hall accepts (受委托受理): the paper is in the authority's name (§24), sealed with
 *       the hall's 综合受理专用章 "受…委托";</li>
 *   <li>several authorities (一件事 accepted at one window): the hall issues it "受…委托", and every item names the
 *       authority that will decide it (一窗受理、分类审批).</li>
 * </ul>
 *
 * @param issuer       the name at the head of the paper (发文机关标志)
 * @param abbreviation the 机关代字 its number starts with
 * @param self         how the body names who acts: 本机关, or the authority's name when the hall writes for it
 * @param sealLines    the 发文机关署名 above the date, under the seal
 * @param seal         the seal image to print, null for an empty box the office stamps by hand
 * @param entrustment  the sentence saying the hall wrote on an authority's behalf, empty when it did not
 * @param contact      where the applicant goes and whom they call, where they seek review and sue
 * @param deciders     each item with the authority that decides it
 */
public record Signatory(String issuer, String abbreviation, String self, List<String> sealLines, Path seal,
                        String entrustment, OfficeProfile contact, Map<String, String> deciders) {

    static final String DEFAULT_ABBREVIATION = "政服";

    public Signatory {
        sealLines = List.copyOf(sealLines);
        deciders = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(deciders));
    }

    /** The signatory of papers about {@code items} (in the catalog they were taken under). */
    public static Signatory of(Catalog catalog, List<ServiceItem> items, OfficeDirectory offices) {
        OfficeProfile hall = offices.hall();
        Map<String, OfficeProfile> authorities = new LinkedHashMap<>();
        Map<String, String> deciders = new LinkedHashMap<>();
        for (ServiceItem item : items) {
            Department department = catalog.department(item.authorityCode())
                    .orElseGet(() -> new Department(item.authorityCode(), item.authorityCode()));
            OfficeProfile authority = offices.authority(department);
            authorities.putIfAbsent(item.authorityCode(), authority);
            deciders.put(item.name(), authority.name());
        }
        if (authorities.size() == 1) {
            OfficeProfile authority = authorities.values().iterator().next();
            boolean entrusted = items.stream().anyMatch(item -> item.acceptance() == AcceptanceMode.ENTRUSTED_HALL);
            if (!entrusted) {
                return new Signatory(authority.name(), abbreviation(authority, hall), "本机关", List.of(authority.name()),
                        authority.sealImage(), "", authority.contactsFrom(hall), deciders);
            }
            return new Signatory(authority.name(), abbreviation(hall, hall), authority.name(),
                    List.of(hall.name(), "（受" + authority.name() + "委托）"), hall.sealImage(),
                    "本文书由" + hall.name() + "综合受理窗口受" + authority.name() + "委托，以" + authority.name() + "名义出具。",
                    authority.contactsFrom(hall), deciders);
        }
        String names = String.join("、", new ArrayList<>(authorities.values().stream().map(OfficeProfile::name)
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new))));
        return new Signatory(hall.name(), abbreviation(hall, hall), "本中心",
                List.of(hall.name(), "（受" + names + "委托）"), hall.sealImage(),
                "本文书由" + hall.name() + "综合受理窗口受" + names + "委托出具（一窗受理、分类审批），各事项由其实施机关依法作出决定。",
                hall, deciders);
    }

    private static String abbreviation(OfficeProfile office, OfficeProfile hall) {
        if (!office.abbreviation().isEmpty()) {
            return office.abbreviation();
        }
        return hall.abbreviation().isEmpty() ? DEFAULT_ABBREVIATION : hall.abbreviation();
    }

    /** Several authorities decide: the paper lists which decides what. */
    public boolean severalDeciders() {
        return deciders.values().stream().distinct().count() > 1;
    }
}
