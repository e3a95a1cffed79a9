package nl.trede.platform.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.security.PrivateKey;
import java.util.Base64;

/** A throw-away RSA key pair per test JVM (no key is ever committed), written as PEM files for Quarkus. */
public final class TestKeys {

    public static final String ISSUER = "https://trede.local/dev";
    public static final String AUDIENCE = "trede";

    private static KeyPair pair;
    private static Path publicPem;
    private static Path privatePem;

    private TestKeys() {
    }

    /**
     * The pair is kept in files named after the JVM's pid, because Quarkus loads test resources and test classes
     * through different class loaders: statics are not shared, files are.
     */
    public static synchronized KeyPair pair() {
        if (pair == null) {
            try {
                Path dir = Path.of(System.getProperty("java.io.tmpdir"),
                        "trede-test-keys-" + ProcessHandle.current().pid());
                publicPem = dir.resolve("public.pem");
                privatePem = dir.resolve("private.pem");
                if (Files.exists(privatePem) && Files.exists(publicPem)) {
                    pair = read();
                } else {
                    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                    generator.initialize(2048);
                    pair = generator.generateKeyPair();
                    Files.createDirectories(dir);
                    Path tmpPublic = Files.createTempFile(dir, "pub", ".tmp");
                    Path tmpPrivate = Files.createTempFile(dir, "priv", ".tmp");
                    Files.writeString(tmpPublic, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
                    Files.writeString(tmpPrivate, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
                    Files.move(tmpPrivate, privatePem, StandardCopyOption.ATOMIC_MOVE);
                    Files.move(tmpPublic, publicPem, StandardCopyOption.ATOMIC_MOVE);
                    dir.toFile().deleteOnExit();
                    publicPem.toFile().deleteOnExit();
                    privatePem.toFile().deleteOnExit();
                }
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return pair;
    }

    private static KeyPair read() throws IOException, GeneralSecurityException {
        KeyFactory factory = KeyFactory.getInstance("RSA");
        return new KeyPair(
                factory.generatePublic(new X509EncodedKeySpec(der(Files.readString(publicPem)))),
                factory.generatePrivate(new PKCS8EncodedKeySpec(der(Files.readString(privatePem)))));
    }

    private static byte[] der(String pem) {
        return Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
    }

    public static PrivateKey privateKey() {
        return pair().getPrivate();
    }

    public static Path publicKeyPem() {
        pair();
        return publicPem;
    }

    public static Path privateKeyPem() {
        pair();
        return privatePem;
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
