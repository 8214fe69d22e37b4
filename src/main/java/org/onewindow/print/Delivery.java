package org.onewindow.print;

import java.util.Objects;

/** How the applicant will collect the result (领取方式): at the window, or by post to an address. */
public record Delivery(boolean byPost, String postalAddress) {

    public Delivery {
        postalAddress = Objects.requireNonNullElse(postalAddress, "");
        if (byPost && postalAddress.isBlank()) {
            throw new IllegalArgumentException("邮寄送达须填写邮寄地址");
        }
    }

    public static Delivery atWindow() {
        return new Delivery(false, "");
    }

    public static Delivery byPost(String address) {
        return new Delivery(true, address);
    }
}
