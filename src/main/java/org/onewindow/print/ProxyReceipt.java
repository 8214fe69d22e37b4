package org.onewindow.print;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.onewindow.domain.caselog.EventPayload.ProxyFileOpened;
import org.onewindow.domain.catalog.Catalog;
import org.onewindow.domain.intake.Deficiency;
import org.onewindow.domain.intake.DecisionKind;
import org.onewindow.domain.intake.MaterialStatus;
import org.onewindow.domain.proxy.Site;
import org.onewindow.print.layout.Table;
import org.onewindow.print.layout.Table.Column;

/**
 * 代办受理回执 (proxy receipt): what the agent took in for the applicant and by when the site carries it to the hall.
 * It is not a 受理通知书 and says so: the hall decides, and the time limits run from its acceptance. What is
 * missing is listed all at once, as a one-time notice would.
 */
public record ProxyReceipt(ProxyFileOpened proxy, Catalog catalog, Site site) implements DocumentContent {

    @Override
    public DocumentKind kind() {
        return DocumentKind.PROXY_RECEIPT;
    }

    @Override
    public String caseNumber() {
        return proxy.caseNumber();
    }

    @Override
    public Map<KeyField, String> keyFields(Issue issue) {
        return DocumentContent.caseFields(proxy.caseNumber(), proxy.intake(), issue, proxy.handOverBy());
    }

    @Override
    public void compose(DocumentWriter writer) throws IOException {
        IntakeFacts facts = new IntakeFacts(catalog, proxy.intake());
        writer.salutation(facts.applicant().name());
        writer.paragraph("您委托" + site.name() + "帮办代办员" + proxy.agentName() + "代为办理" + facts.itemNames()
                + "。代办员已收取下列材料，将于 " + DocumentWriter.date(proxy.handOverBy()) + " 前送交" + hallName()
                + "窗口。本回执不是受理通知书：是否受理由窗口依法决定，受理之日起计算承诺办结期限，"
                + "受理后出具的《受理通知书》由代办员转交或邮寄给您。编号为 " + proxy.caseNumber() + "。");
        List<List<String>> rows = new ArrayList<>(facts.applicantRows());
        rows.add(List.of("代办点", site.name() + (site.phone().isEmpty() ? "" : "（电话 " + site.phone() + "）")));
        rows.add(List.of("代办员", proxy.agentName() + "（工号 " + proxy.responsibleClerk() + "）"));
        rows.add(List.of("收件日期", DocumentWriter.date(writer.issue().issuedAt().toLocalDate())));
        rows.add(List.of("送交大厅", DocumentWriter.date(proxy.handOverBy()) + " 前"));
        rows.add(List.of("委托方式", proxy.authorisation().method().label()));
        writer.form(rows);

        writer.heading("已收材料");
        List<List<String>> materials = new ArrayList<>();
        for (IntakeFacts.Material m : facts.materials(MaterialStatus::satisfied)) {
            materials.add(List.of(Integer.toString(materials.size() + 1), m.check().materialName(), m.formLabel(),
                    m.copies(), m.check().status().label()));
        }
        writer.table(Table.withHeader(List.of(Column.centred("序号", 0.08f), Column.of("材料名称", 0.42f),
                Column.centred("形式", 0.17f), Column.centred("份数", 0.08f), Column.of("收取情况", 0.25f)), materials));

        if (!proxy.deficiencies().isEmpty()) {
            writer.heading("尚需补正的材料（一次性告知）");
            List<List<String>> owed = new ArrayList<>();
            for (Deficiency deficiency : proxy.deficiencies()) {
                owed.add(List.of(Integer.toString(owed.size() + 1), deficiency.materialName(), deficiency.problem(),
                        deficiency.remedy()));
            }
            writer.table(Table.withHeader(List.of(Column.centred("序号", 0.08f), Column.of("材料名称", 0.3f),
                    Column.of("存在问题", 0.3f), Column.of("补正要求", 0.32f)), owed));
            writer.paragraph("以上是按窗口现行材料要求核对后需补正的全部内容。请补齐后交代办员，或直接到" + hallName() + "窗口提交。");
        }
        writer.heading("窗口预计");
        writer.paragraph("按代办员核对的材料情况，窗口预计作出“" + proxy.expected().label() + "”"
                + (proxy.expected() == DecisionKind.NOTIFY_DEFICIENCIES ? "，补齐上述材料后方可受理" : "")
                + "。以窗口接收材料后的决定为准。");
        writer.heading("进度查询");
        writer.paragraph("凭编号 " + proxy.caseNumber() + " 向代办点或窗口查询：送交、接收、受理的时间均可查到。");
        writer.closing(writer.issue().issuedAt().toLocalDate(), List.of("申请人（签收）", "代办员"));
    }

    private String hallName() {
        return IntakeFacts.nonEmpty(site.hall().isEmpty() ? "" : "政务服务中心（" + site.hall() + "）", "政务服务中心");
    }
}
