package vn.hocvuso.keys.x509;

import java.security.Provider;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * The one Bouncy Castle provider instance of this library. It is used by reference and never
 * registered globally, so that the rest of the JVM keeps the JDK's own providers.
 */
public final class BouncyCastle {

    public static final Provider PROVIDER = new BouncyCastleProvider();

    private BouncyCastle() {}
}
