package org.onewindow.codec.sync;

import java.util.Base64;
import java.util.Objects;
import org.onewindow.codec.Json;

/**
 * An office profile as the centre publishes it (机关信息): a hall or a deciding authority, with its seal image as
 * base64 PNG (empty for none: the office stamps by hand). The file an administrator publishes is this JSON.
 *
 * @param abbreviation  简称, the 机关代字 of its document numbers
 * @param verifyAddress the public verification address the QR codes open (a hall's)
 * @param sealPng       base64 of the seal's PNG, empty when there is none
 */
public record PublishedOffice(String name, String abbreviation, String address, String phone, String openingHours,
                              String progressQuery, String reviewAuthority, String litigationCourt,
                              boolean postalDelivery, String verifyAddress, String sealPng) {

    /** Largest seal image taken: a seal is a small picture, and every window pulls it. */
    public static final int MAX_SEAL_BYTES = 512 * 1024;

    public PublishedOffice {
        Objects.requireNonNull(name, "name");
        if (name.isBlank() || name.length() > 60) {
            throw new IllegalArgumentException("机关名称须填写，最多 60 个字");
        }
        abbreviation = tidy(abbreviation);
        if (!abbreviation.isEmpty() && !abbreviation.matches("\\p{IsHan}{1,6}")) {
            throw new IllegalArgumentException("简称用于文号，须为 1 至 6 个汉字：" + abbreviation);
        }
        address = tidy(address);
        phone = tidy(phone);
        openingHours = tidy(openingHours);
        progressQuery = tidy(progressQuery);
        reviewAuthority = tidy(reviewAuthority);
        litigationCourt = tidy(litigationCourt);
        verifyAddress = tidy(verifyAddress);
        if (!verifyAddress.isEmpty() && !verifyAddress.matches("(?i)https?://[A-Za-z0-9.:/-]+")) {
            throw new IllegalArgumentException("验真地址须为 http(s):// 开头的网址，且只含字母、数字和 . : / -：" + verifyAddress);
        }
        sealPng = tidy(sealPng);
        if (decoded(sealPng).length > MAX_SEAL_BYTES) {
            throw new IllegalArgumentException("印章图片超过 " + MAX_SEAL_BYTES / 1024 + " KB");
        }
    }

    private static String tidy(String text) {
        return text == null ? "" : text.strip();
    }

    /** The seal's PNG bytes, empty when there is none. */
    public byte[] sealImage() {
        return decoded(sealPng);
    }

    private static byte[] decoded(String sealPng) {
        try {
            byte[] png = Base64.getDecoder().decode(sealPng);
            if (png.length > 0 && (png.length < 8 || png[0] != (byte) 0x89 || png[1] != 'P' || png[2] != 'N' || png[3] != 'G')) {
                throw new IllegalArgumentException("印章图片须为 PNG 格式");
            }
            return png;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage().startsWith("印章") ? e.getMessage() : "印章图片不是有效的 base64 数据", e);
        }
    }

    /** Reads a file an administrator publishes: unknown fields refused; the reason in Chinese. */
    public static PublishedOffice read(String json) {
        return read(json, true);
    }

    /** Reads what the centre published, ignoring fields a newer centre added. */
    public static PublishedOffice readPublished(String json) {
        return read(json, false);
    }

    private static PublishedOffice read(String json, boolean strict) {
        try {
            return strict ? Json.read(json, PublishedOffice.class) : Json.readMessage(json, PublishedOffice.class);
        } catch (java.io.UncheckedIOException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof IllegalArgumentException chinese) {
                    throw new IllegalArgumentException(chinese.getMessage(), e);
                }
            }
            throw new IllegalArgumentException("机关信息文件格式不正确：" + e.getMessage(), e);
        }
    }
}
