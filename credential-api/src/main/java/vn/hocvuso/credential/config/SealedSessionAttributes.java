package vn.hocvuso.credential.config;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;
import vn.hocvuso.credential.learner.PersonalDataCipher;

/**
 * How session attributes are written to {@code spring_session_attributes}: Java serialization,
 * as Spring Session does, then AES-GCM with the personal-data key. The portal's login carries the
 * learner's ID number, names and ID token, which may rest in the database only encrypted.
 */
final class SealedSessionAttributes {

    /** The associated data of every sealed attribute: it decrypts in this column only. */
    static final String CONTEXT = "spring_session_attributes/attribute_bytes";

    private SealedSessionAttributes() {}

    /** Object to sealed bytes and back, for {@code JdbcIndexedSessionRepository.setConversionService}. */
    static GenericConversionService conversionService(PersonalDataCipher cipher, ClassLoader classLoader) {
        SerializingConverter serialize = new SerializingConverter();
        DeserializingConverter deserialize = new DeserializingConverter(classLoader);
        GenericConversionService conversions = new GenericConversionService();
        conversions.addConverter(Object.class, byte[].class, value -> seal(cipher, serialize.convert(value)));
        conversions.addConverter(byte[].class, Object.class, stored -> deserialize.convert(open(cipher, stored)));
        return conversions;
    }

    static byte[] seal(PersonalDataCipher cipher, byte[] serialized) {
        String encoded = Base64.getEncoder().encodeToString(serialized);
        return cipher.encrypt(encoded, CONTEXT).getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] open(PersonalDataCipher cipher, byte[] stored) {
        String encoded = cipher.decrypt(new String(stored, StandardCharsets.US_ASCII), CONTEXT);
        return Base64.getDecoder().decode(encoded);
    }
}
