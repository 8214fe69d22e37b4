package org.onewindow.print;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.onewindow.domain.caselog.EventPayload.ProxyFileOpened;
import org.onewindow.domain.catalog.Catalog;
import org.onewindow.domain.proxy.Site;

/**
 * 委托代办书: the applicant authorises the site's agent to take the application to the hall for them — both
 * identities, the items and what the agent may do — printed for the applicant's signature and carried with the
 * file. When the applicant consented on the agent's screen instead, it records that statement.
 */
public record ProxyAuthorisationLetter(ProxyFileOpened proxy, Catalog catalog, Site site) implements DocumentContent {

    @Override
    public DocumentKind kind() {
        return DocumentKind.PROXY_AUTHORISATION;
    }

    @Override
    public String caseNumber() {
        return proxy.caseNumber();
    }

    @Override
    public Map<KeyField, String> keyFields(Issue issue) {
        return DocumentContent.caseFields(proxy.caseNumber(), proxy.intake(), issue);
    }

    @Override
    public void compose(DocumentWriter writer) throws IOException {
        IntakeFacts facts = new IntakeFacts(catalog, proxy.intake());
        writer.heading("委托人（申请人）");
        List<List<String>> applicant = new ArrayList<>();
        applicant.add(List.of("姓名（名称）", facts.applicant().name()));
        applicant.add(List.of("证件", facts.applicantId()));
        if (!facts.applicant().legalRepresentative().isEmpty()) {
            applicant.add(List.of("法定代表人", facts.applicant().legalRepresentative()));
        }
        if (!facts.applicant().phone().isEmpty()) {
            applicant.add(List.of("联系电话", facts.applicant().phone()));
        }
        writer.form(applicant);
        writer.heading("受托人（帮办代办员）");
        writer.form(List.of(
                List.of("姓名", proxy.agentName()),
                List.of("工号", proxy.responsibleClerk()),
                List.of("代办点", site.name() + (site.township().isEmpty() ? "" : "（" + site.township() + "）")),
                List.of("联系电话", IntakeFacts.nonEmpty(site.phone(), "—"))));
        writer.heading("委托事项");
        writer.paragraph(facts.itemNames() + "（编号 " + proxy.caseNumber() + "）。");
        writer.heading("委托权限");
        writer.paragraph("受托人代为核对、收取并向政务服务中心窗口送交上述事项的申请材料及其电子件，代为接收窗口出具的受理、"
                + "补正告知等文书并转交委托人。受托人不代表审批机关作出任何决定，不代委托人作出承诺；"
                + "委托人可随时到窗口查询或撤回委托。");
        if (!proxy.authorisation().statement().isEmpty()) {
            writer.heading("委托人确认");
            writer.paragraph(proxy.authorisation().statement());
        }
        writer.paragraph("委托期限：自签字之日起至上述事项办结之日止。");
        writer.closing(writer.issue().issuedAt().toLocalDate(), List.of("委托人（签字）", "受托人（签字）"));
    }
}
