package fr.passerelle.offers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.offers.internal.OfferPictures;
import fr.passerelle.offers.internal.OfferRejectedException;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;
import org.junit.jupiter.api.Test;

/** A picture's dimensions are read from its header before anything decodes it. */
class OfferPictureTests {

    @Test
    void aSmallFileAnnouncingAHugeImageIsRefusedWithoutDecodingIt() throws IOException {
        byte[] huge = png(20_000, 20_000);
        assertThat(huge.length).isLessThan(OfferPictures.MAX_BYTES);

        long before = allocated();
        assertThatThrownBy(() -> new OfferPictures(null).check(huge))
                .isInstanceOfSatisfying(OfferRejectedException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("offer.picture.dimensions"));
        assertThat(allocated() - before).as("bytes allocated to check it").isLessThan(20_000_000L);
    }

    @Test
    void aPictureOfSensibleSizeIsAccepted() throws IOException {
        assertThat(new OfferPictures(null).check(png(640, 480))).isEqualTo("image/png");
    }

    private static long allocated() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean())
                .getThreadAllocatedBytes(Thread.currentThread().getId());
    }

    /** A black-and-white PNG (one bit a pixel), all white, of the given size. */
    private static byte[] png(int width, int height) throws IOException {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        DataOutputStream ihdr = new DataOutputStream(header);
        ihdr.writeInt(width);
        ihdr.writeInt(height);
        ihdr.write(new byte[] {1, 0, 0, 0, 0});
        chunk(file, "IHDR", header.toByteArray());
        ByteArrayOutputStream pixels = new ByteArrayOutputStream();
        try (DeflaterOutputStream deflated = new DeflaterOutputStream(pixels)) {
            byte[] row = new byte[1 + (width + 7) / 8];
            for (int y = 0; y < height; y++) {
                deflated.write(row);
            }
        }
        chunk(file, "IDAT", pixels.toByteArray());
        chunk(file, "IEND", new byte[0]);
        return file.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream file, String type, byte[] data) throws IOException {
        DataOutputStream out = new DataOutputStream(file);
        out.writeInt(data.length);
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.write(name);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeInt((int) crc.getValue());
    }
}
