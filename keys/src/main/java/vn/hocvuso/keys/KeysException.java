package vn.hocvuso.keys;

/**
 * A key-management failure an operator can act on. The message always names the file involved
 * and the problem, and never contains key material or a password.
 */
public class KeysException extends RuntimeException {

    public KeysException(String message) {
        super(message);
    }

    public KeysException(String message, Throwable cause) {
        super(message, cause);
    }
}
