package fr.passerelle.offers.internal;

import fr.passerelle.common.database.ContentTable;
import java.awt.Dimension;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;
import java.util.UUID;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The offers' pictures, in the database ({@code offer_picture}, V49) where every instance reads them, written and
 * removed in the caller's transaction. A file is kept only if it is what it says: a JPEG or PNG by its first bytes,
 * that decodes as an image of sensible dimensions, under 5 MB; whatever name or type the browser gave it.
 */
@Component
public record OfferPictures(JdbcClient jdbc) {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    static final int MAX_SIDE = 10_000;

    /**
     * The picture's type after checking it.
     *
     * @throws OfferRejectedException on the "picture" field when the file is empty, too large, not a JPEG or PNG, or
     *     does not decode
     */
    public String check(byte[] content) {
        if (content == null || content.length == 0) {
            throw new OfferRejectedException("picture", "offer.picture.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new OfferRejectedException("picture", "offer.picture.tooLarge");
        }
        String type = sniff(content).orElseThrow(() -> new OfferRejectedException("picture", "offer.picture.type"));
        Dimension size = dimensions(content)
                .orElseThrow(() -> new OfferRejectedException("picture", "offer.picture.unreadable"));
        if (size.width > MAX_SIDE || size.height > MAX_SIDE || size.width < 16 || size.height < 16) {
            throw new OfferRejectedException("picture", "offer.picture.dimensions");
        }
        if (!decodes(content)) {
            throw new OfferRejectedException("picture", "offer.picture.unreadable");
        }
        return type;
    }

    /**
     * The picture's width and height, read from its header without decoding it: a small file can announce an
     * image of 20,000 by 20,000 pixels, which would take hundreds of megabytes to decode.
     */
    private static Optional<Dimension> dimensions(byte[] content) {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                return Optional.of(new Dimension(reader.getWidth(0), reader.getHeight(0)));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException broken) {
            return Optional.empty();
        }
    }

    /** Whether the picture, of bounded dimensions by now, decodes. */
    private static boolean decodes(byte[] content) {
        try {
            return ImageIO.read(new ByteArrayInputStream(content)) != null;
        } catch (IOException | RuntimeException broken) {
            return false;
        }
    }

    /** Writes the offer's picture, replacing the one it had. */
    public void store(UUID offerId, byte[] content) {
        table().write(offerId, content);
    }

    public Optional<byte[]> read(UUID offerId) {
        return table().read(offerId);
    }

    public void delete(UUID offerId) {
        table().remove(offerId);
    }

    private ContentTable table() {
        return new ContentTable(jdbc, "offer_picture", "offer_id");
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
