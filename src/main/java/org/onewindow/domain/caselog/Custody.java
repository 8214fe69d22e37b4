package org.onewindow.domain.caselog;

import java.util.Objects;

/**
 * Where a help-and-proxy file (代办件) is (流转位置): taken in at a site, carried to the hall in a hand-over batch,
 * received there, or returned to the site. Null in a case's state when the case never was a proxy file.
 *
 * @param site  the code of the site (代办点 or 镇街便民服务中心) that took it in
 * @param batch the hand-over batch it was last carried in (交接批次), empty before its first hand-over
 */
public record Custody(Stage stage, String site, String batch) {

    public Custody {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(site, "site");
        batch = batch == null ? "" : batch;
    }

    /** The stages of a proxy file between the applicant and the hall's decision. */
    public enum Stage {
        /** 在代办点: taken in, held at the site. */
        AT_SITE("在代办点"),
        /** 交接途中: listed on a hand-over sheet, carried to the hall. */
        HANDED_OVER("送交大厅途中"),
        /** 大厅已接收: the hall received it and decides on it (受理 starts with its decision). */
        AT_HALL("大厅已接收"),
        /** 退回代办点: the hall found a discrepancy and did not take it; the agent sees to it. */
        RETURNED("退回代办点");

        private final String label;

        Stage(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** The site holds the file: it may be carried (again). */
        public boolean atSite() {
            return this == AT_SITE || this == RETURNED;
        }
    }

    Custody moved(Stage next, String inBatch) {
        return new Custody(next, site, inBatch);
    }
}
