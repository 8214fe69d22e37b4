package org.onewindow.domain.catalog;

/**
 * The published rules the catalog's 容缺 and 告知承诺 marks rest on, as the papers cite them. 容缺受理 is not a
 * mechanism of 行政许可法 §32: it exists only where a region has published its rules and its list of secondary
 * materials, and the 容缺 papers cite those. 告知承诺 rests on 国办发〔2020〕42号 and the region's implementing list.
 *
 * @param tolerance  the region's published 容缺受理 rules (e.g. 《××市政务服务事项容缺受理办法》), empty if none
 * @param commitment the published 证明事项告知承诺制 rules and list the commitments follow, empty if none
 */
public record PublishedRules(String tolerance, String commitment) {

    public static final PublishedRules NONE = new PublishedRules("", "");

    public PublishedRules {
        tolerance = tolerance == null ? "" : tolerance.strip();
        commitment = commitment == null ? "" : commitment.strip();
    }
}
