package fr.passerelle.offers;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The offers' pictures, in the data folder ({@code offers/<id>}). A file is kept only if it is what it says: a JPEG
 * or PNG by its first bytes, that decodes as an image of sensible dimensions, under 5 MB; whatever name or type the
 * browser gave it.
 */
@Component
class OfferPictures {

    static final int MAX_BYTES = 5 * 1024 * 1024;
    static final int MAX_SIDE = 10_000;

    private final Path folder;

    OfferPictures(@Value("${passerelle.data-dir}") Path dataDir) {
        this.folder = dataDir.resolve("offers").toAbsolutePath().normalize();
    }

    /**
     * The picture's type after checking it.
     *
     * @throws OfferRejectedException on the "picture" field when the file is empty, too large, not a JPEG or PNG, or
     *     does not decode
     */
    String check(byte[] content) {
        if (content == null || content.length == 0) {
            throw new OfferRejectedException("picture", "offer.picture.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new OfferRejectedException("picture", "offer.picture.tooLarge");
        }
        String type = sniff(content).orElseThrow(() -> new OfferRejectedException("picture", "offer.picture.type"));
        BufferedImage image;
        try {
            image = ImageIO.read(new ByteArrayInputStream(content));
        } catch (IOException | RuntimeException broken) {
            image = null;
        }
        if (image == null) {
            throw new OfferRejectedException("picture", "offer.picture.unreadable");
        }
        if (image.getWidth() > MAX_SIDE
                || image.getHeight() > MAX_SIDE
                || image.getWidth() < 16
                || image.getHeight() < 16) {
            throw new OfferRejectedException("picture", "offer.picture.dimensions");
        }
        return type;
    }

    void store(UUID offerId, byte[] content) {
        try {
            Files.createDirectories(folder);
            Path temporary = Files.createTempFile(folder, offerId.toString(), ".part");
            Files.write(temporary, content);
            Files.move(temporary, file(offerId), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    Optional<byte[]> read(UUID offerId) {
        Path file = file(offerId);
        try {
            return Files.exists(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    void delete(UUID offerId) {
        try {
            Files.deleteIfExists(file(offerId));
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    private Path file(UUID offerId) {
        return folder.resolve(offerId.toString());
    }

    /** JPEG and PNG by their signatures. */
    static Optional<String> sniff(byte[] content) {
        if (content.length >= 3
                && (content[0] & 0xFF) == 0xFF
                && (content[1] & 0xFF) == 0xD8
                && (content[2] & 0xFF) == 0xFF) {
            return Optional.of("image/jpeg");
        }
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
        if (content.length >= png.length) {
            boolean matches = true;
            for (int i = 0; i < png.length; i++) {
                matches &= content[i] == png[i];
            }
            if (matches) {
                return Optional.of("image/png");
            }
        }
        return Optional.empty();
    }
}
