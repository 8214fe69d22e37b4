package org.onewindow.domain.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MaterialMergeTest {

    private static MaterialRequirement floorPlan(MaterialForm form, int copies, boolean required, boolean tolerable,
                                                 boolean commitment, String licence, String note) {
        return new MaterialRequirement("M-PMT", "经营场所平面图", form, copies, required, tolerable, tolerable, commitment,
                commitment ? new ProofCertificate("不动产登记机构", "证明场所使用权", "登记条例", "信息共享核查", 20) : null,
                licence, false, note);
    }

    @Test
    void anOriginalForOneItemAndACopyForAnotherMeansBoth() {
        MaterialRequirement merged = MaterialMerge.merge(List.of(
                floorPlan(MaterialForm.ORIGINAL, 0, true, false, false, "", ""),
                floorPlan(MaterialForm.COPY, 2, true, false, false, "", "")));
        assertThat(merged.form()).isEqualTo(MaterialForm.ORIGINAL_AND_COPY);
        assertThat(merged.copies()).isEqualTo(2);
    }

    @Test
    void anElectronicDocumentStaysElectronicOnlyIfEveryItemTakesItSo() {
        assertThat(MaterialMerge.merge(List.of(
                floorPlan(MaterialForm.ELECTRONIC, 0, true, false, false, "", ""),
                floorPlan(MaterialForm.ELECTRONIC, 0, true, false, false, "", ""))).form()).isEqualTo(MaterialForm.ELECTRONIC);
        assertThat(MaterialMerge.merge(List.of(
                floorPlan(MaterialForm.ELECTRONIC, 0, true, false, false, "", ""),
                floorPlan(MaterialForm.COPY, 1, true, false, false, "", ""))).form()).isEqualTo(MaterialForm.COPY);
    }

    @Test
    void oneItemRefusingACommitmentOrAGapMeansThePaperMustCome() {
        MaterialRequirement merged = MaterialMerge.merge(List.of(
                floorPlan(MaterialForm.ORIGINAL, 1, true, true, true, "", ""),
                floorPlan(MaterialForm.ORIGINAL, 1, true, false, false, "", "")));
        assertThat(merged.tolerable()).isFalse();
        assertThat(merged.commitmentAllowed()).isFalse();
    }

    @Test
    void anItemThatDoesNotRequireTheDocumentHasNoSayInHowItMayBeReplaced() {
        MaterialRequirement merged = MaterialMerge.merge(List.of(
                floorPlan(MaterialForm.COPY, 1, false, false, false, "", "可不提交"),
                floorPlan(MaterialForm.COPY, 1, true, true, true, "不动产权证书", "标明面积")));
        assertThat(merged.required()).isTrue();
        assertThat(merged.tolerable()).isTrue();
        assertThat(merged.commitmentAllowed()).isTrue();
        assertThat(merged.electronicLicence()).isEqualTo("不动产权证书");
        assertThat(merged.note()).isEqualTo("可不提交；标明面积");
    }

    @Test
    void aDocumentNoItemRequiresStaysOptional() {
        MaterialRequirement merged = MaterialMerge.merge(List.of(
                floorPlan(MaterialForm.COPY, 1, false, false, false, "", "同一提示"),
                floorPlan(MaterialForm.COPY, 1, false, false, false, "", "同一提示")));
        assertThat(merged.required()).isFalse();
        assertThat(merged.note()).isEqualTo("同一提示");
    }
}
