package vn.hocvuso.nid.citizen;

import java.util.Objects;

/**
 * A province of the official list: its three-digit code (the first digits of a personal
 * identification number) and its name.
 */
public record Province(String code, String name) {

    public Province {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
    }
}
