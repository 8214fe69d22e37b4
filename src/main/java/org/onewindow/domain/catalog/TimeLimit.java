package org.onewindow.domain.catalog;

import java.util.Objects;

/**
 * A limit of an item (时限): how many days, in which unit, by how many it may be extended with approval
 * (延长), and where the figure comes from (来源: the article of the regulation for a statutory limit, the
 * hall's published commitment for a promised one). Zero days means on the spot (当场).
 *
 * @param extensionDays days the head of the authority may add (e.g. 市场主体登记管理条例 §19: 3 more working days); 0 if none
 * @param source        where the figure is written, e.g. 《中华人民共和国市场主体登记管理条例》第十九条
 */
public record TimeLimit(int days, DayUnit unit, int extensionDays, String source) {

    public TimeLimit {
        Objects.requireNonNull(unit, "时限的计算单位（工作日/日）不能为空");
        if (days < 0 || extensionDays < 0) {
            throw new IllegalArgumentException("时限天数不能为负数（" + days + "，可延长 " + extensionDays + "）");
        }
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("时限须注明来源（法规条款或承诺依据）");
        }
        source = source.strip();
    }

    public static TimeLimit workingDays(int days, String source) {
        return new TimeLimit(days, DayUnit.WORKING_DAYS, 0, source);
    }

    public boolean onTheSpot() {
        return days == 0;
    }

    /** As printed: 当场办结, 3个工作日, 60日; with the extension: 3个工作日（可延长3个工作日）. */
    public String text() {
        if (days == 0) {
            return extensionDays == 0 ? "当场办结" : "当场办结（不能当场办结的可延长" + extensionDays + unit.label() + "）";
        }
        return days + unit.label() + (extensionDays == 0 ? "" : "（经批准可延长" + extensionDays + unit.label() + "）");
    }
}
